// The published site (dist/) and the next one (the standby folder, kept in the cache folder): how a build
// is incremental and atomic at once. Astro and the indexer update the standby in place, rendering only
// what changed; files the build did not produce are pruned; then the standby and the published site
// trade places by renames, and the new standby (the site published until now) is brought up to date by
// copying only the files that changed. Readers never see a half-built site, and a failed build leaves
// the published one as it was.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * Every file under `root/folder`, by path relative to `root` ("/"-separated), with its modification
 * time; what `skip` names (paths relative to `root`) is left out: folders not walked, files not stat'ed.
 */
function filesUnder(root: string, folder: string, skip: (path: string) => boolean): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (path: string) => {
    for (const entry of readdirSync(join(root, path), { withFileTypes: true })) {
      const child = path ? `${path}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip(child)) walk(child);
      } else if (entry.isFile() && !skip(child)) files.set(child, statSync(join(root, child)).mtimeMs);
    }
  };
  if (existsSync(join(root, folder))) walk(folder);
  return files;
}

/**
 * The filesystem's "now", as the time of a marker file written in `dir`: the kernel stamps files from a
 * coarser clock than Date.now(), so a file written just after Date.now() can carry an earlier time.
 */
export function fileClockNow(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const marker = join(dir, '.build-started');
  writeFileSync(marker, '');
  return statSync(marker).mtimeMs;
}

export interface OutputChanges {
  /** Files this build wrote (new or rewritten). */
  written: string[];
  /** Files of the last build that this one did not produce, now removed. */
  removed: string[];
  /** Folders the build replaced whole (search shards indexed again, or no longer planned). */
  replaced: string[];
}

export interface PruneScope {
  /** The folder to prune, relative to the root ("" for all of it). */
  folder: string;
  /**
   * Left as they are, not looked at: another step's folders (the search index) and files (share
   * images), or folders kept whole (a reused shard).
   */
  skip?: (path: string) => boolean;
  /** Files kept from the last build on purpose (pages Astro reused). */
  keep?: (path: string) => boolean;
}

/**
 * Keeps what this build produced in `scope.folder`: files written since `since` (the file clock's ms),
 * and those it kept on purpose. Removes the rest, and folders left empty.
 */
export function pruneOutput(root: string, since: number, scope: PruneScope): Omit<OutputChanges, 'replaced'> {
  const changes = { written: [] as string[], removed: [] as string[] };
  for (const [path, mtimeMs] of filesUnder(root, scope.folder, scope.skip ?? (() => false))) {
    if (mtimeMs >= since) changes.written.push(path);
    else if (!scope.keep?.(path)) {
      rmSync(join(root, path));
      changes.removed.push(path);
    }
  }
  for (const path of changes.removed) removeEmptyParents(root, dirname(join(root, path)));
  changes.written.sort();
  changes.removed.sort();
  return changes;
}

function removeEmptyParents(root: string, dir: string) {
  for (let current = dir; current.startsWith(root + sep); current = dirname(current)) {
    // Gone already: another file of this folder was removed before (a page and its share image).
    if (!existsSync(current)) continue;
    if (readdirSync(current).length) return;
    rmdirSync(current);
  }
}

/**
 * Publishes `next` as `live` by renames: live → scratch, next → live, scratch → next. Each rename is atomic;
 * between the first two, for a moment, there is no live folder. recoverSwap undoes a swap cut short there.
 */
export function swapFolders(live: string, next: string, scratch: string): void {
  if (!existsSync(live)) {
    mkdirSync(dirname(live), { recursive: true });
    renameSync(next, live);
    return;
  }
  renameSync(live, scratch);
  renameSync(next, live);
  renameSync(scratch, next);
}

/** After a crash during swapFolders: puts the published site back (or finishes the swap), returns whether anything was done. */
export function recoverSwap(live: string, next: string, scratch: string): boolean {
  if (!existsSync(scratch)) return false;
  if (!existsSync(live))
    renameSync(scratch, live); // cut after the first rename: the old site serves again
  else if (!existsSync(next))
    renameSync(scratch, next); // cut after the second: the new site is published
  else rmSync(scratch, { recursive: true, force: true });
  return true;
}

/** Brings `standby` (a copy of the site published before) up to date with `live`, given what the last build changed. */
export function syncFolder(live: string, standby: string, changes: Pick<OutputChanges, 'written' | 'removed' | 'replaced'>): void {
  for (const dir of changes.replaced) rmSync(join(standby, dir), { recursive: true, force: true });
  for (const path of changes.written) {
    const to = join(standby, path);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(live, path), to);
  }
  for (const path of changes.removed) {
    rmSync(join(standby, path), { force: true });
    removeEmptyParents(standby, dirname(join(standby, path)));
  }
}

/** A full copy (a standby made from the published site after a failed build, or the first time). */
export function copyFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}

/**
 * One build at a time per cache folder: two would write the same standby. The lock names the build's
 * process; a lock whose process is gone (a build killed outright) is taken over. Returns the release.
 */
export function lockBuild(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'build.lock');
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch {
      const holder = Number(readFileSync(lock, 'utf8'));
      if (holder && isRunning(holder)) throw new Error(`another build is running (process ${holder}; ${lock})`);
      rmSync(lock, { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  copyFolder,
  discardFolders,
  fileClockNow,
  listingWithChanges,
  lockBuild,
  pruneOutput,
  recoverSwap,
  swapFolders,
  syncFolder,
  type FolderListing,
} from '../../tools/build/output-folders.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A site folder holding `files`; `old`: as a build long ago left them. The prune tells a file this build
 * wrote by its change time, which a write or utimes sets to now: so the file clock is let move past the
 * files written here (it ticks every few ms) before the test's build starts.
 */
function tree(files: Record<string, string>, old = false): string {
  const root = mkdtempSync(join(tmpdir(), 'output-'));
  roots.push(root);
  let newest = 0;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    if (old) utimesSync(join(root, path), new Date(2020, 0, 1), new Date(2020, 0, 1));
    newest = Math.max(newest, statSync(join(root, path)).ctimeMs);
  }
  if (old) {
    const clock = mkdtempSync(join(tmpdir(), 'output-clock-'));
    roots.push(clock);
    while (fileClockNow(clock) <= newest);
  }
  return root;
}
const read = (root: string, path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);

describe('pruneOutput', () => {
  it("leaves what it skips as it is: a search shard kept whole, another step's file", () => {
    const root = tree({ 'pagefind/2020/x': '1', 'pagefind/2021/y': '2', 'pagefind/2021/anh.png': '3', 'pagefind/shards.json': '{}' }, true);
    const since = fileClockNow(root);
    rmSync(join(root, '.build-started'));
    const skip = (path: string) => path === 'pagefind/2020' || path === 'pagefind/2021/anh.png';
    expect(pruneOutput(root, since, { folder: 'pagefind', skip })).toMatchObject({
      written: [],
      removed: ['pagefind/2021/y', 'pagefind/shards.json'],
    });
    expect(read(root, 'pagefind/2020/x')).toBe('1');
    expect(read(root, 'pagefind/2021/anh.png')).toBe('3');
  });

  it('keeps what the build wrote and what it reused on purpose, removes the rest and folders left empty', () => {
    const root = tree({ 'a/index.html': 'a', 'b/index.html': 'b', 'xoa/index.html': 'x', 'pagefind/2020/x': '1' }, true);
    const since = fileClockNow(root);
    writeFileSync(join(root, 'a/index.html'), 'a2');
    rmSync(join(root, '.build-started'));
    const changes = pruneOutput(root, since, { folder: '', skip: (path) => path === 'pagefind', keep: (path) => path === 'b/index.html' });
    expect(changes).toMatchObject({ written: ['a/index.html'], removed: ['xoa/index.html'] });
    expect(read(root, 'pagefind/2020/x')).toBe('1'); // skipped: left for the indexer's own pruning
    expect(pruneOutput(root, since, { folder: 'pagefind' })).toMatchObject({ written: [], removed: ['pagefind/2020/x'] });
    expect(existsSync(join(root, 'xoa'))).toBe(false);
    expect(read(root, 'b/index.html')).toBe('b');
  });

  it("keeps a file the build copied with its source's time, as Astro 7.4 copies public/ files and cached images", () => {
    const root = tree({ 'favicon.svg': '<svg/>', '_astro/anh.webp': 'ảnh', 'cu/index.html': 'cũ' }, true);
    const since = fileClockNow(root);
    rmSync(join(root, '.build-started'));
    const longAgo = new Date(2020, 0, 1);
    for (const path of ['favicon.svg', '_astro/anh.webp']) {
      writeFileSync(join(root, path), readFileSync(join(root, path)));
      utimesSync(join(root, path), longAgo, longAgo);
    }
    expect(pruneOutput(root, since, { folder: '' })).toMatchObject({
      written: ['_astro/anh.webp', 'favicon.svg'],
      removed: ['cu/index.html'],
    });
    expect(read(root, 'favicon.svg')).toBe('<svg/>');
  });
});

describe('pruneOutput with the listing the last build left', () => {
  const old = new Date(2020, 0, 1);
  /** Puts a folder's time back, as if nothing had been added to or removed from it since the last build. */
  const untouched = (root: string, ...folders: string[]) => folders.forEach((f) => utimesSync(join(root, f), old, old));

  it('reads again only the folders changed since, and finds every change a walk of all would', () => {
    const root = tree({ 'a/index.html': 'a', 'b/index.html': 'b', 'c/index.html': 'c', 'xoa/index.html': 'x' }, true);
    untouched(root, 'a', 'b', 'c', 'xoa', '');
    const first = pruneOutput(root, fileClockNow(root), { folder: '', keep: () => true });
    rmSync(join(root, '.build-started'));
    untouched(root, '');

    // The next build: b rewritten in place (its folder unchanged), a new page in a new folder, a new
    // file in c (its folder's time changes), xoa no longer produced.
    const since = fileClockNow(root);
    writeFileSync(join(root, 'b/index.html'), 'b2');
    mkdirSync(join(root, 'moi'));
    writeFileSync(join(root, 'moi/index.html'), 'mới');
    writeFileSync(join(root, 'c/feed.xml'), 'c2');
    rmSync(join(root, '.build-started'));
    const keep = (path: string) => path !== 'xoa/index.html';
    const changes = pruneOutput(root, since, { folder: '', keep, listing: first.listing });
    expect({ written: changes.written, removed: changes.removed }).toEqual({
      written: ['b/index.html', 'c/feed.xml', 'moi/index.html'],
      removed: ['xoa/index.html'],
    });
    expect(existsSync(join(root, 'xoa'))).toBe(false);
    // What it leaves for the next build lists the site as it is.
    expect(changes.listing.folders['']?.[1].sort()).toEqual(['a', 'b', 'c', 'moi']);
    expect(changes.listing.folders.xoa).toBeUndefined();
    expect(changes.listing.folders.c?.[0].sort()).toEqual(['feed.xml', 'index.html']);
  });

  it('trusts an unchanged folder’s listing: a file slipped in with the folder’s time put back is not seen', () => {
    const root = tree({ 'a/index.html': 'a' }, true);
    untouched(root, 'a', '');
    const first = pruneOutput(root, fileClockNow(root), { folder: '', keep: () => true });
    rmSync(join(root, '.build-started'));
    const since = fileClockNow(root);
    writeFileSync(join(root, 'a/la.html'), 'lạ');
    untouched(root, 'a', '');
    rmSync(join(root, '.build-started'));
    untouched(root, '');
    expect(pruneOutput(root, since, { folder: '', listing: first.listing }).written).toEqual([]);
    expect(pruneOutput(root, since, { folder: '' }).written).toEqual(['a/la.html']); // without it, read
  });

  it('lists what later steps wrote into folders the prune had read, and forgets what they removed', () => {
    const listing: FolderListing = {
      version: 1,
      folders: { '': [['index.html'], ['bai']], bai: [[], ['x']], 'bai/x': [['index.html'], []] },
    };
    const next = listingWithChanges(listing, ['bai/x/anh.png', 'admin/config.yml'], ['index.html']);
    expect(next.folders['bai/x']).toEqual([['index.html', 'anh.png'], []]);
    expect(next.folders['']).toEqual([[], ['bai', 'admin']]);
    expect(next.folders.admin).toEqual([['config.yml'], []]);
    expect(listing.folders['bai/x']).toEqual([['index.html'], []]); // the given listing is left as it was
  });
});

describe('swapFolders, recoverSwap and syncFolder', () => {
  it('publishes the next site, and the standby catches up with what changed', async () => {
    const live = tree({ 'index.html': 'cũ', 'bai/index.html': 'bài cũ', 'xoa/index.html': 'bị xóa' });
    const next = tree({ 'index.html': 'mới', 'bai/index.html': 'bài cũ', 'moi/index.html': 'bài mới' });
    const scratch = `${live}.previous`;
    roots.push(scratch);
    swapFolders(live, next, scratch);
    expect(read(live, 'index.html')).toBe('mới');
    expect(read(next, 'index.html')).toBe('cũ');
    await syncFolder(live, next, { written: ['index.html', 'moi/index.html'], removed: ['xoa/index.html'], replaced: ['bai'] });
    for (const path of ['index.html', 'moi/index.html', 'xoa/index.html']) expect(read(next, path)).toBe(read(live, path));
    expect(existsSync(join(next, 'bai'))).toBe(false); // replaced whole by the build, and nothing written in it
    expect(existsSync(join(next, 'xoa'))).toBe(false);
  });

  it('after a clean build, leaves the standby holding the published site and nothing of the older one', async () => {
    const live = tree({ 'index.html': 'cũ', 'pagefind/2025/meta-a': 'cũ', 'bai-cu/index.html': 'bài đã xóa' });
    const next = tree({ 'index.html': 'mới', 'pagefind/2025/meta-b': 'mới' }); // built from an empty folder
    const scratch = `${live}.previous`;
    roots.push(scratch);
    swapFolders(live, next, scratch);
    await syncFolder(live, next, { written: ['index.html', 'pagefind/2025/meta-b'], removed: [], replaced: [] }, { everyFile: true });
    expect([read(next, 'index.html'), read(next, 'pagefind/2025/meta-b')]).toEqual(['mới', 'mới']);
    expect([existsSync(join(next, 'pagefind/2025/meta-a')), existsSync(join(next, 'bai-cu'))]).toEqual([false, false]);
  });

  it('puts the published site back when a swap was cut after its first rename, finishes it after the second', () => {
    const live = tree({ 'index.html': 'cũ' });
    const next = tree({ 'index.html': 'mới' });
    const scratch = `${live}.previous`;
    roots.push(scratch);
    renameSync(live, scratch); // cut here
    expect(recoverSwap(live, next, scratch)).toBe(true);
    expect(read(live, 'index.html')).toBe('cũ');

    renameSync(live, scratch);
    renameSync(next, live); // cut here
    expect(recoverSwap(live, next, scratch)).toBe(true);
    expect([read(live, 'index.html'), read(next, 'index.html')]).toEqual(['mới', 'cũ']);
    expect(recoverSwap(live, next, scratch)).toBe(false);
  });

  it('publishes the first site by moving it into place, and copies whole folders', () => {
    const next = tree({ 'index.html': 'đầu tiên' });
    const live = join(next, '..', `${next.split('/').pop()}-live`);
    roots.push(live);
    swapFolders(live, next, `${live}.previous`);
    expect([read(live, 'index.html'), existsSync(next)]).toEqual(['đầu tiên', false]);
    copyFolder(live, next);
    expect(read(next, 'index.html')).toBe('đầu tiên');
  });
});

describe('discardFolders', () => {
  it('moves the folders out of the way at once and empties the trash in the background', async () => {
    const cache = tree({ 'astro/a.html': 'a', 'next-dist/index.html': 'b', 'share-images/x.png': 'c', '.trash/left-1/old.html': 'd' });
    const trash = join(cache, '.trash');
    const emptied = discardFolders([join(cache, 'astro'), join(cache, 'next-dist'), join(cache, 'gone')], trash);
    // Gone from their places before anything is awaited: a build may write new ones there at once.
    expect(readdirSync(cache).sort()).toEqual(['.trash', 'share-images']);
    await emptied;
    expect(readdirSync(cache)).toEqual(['share-images']); // a trash left by a build cut short included
    expect(read(cache, 'share-images/x.png')).toBe('c');
  });
});

describe('lockBuild', () => {
  it('lets one build hold the cache, takes over a lock whose build is gone', () => {
    const dir = tree({});
    const release = lockBuild(dir);
    expect(() => lockBuild(dir)).toThrow(/another build is running \(process \d+/);
    release();
    writeFileSync(join(dir, 'build.lock'), '999999999'); // a build killed outright
    expect(lockBuild(dir)).toBeTypeOf('function');
  });
});

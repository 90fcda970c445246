// Digests of the files a page shows besides its article's text (photos, a cover, a video, an author's
// photo): their bytes go in the page's cache key (./cache-keys.ts), and hashing them all on every build
// reads every photo of the archive (at 100,000 articles with a photo or two each, tens of gigabytes).
// So each digest is kept between builds with the file's size, times and inode: while those are the
// same, so are the bytes (writing a file changes its ctime, which no tool can set back). A fresh clone
// (new times and inodes) hashes every file once again, as the article loader reads every article.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

type DigestRecord = [size: number, mtimeMs: number, ctimeMs: number, ino: number, digest: string];

interface DigestsFile {
  version: 1;
  files: Record<string, DigestRecord>;
}

/**
 * A file whose times are this close to the moment it was hashed may change again within the file
 * system's time resolution without its times changing: its digest is not kept, and the next build
 * hashes it again (as src/loaders/changed-article-files.ts does for articles).
 */
const SETTLED_MS = 2000;

const sameFile = (record: DigestRecord | undefined, stat: Stats) =>
  record !== undefined && record[0] === stat.size && record[1] === stat.mtimeMs && record[2] === stat.ctimeMs && record[3] === stat.ino;

export interface FileDigests {
  /** The sha256 of the file's bytes (hex), or "missing:<path>" when there is no such file. */
  digest(path: string): string;
  /**
   * Keeps the digests of the settled files asked for, for the next build (no file: nothing is kept).
   * A build asks for every file its pages show, so files no page shows any more are dropped.
   */
  save(): void;
}

/** Digests kept in `file` between builds (none: every file is hashed, nothing kept). */
export function fileDigests(file?: string): FileDigests {
  let known: Record<string, DigestRecord> = {};
  if (file) {
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as DigestsFile;
      if (kept.version === 1) known = kept.files;
    } catch {
      // none yet, or damaged: every file is hashed again
    }
  }
  const next: Record<string, DigestRecord> = {};
  let changed = false;
  return {
    digest(path) {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile()) return `missing:${path}`;
      const record = known[path];
      if (sameFile(record, stat)) {
        next[path] = record;
        return record[4];
      }
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
      if (Math.max(stat.mtimeMs, stat.ctimeMs) <= Date.now() - SETTLED_MS) {
        next[path] = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, digest];
        changed = true;
      }
      return digest;
    },
    save() {
      if (!file || (!changed && Object.keys(next).length === Object.keys(known).length)) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify({ version: 1, files: next } satisfies DigestsFile));
      renameSync(`${file}.tmp`, file);
    },
  };
}

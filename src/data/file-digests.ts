// Digests of the files a page shows besides its article's text (photos, a cover, a video, an author's
// photo): their bytes go in the page's cache key (./cache-keys.ts), and hashing them all on every build
// reads every photo of the archive (at 100,000 articles with a photo or two each, tens of gigabytes).
// So each digest is kept between builds with the file's size, times and inode: while those are the
// same, so are the bytes (writing a file changes its ctime, which no tool can set back). A fresh clone
// (new times and inodes) hashes every file once again, as the article loader reads every article.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRecordedFile, readFileRecords, recordOf, writeFileRecords, type FileRecord } from '../model/file-records.ts';

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
  const known = (file && readFileRecords(file)) || {};
  const next: Record<string, FileRecord> = {};
  let changed = false;
  return {
    digest(path) {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile()) return `missing:${path}`;
      const record = known[path];
      if (isRecordedFile(stat, record)) {
        next[path] = record;
        return record[4];
      }
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
      const recorded = recordOf(stat, digest, Date.now());
      if (recorded) {
        next[path] = recorded;
        changed = true;
      }
      return digest;
    },
    save() {
      if (!file || (!changed && Object.keys(next).length === Object.keys(known).length)) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileRecords(file, next);
    },
  };
}

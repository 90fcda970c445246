// What a build remembers of a file it read, to know next time, from one stat, that the file is as it was:
// its size, modification and change times and inode, with the digest of its bytes. Writing a file changes
// its ctime, which no tool can set back. Kept in JSON files of their own (the article loader's records,
// the digests of photos beside articles).
import { readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';

/** A file's stat and the digest of what it held. */
export type FileRecord = [size: number, mtimeMs: number, ctimeMs: number, ino: number, digest: string];

type FileStat = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

interface RecordsFile {
  version: 1;
  files: Record<string, FileRecord>;
}

/**
 * A file whose times are this close to the moment it was listed may change again within the file
 * system's time resolution without its times changing (up to 2 s on some file systems): it is not
 * recorded, and the next build reads it.
 */
const SETTLED_MS = 2000;

/** Whether `stat` is the file `record` describes. */
export function isRecordedFile(stat: FileStat, record: FileRecord | undefined): record is FileRecord {
  return !!record && record[0] === stat.size && record[1] === stat.mtimeMs && record[2] === stat.ctimeMs && record[3] === stat.ino;
}

/** The record of a file listed at `listedAt`, or undefined when it had changed too recently to be trusted later. */
export function recordOf(stat: FileStat, digest: string, listedAt: number): FileRecord | undefined {
  if (Math.max(stat.mtimeMs, stat.ctimeMs) > listedAt - SETTLED_MS) return undefined;
  return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, digest];
}

/** The records kept in `file`, or undefined when there are none (or they are damaged: everything is read again). */
export function readFileRecords(file: string): Record<string, FileRecord> | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as RecordsFile;
    return parsed.version === 1 ? parsed.files : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the records whole (aside, then renamed: a reader never finds half a file). */
export function writeFileRecords(file: string, files: Record<string, FileRecord>): void {
  writeFileSync(`${file}.tmp`, JSON.stringify({ version: 1, files } satisfies RecordsFile));
  renameSync(`${file}.tmp`, file);
}

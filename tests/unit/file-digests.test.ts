import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileDigests } from '../../src/data/file-digests.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-digests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A file written a minute ago (settled): the digests keep it. */
const settled = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  const then = new Date(Date.now() - 60_000);
  utimesSync(path, then, then);
  return path;
};
// utimes sets ctime to now: the times a digest is kept with are those of a file left alone since.
const waitSettled = () => new Promise((resolve) => setTimeout(resolve, 2100));

describe('fileDigests', () => {
  it("gives each file's sha256, and names a missing file", () => {
    const digests = fileDigests();
    expect(digests.digest(settled('anh.jpg', 'ảnh giả lập'))).toBe(sha256('ảnh giả lập'));
    expect(digests.digest(join(dir, 'khong-co.jpg'))).toBe(`missing:${join(dir, 'khong-co.jpg')}`);
  });

  it('keeps digests between builds, and hashes again a file whose size, times or inode changed', async () => {
    const kept = join(dir, 'digests.json');
    const photo = settled('bia.jpg', 'bìa giả lập');
    await waitSettled();
    const first = fileDigests(kept);
    expect(first.digest(photo)).toBe(sha256('bìa giả lập'));
    first.save();
    // What the next build is told about the file is what it gives, without reading it: proved by a
    // record whose digest no bytes have.
    const records = JSON.parse(readFileSync(kept, 'utf8'));
    records.files[photo][4] = 'digest-kept';
    writeFileSync(kept, JSON.stringify(records));
    expect(fileDigests(kept).digest(photo)).toBe('digest-kept');
    // The same size, the times put back: the ctime still changed, so the bytes are read.
    const { atime, mtime, size } = statSync(photo);
    writeFileSync(photo, 'BÌA giả lập'.padEnd(size - 3));
    utimesSync(photo, atime, mtime);
    expect(fileDigests(kept).digest(photo)).toBe(sha256(readFileSync(photo, 'utf8')));
  });

  it('keeps no digest of a file changed just now, and drops files no page asked for', async () => {
    const kept = join(dir, 'digests-2.json');
    const old = settled('cu.jpg', 'ảnh cũ');
    await waitSettled();
    const first = fileDigests(kept);
    first.digest(old);
    const fresh = join(dir, 'moi.jpg');
    writeFileSync(fresh, 'ảnh vừa lưu');
    first.digest(fresh);
    first.save();
    expect(Object.keys(JSON.parse(readFileSync(kept, 'utf8')).files)).toEqual([old]);
    // A build that no longer shows the old photo forgets it.
    const second = fileDigests(kept);
    second.digest(fresh);
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(kept, 'utf8')).files)).toEqual([]);
  });
});

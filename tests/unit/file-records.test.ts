import { describe, expect, it } from 'vitest';
import { isRecordedFile, recordOf } from '../../src/model/file-records.ts';

describe('file records', () => {
  const stat = { size: 10, mtimeMs: 1000.5, ctimeMs: 1000.5, ino: 7 };
  it('describe a file by size, times and inode', () => {
    const record = recordOf(stat, 'digest', 10_000)!;
    expect(isRecordedFile(stat, record)).toBe(true);
    for (const change of [{ size: 11 }, { mtimeMs: 1001 }, { ctimeMs: 1001 }, { ino: 8 }])
      expect(isRecordedFile({ ...stat, ...change }, record)).toBe(false);
  });
  it('are not kept of a file changed too shortly before it was listed', () => {
    expect(recordOf(stat, 'digest', 2000)).toBeUndefined();
    expect(recordOf(stat, 'digest', 3001)).toBeDefined();
  });
});

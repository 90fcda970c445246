import { describe, expect, it } from 'vitest';
import { isUnchangedFile } from '../../tools/lib/unchanged-file.ts';

describe('isUnchangedFile', () => {
  const known = { size: 1200, mtimeMs: 5000 };

  it('knows a file by its size and time', () => {
    expect(isUnchangedFile({ size: 1200, mtimeMs: 5000 }, known)).toBe(true);
    expect(isUnchangedFile({ size: 1201, mtimeMs: 5000 }, known)).toBe(false);
    expect(isUnchangedFile({ size: 1200, mtimeMs: 5001 }, known)).toBe(false);
    expect(isUnchangedFile({ size: 1200, mtimeMs: 5000 }, undefined)).toBe(false);
  });

  it('takes a copy made before the build started for the file it copies, not one written since', () => {
    // The standby's copy of a page carries its copy's time (6000), not the one recorded (5000).
    expect(isUnchangedFile({ size: 1200, mtimeMs: 6000 }, known, 7000)).toBe(true);
    expect(isUnchangedFile({ size: 1200, mtimeMs: 7000 }, known, 7000)).toBe(false);
    expect(isUnchangedFile({ size: 1300, mtimeMs: 6000 }, known, 7000)).toBe(false);
  });
});

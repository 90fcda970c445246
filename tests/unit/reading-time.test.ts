import { describe, expect, it } from 'vitest';

describe('reading time', async () => {
  const { readingMinutes, readableText } = await import('../../src/lib/reading-time.ts');
  it('ignores MDX tags and link targets and rounds to at least one minute', () => {
    expect(readableText('<Figure caption="x" /> [một](https://a.b/c) **hai**').trim().split(/\s+/)).toEqual(['một', 'hai']);
    expect(readingMinutes('một hai')).toBe(1);
    expect(readingMinutes(Array(660).fill('chữ').join(' '))).toBe(3);
  });
});

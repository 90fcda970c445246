import { describe, expect, it } from 'vitest';
import { normalizeTags } from '../../src/lib/tags.ts';

describe('normalizeTags', () => {
  it('trims, collapses spaces and removes duplicates by folded slug', () => {
    expect(normalizeTags(['  Ba   Đình ', 'ba đình', 'Thi đua', '', '—'])).toEqual(['Ba Đình', 'Thi đua']);
  });
});

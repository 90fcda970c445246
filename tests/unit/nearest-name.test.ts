import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/lib/nearest-name.ts';

describe('editDistance', () => {
  it('counts inserts, deletes, replacements and swapped neighbours as one edit each', () => {
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('tilte', 'title')).toBe(1);
    expect(editDistance('catgory', 'category')).toBe(1);
    expect(editDistance('', 'lead')).toBe(4);
  });
});

describe('nearestName', () => {
  const keys = ['title', 'lead', 'source', 'publishedAt', 'updatedAt', 'category', 'author', 'tags', 'cover', 'coverAlt', 'draft'];
  it('names the key a typo meant, whatever its case', () => {
    expect(nearestName('tittle', keys)).toBe('title');
    expect(nearestName('Title', keys)).toBe('title');
    expect(nearestName('published_at', keys)).toBe('publishedAt');
    expect(nearestName('categroy', keys)).toBe('category');
    expect(nearestName('Figur', ['Figure', 'PullQuote', 'Callout', 'VideoEmbed'])).toBe('Figure');
  });
  it('suggests nothing for a name that is not a slip of any', () => {
    expect(nearestName('slug', keys)).toBeUndefined();
    expect(nearestName('tieude', keys)).toBeUndefined();
    expect(nearestName('ab', ['lead'])).toBeUndefined();
    expect(nearestName('x', [])).toBeUndefined();
  });
});

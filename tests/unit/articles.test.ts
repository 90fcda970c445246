import { describe, expect, it } from 'vitest';
import { createArticleIndex, type ArticleRecord } from '../../src/lib/articles.ts';

const at = (iso: string) => new Date(iso);
function record(id: string, publishedAt: string, category = 'quan-huyen', extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, title: id, publishedAt: at(publishedAt), category, tags: [], draft: false, ...extra };
}

const now = at('2021-03-01T00:00:00+07:00');
const records = [
  record('a', '2021-01-01T08:00:00+07:00'),
  record('b', '2021-01-02T08:00:00+07:00'),
  record('c', '2021-01-03T08:00:00+07:00', 'kinh-te'),
  record('d', '2021-01-04T08:00:00+07:00'),
  record('e', '2021-01-05T08:00:00+07:00'),
  record('draft', '2021-01-06T08:00:00+07:00', 'quan-huyen', { draft: true }),
  record('future', '2099-01-01T08:00:00+07:00'),
];

describe('createArticleIndex', () => {
  const index = createArticleIndex(records, { now });

  it('lists published articles newest first and leaves out drafts and scheduled ones, saying why', () => {
    expect(index.published.map((a) => a.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(index.excluded.map((e) => [e.article.id, e.reason])).toEqual([
      ['future', 'scheduled'],
      ['draft', 'draft'],
    ]);
  });
  it('keeps drafts and scheduled articles when asked (dev preview)', () => {
    const preview = createArticleIndex(records, { now, includeUnpublished: true });
    expect(preview.published.map((a) => a.id)).toEqual(['future', 'draft', 'e', 'd', 'c', 'b', 'a']);
    expect(preview.excluded).toEqual([]);
  });
  it('gives the latest n and a category list in the same order', () => {
    expect(index.latest(2).map((a) => a.id)).toEqual(['e', 'd']);
    expect(index.inCategory('quan-huyen').map((a) => a.id)).toEqual(['e', 'd', 'b', 'a']);
    expect(index.inCategory('kinh-te').map((a) => a.id)).toEqual(['c']);
    expect(index.inCategory('khong-co')).toEqual([]);
  });
  it('finds newer and older neighbours in the same category, nearest first', () => {
    expect(index.neighbours('b', 5)).toEqual({
      newer: [index.get('d'), index.get('e')],
      older: [index.get('a')],
    });
    const two = index.neighbours('d', 1);
    expect(two.newer.map((a) => a.id)).toEqual(['e']);
    expect(two.older.map((a) => a.id)).toEqual(['b']);
    expect(index.neighbours('c', 5)).toEqual({ newer: [], older: [] });
    expect(index.neighbours('future', 5)).toEqual({ newer: [], older: [] });
  });
  it('breaks ties of the same minute by id, so order never depends on file order', () => {
    const same = [record('y', '2021-01-01T08:00:00+07:00'), record('x', '2021-01-01T08:00:00+07:00')];
    expect(createArticleIndex(same, { now }).published.map((a) => a.id)).toEqual(['x', 'y']);
    expect(createArticleIndex([...same].reverse(), { now }).published.map((a) => a.id)).toEqual(['x', 'y']);
  });
  it('groups tags by their folded slug and counts them', () => {
    const tagged = createArticleIndex(
      [
        record('t1', '2021-01-01T08:00:00+07:00', 'x', { tags: ['Ba Đình', 'Thi đua'] }),
        record('t2', '2021-01-02T08:00:00+07:00', 'x', { tags: ['ba đình'] }),
      ],
      { now },
    );
    expect(tagged.tags()).toEqual([
      { slug: 'ba-dinh', name: 'ba đình', count: 2 },
      { slug: 'thi-dua', name: 'Thi đua', count: 1 },
    ]);
    expect(tagged.withTag('ba-dinh').map((a) => a.id)).toEqual(['t2', 't1']);
    expect(tagged.withTag('khong-co')).toEqual([]);
  });
  it('stays linear: 20,000 articles index and answer neighbour queries quickly in one pass', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      record(`n${i}`, new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(), `c${i % 7}`),
    );
    const big = createArticleIndex(many, { now });
    let found = 0;
    for (const a of big.published) found += big.neighbours(a.id, 5).older.length;
    expect(big.published).toHaveLength(20_000);
    expect(found).toBe(20_000 * 5 - 7 * 15); // the last five of each category have fewer older neighbours
  });
});

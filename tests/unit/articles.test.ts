import { describe, expect, it } from 'vitest';
import { createArticleIndex, RELATED_WINDOW, type ArticleRecord } from '../../src/lib/articles.ts';
import { slugify } from '../../src/lib/slug.ts';

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
  it('groups articles by Vietnam month: 00:30 on the 1st belongs to that month, whatever the machine time zone', () => {
    const monthly = createArticleIndex(
      [
        record('m1', '2021-02-01T00:30:00+07:00'), // 31 January 17:30 UTC
        record('m2', '2021-01-31T23:59:00+07:00'),
        record('m3', '2021-01-05T08:00:00+07:00'),
        record('m4', '2020-12-31T08:00:00+07:00'),
      ],
      { now },
    );
    expect(monthly.months()).toEqual([
      { year: 2021, month: 2, count: 1 },
      { year: 2021, month: 1, count: 2 },
      { year: 2020, month: 12, count: 1 },
    ]);
    expect(monthly.inMonth(2021, 1).map((a) => a.id)).toEqual(['m2', 'm3']);
    expect(monthly.inMonth(2021, 3)).toEqual([]);
  });
  it("lists an author's articles newest first", () => {
    const authored = createArticleIndex(
      [
        record('w1', '2021-01-01T08:00:00+07:00', 'x', { author: 'thu-uyen' }),
        record('w2', '2021-01-02T08:00:00+07:00', 'y', { author: 'thu-uyen' }),
        record('w3', '2021-01-03T08:00:00+07:00', 'x'),
      ],
      { now },
    );
    expect(authored.byAuthor('thu-uyen').map((a) => a.id)).toEqual(['w2', 'w1']);
    expect(authored.byAuthor('khong-co')).toEqual([]);
  });
  describe('related', () => {
    const day = (n: number) => new Date(Date.UTC(2021, 0, n, 1)).toISOString();
    const related = createArticleIndex(
      [
        record('target', day(10), 'x', { tags: ['Ba Đình', 'Thi đua', 'Khen thưởng'] }),
        record('three', day(2), 'x', { tags: ['ba đình', 'thi đua', 'khen thưởng'] }),
        record('two-old', day(3), 'y', { tags: ['Ba Đình', 'Thi đua'] }),
        record('two-new', day(20), 'y', { tags: ['Thi đua', 'Khen thưởng'] }),
        record('one', day(25), 'y', { tags: ['Ba Đình'] }),
        record('none', day(26), 'y', { tags: ['Hoàn Kiếm'] }),
      ],
      { now },
    );
    it('ranks articles sharing more tags first, then the newest, never the article itself', () => {
      expect(related.related('target', 10).map((a) => a.id)).toEqual(['three', 'two-new', 'two-old', 'one']);
      expect(related.related('target', 2).map((a) => a.id)).toEqual(['three', 'two-new']);
      expect(related.related('none', 5)).toEqual([]);
    });
    it('leaves out what the page lists already', () => {
      expect(related.related('target', 10, new Set(['three', 'one'])).map((a) => a.id)).toEqual(['two-new', 'two-old']);
    });
    it(`looks only ${RELATED_WINDOW} articles each side in a tag, so a tag of 20,000 articles costs no more`, () => {
      const tag = { tags: ['Thời sự'] };
      const many = Array.from({ length: 20_000 }, (_, i) =>
        record(`n${i}`, new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(), 'c', tag),
      );
      const big = createArticleIndex(many, { now });
      let listed = 0;
      for (const a of big.published) listed += big.related(a.id, 5).length;
      expect(listed).toBe(20_000 * 5);
      // Only the window is looked at: for the oldest article, the 30 just after it, of which the newest 5.
      expect(big.related('n0', 5).map((a) => a.id)).toEqual(['n30', 'n29', 'n28', 'n27', 'n26']);
    });
  });
  it('related lists are those of sorting every candidate, on a random archive', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const tags = Array.from({ length: 12 }, (_, i) => `Chủ đề ${i}`);
    const records = Array.from({ length: 600 }, (_, i) =>
      record(`a${i}`, new Date(Date.UTC(2020, 0, 1) + random(2_000) * 3_600_000).toISOString(), 'c', {
        tags: Array.from({ length: 1 + random(4) }, () => tags[random(tags.length)]),
      }),
    );
    const index = createArticleIndex(records, { now });
    const rank = new Map(index.published.map((a, i) => [a.id, i]));
    // The rule written plainly: every article in the window of each shared tag, counted, sorted.
    const expected = (id: string, count: number, exclude: Set<string>) => {
      const shared = new Map<string, number>();
      for (const tag of new Set(index.get(id)!.tags.map((tag) => slugify(tag)))) {
        const list = index.withTag(tag);
        const at = list.findIndex((a) => a.id === id);
        for (const other of list.slice(Math.max(0, at - RELATED_WINDOW), at + RELATED_WINDOW + 1))
          if (other.id !== id && !exclude.has(other.id)) shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
      }
      return [...shared]
        .sort(([a, sa], [b, sb]) => sb - sa || rank.get(a)! - rank.get(b)!)
        .slice(0, count)
        .map(([other]) => other);
    };
    for (const article of index.published) {
      const exclude = new Set(index.published.slice(0, 3).map((a) => a.id));
      for (const count of [1, 5, 8])
        expect(index.related(article.id, count, exclude).map((a) => a.id)).toEqual(expected(article.id, count, exclude));
    }
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

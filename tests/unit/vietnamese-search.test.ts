import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_WORDS,
  combinations,
  dVariants,
  dateMergeCursor,
  mergeRanked,
  queryWords,
  rankedCursor,
  wholeWordsOnly,
  type PagefindResult,
} from '../../src/search/vietnamese-search.ts';

/** Result records shaped like Pagefind's (id, score, lazy data); plain data, not a search engine. */
const result = (id: string, score: number, date = '2021-01-01T00:00:00+07:00'): PagefindResult => ({
  id,
  score,
  data: async () => ({ url: `/bai-viet/${id}/`, excerpt: id, meta: { title: id, date } }),
});

describe('queryWords', () => {
  it('keeps Vietnamese words, numbers with their separators, and abbreviations', () => {
    expect(queryWords('  Ba Đình, 73.616 tỷ; 7.140,35 — UBND!  ')).toEqual(['Ba', 'Đình', '73.616', 'tỷ', '7.140,35', 'UBND']);
  });
  it('composes decomposed input (NFD from some keyboards) to NFC', () => {
    expect(queryWords('Đi\u0300nh')).toEqual(['Đình']);
  });
  it('gives no words for punctuation only', () => {
    expect(queryWords('!!! ... ?? —— "" ')).toEqual([]);
  });
  it(`caps a long query at ${MAX_QUERY_WORDS} words`, () => {
    expect(queryWords('thi dua '.repeat(250))).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('dVariants', () => {
  it('maps d to đ, which Unicode decomposition never does', () => {
    expect(dVariants('dinh')).toEqual(['dinh', 'đinh']);
    expect(dVariants('Dang')).toEqual(['Dang', 'Đang']);
  });
  it('tries every position when a word has several d', () => {
    expect(dVariants('dud')).toEqual(['dud', 'đud', 'duđ', 'đuđ']);
  });
  it('leaves words without d, or already typed with đ, alone', () => {
    expect(dVariants('thi')).toEqual(['thi']);
    expect(dVariants('đình')).toEqual(['đình']);
  });
});

describe('combinations', () => {
  it('builds every query from the per-word choices, the typed form first', () => {
    expect(combinations([['ba'], ['dinh', 'đinh']])).toEqual([
      ['ba', 'dinh'],
      ['ba', 'đinh'],
    ]);
  });
  it('is capped', () => {
    expect(combinations(Array(6).fill(['d', 'đ']), 8)).toHaveLength(8);
  });
});

describe('mergeRanked', () => {
  it('puts phrase hits first, each tier by best score, without duplicates', () => {
    const plainA = [result('apart', 9), result('together', 3), result('other', 1)];
    const plainB = [result('together', 5)];
    const phrase = [[result('together', 1)]];
    expect(mergeRanked([plainA, plainB], phrase).map((h) => [h.result.id, h.phrase, h.result.score])).toEqual([
      ['together', true, 5],
      ['apart', false, 9],
      ['other', false, 1],
    ]);
  });
  it('then pages by how many neighbouring pairs of query words (candidate compounds) they hold together', () => {
    // "kiểm tra hàng hóa": the target holds "kiểm tra" and "hàng hóa", the decoy only the syllables apart.
    const plain = [[result('decoy', 9), result('target', 4), result('one-pair', 6)]];
    const pairs = [[[result('target', 1), result('one-pair', 1)]], [[]], [[result('target', 1)]]];
    expect(mergeRanked(plain, [[]], pairs).map((h) => [h.result.id, h.pairs])).toEqual([
      ['target', 2],
      ['one-pair', 1],
      ['decoy', 0],
    ]);
    // The whole phrase still comes first.
    expect(mergeRanked(plain, [[result('decoy', 1)]], pairs)[0].result.id).toBe('decoy');
  });
});

describe('wholeWordsOnly', () => {
  it('keeps the pages where every word of the combination stands whole', () => {
    // Pagefind's plain search matched "ba" as the start of "bàn" in `prefix-only`.
    const plain = [result('prefix-only', 9), result('whole', 3), result('no-dinh', 2)];
    const pagesWith = new Map([
      ['ba', new Set(['whole', 'no-dinh'])],
      ['đinh', new Set(['whole', 'prefix-only'])],
    ]);
    expect(wholeWordsOnly(plain, ['ba', 'đinh'], pagesWith).map((r) => r.id)).toEqual(['whole']);
  });
  it('keeps nothing for a word it knows no page of', () => {
    expect(wholeWordsOnly([result('a', 1)], ['ba', 'xyz'], new Map([['ba', new Set(['a'])]]))).toEqual([]);
  });
});

describe('cursors', () => {
  it('hand out ranked results a page at a time, loading data only for what is shown', async () => {
    let loads = 0;
    const hits = Array.from({ length: 25 }, (_, i) => ({
      result: { ...result(`r${i}`, 25 - i), data: async () => (loads++, { url: '', excerpt: '', meta: {} }) },
      phrase: false,
    }));
    const cursor = rankedCursor(hits);
    expect(cursor.total).toBe(25);
    expect((await cursor.next(10)).map((h) => h.id)).toEqual(hits.slice(0, 10).map((h) => h.result.id));
    expect(loads).toBe(10);
    expect(await cursor.next(10)).toHaveLength(10);
    expect(await cursor.next(10)).toHaveLength(5);
    expect(await cursor.next(10)).toHaveLength(0);
  });
  it('hand out ties in rank (same tier, same score) newest first, across the page boundary too', async () => {
    const d = (day: number) => `2021-01-${String(day).padStart(2, '0')}T08:00:00+07:00`;
    const hit = (id: string, score: number, day: number, phrase = false) => ({ result: result(id, score, d(day)), phrase, pairs: 0 });
    // The same notice published three times (equal scores), after a phrase hit with the same score.
    const hits = [hit('phrase', 5, 1, true), hit('notice-3', 5, 3), hit('notice-9', 5, 9), hit('notice-6', 5, 6), hit('other', 2, 30)];
    const cursor = rankedCursor(hits);
    expect((await cursor.next(2)).map((h) => h.id)).toEqual(['phrase', 'notice-9']);
    expect((await cursor.next(2)).map((h) => h.id)).toEqual(['notice-6', 'notice-3']);
    expect((await cursor.next(2)).map((h) => h.id)).toEqual(['other']);
  });
  it('merge newest-first lists of several query variants by date, without duplicates', async () => {
    const d = (day: number) => `2021-01-${String(day).padStart(2, '0')}T08:00:00+07:00`;
    const a = [result('a9', 1, d(9)), result('a5', 1, d(5)), result('both3', 1, d(3))];
    const b = [result('b8', 1, d(8)), result('both3', 1, d(3)), result('b1', 1, d(1))];
    const cursor = dateMergeCursor([a, b]);
    expect(cursor.total).toBe(5);
    expect((await cursor.next(3)).map((h) => h.id)).toEqual(['a9', 'b8', 'a5']);
    expect((await cursor.next(10)).map((h) => h.id)).toEqual(['both3', 'b1']);
  });
});

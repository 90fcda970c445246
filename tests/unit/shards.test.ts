import { describe, expect, it } from 'vitest';
import {
  newestShardId,
  nextSearchStep,
  parseShardManifest,
  periodOf,
  planSearchShards,
  shardOfMonth,
  shardPeriod,
  shardsToSearch,
} from '../../src/search/shards.ts';

const months = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('planSearchShards', () => {
  const plan = (entries: Record<string, number>, maxPages: number) =>
    planSearchShards(months(entries), maxPages).map((s) => [s.id, s.from, s.to, s.pages]);

  it('gives the newest month a shard of its own, and keeps older whole years together', () => {
    expect(plan({ '2021-01': 1, '2019-06': 3 }, 10_000)).toEqual([
      ['2021-01-01', '2021-01', '2021-01', 1],
      ['2019', '2019-01', '2019-12', 3],
    ]);
  });

  it('names the newest shard from its month alone, as the search page names it ahead of the index', () => {
    for (const newest of ['2021-01', '2025-12', '2026-07']) {
      const shards = planSearchShards(months({ [newest]: 2, '2019-06': 3, '2020-12': 40 }), 10);
      expect(shards[0].id).toBe(newestShardId(newest));
    }
  });

  it('groups whole years oldest first, starting a new shard when the next year does not fit', () => {
    expect(plan({ '2026-03': 6000, '2025-05': 7000, '2024-01': 2000, '2023-12': 2500 }, 10_000)).toEqual([
      ['2026-03-03', '2026-03', '2026-03', 6000],
      ['2025', '2025-01', '2025-12', 7000],
      ['2023-2024', '2023-01', '2024-12', 4500],
    ]);
  });

  it('splits a year larger than a shard into runs of months from January, the newest month apart', () => {
    const perMonth: Record<string, number> = {};
    for (let m = 1; m <= 12; m++) perMonth[`2025-${String(m).padStart(2, '0')}`] = 1000;
    const shards = planSearchShards(months(perMonth), 5000);
    expect(shards.map((s) => [s.id, s.pages])).toEqual([
      ['2025-12-12', 1000],
      ['2025-11-11', 1000],
      ['2025-06-10', 5000],
      ['2025-01-05', 5000],
    ]);
    for (let m = 1; m <= 12; m++) expect(shardOfMonth(shards, `2025-${String(m).padStart(2, '0')}`)).toBeDefined();
  });

  it('never drops an article: shard pages add up to the articles, each month in one shard', () => {
    const perMonth = new Map<string, number>();
    for (let y = 2010; y <= 2026; y++)
      for (let m = 1; m <= 12; m++) perMonth.set(`${y}-${String(m).padStart(2, '0')}`, (y * 7 + m * 13) % 900);
    const total = [...perMonth.values()].reduce((a, b) => a + b, 0);
    const shards = planSearchShards(perMonth, 4000);
    expect(shards.reduce((a, s) => a + s.pages, 0)).toBe(total);
    for (const s of shards.slice(1)) expect(s.pages).toBeLessThanOrEqual(4000);
    for (const [month, count] of perMonth) if (count) expect(shards.filter((s) => s.from <= month && month <= s.to)).toHaveLength(1);
  });

  it('lets one month larger than a shard stand alone rather than fail', () => {
    expect(plan({ '2025-04': 12_000, '2025-03': 10 }, 10_000)).toEqual([
      ['2025-04-04', '2025-04', '2025-04', 12_000],
      ['2025-01-03', '2025-01', '2025-03', 10],
    ]);
  });

  describe('publishing re-indexes little', () => {
    const archive = () => {
      const perMonth = new Map<string, number>();
      for (let y = 2012; y <= 2025; y++)
        for (let m = 1; m <= 12; m++) perMonth.set(`${y}-${String(m).padStart(2, '0')}`, 150 + ((y + m) % 7) * 20);
      perMonth.set('2026-01', 90);
      perMonth.set('2026-02', 40);
      return perMonth;
    };
    const olderThanNewest = (shards: ReturnType<typeof planSearchShards>) => shards.slice(1);

    it('new articles in the newest month change only the newest shard', () => {
      const before = planSearchShards(archive(), 2000);
      const after = planSearchShards(archive().set('2026-02', 41), 2000);
      expect(olderThanNewest(after)).toEqual(olderThanNewest(before));
      expect(after[0]).toEqual({ ...before[0], pages: 41 });
    });
    it('a new month changes the newest shards only: every older shard keeps its articles', () => {
      const before = planSearchShards(archive(), 2000);
      const after = planSearchShards(archive().set('2026-03', 1), 2000);
      expect(after[0].id).toBe('2026-03-03');
      const unchanged = after.filter((s) => before.some((b) => b.id === s.id && b.pages === s.pages));
      expect(unchanged.length).toBeGreaterThanOrEqual(before.length - 2);
    });
    it('depends on the counts only, not on the order they come in', () => {
      const reversed = new Map([...archive()].reverse());
      expect(planSearchShards(reversed, 2000)).toEqual(planSearchShards(archive(), 2000));
    });
  });

  it('rejects malformed months, naming them', () => {
    expect(() => planSearchShards(months({ '2025-13': 1 }), 10)).toThrow(/"2025-13"/);
  });
});

describe('choosing and naming shards', () => {
  const plan = [
    { id: '2025-07-12', from: '2025-07', to: '2025-12', pages: 1 },
    { id: '2025-01-06', from: '2025-01', to: '2025-06', pages: 1 },
    { id: '2022-2024', from: '2022-01', to: '2024-12', pages: 1 },
  ];
  it('searches every shard newest first, or only those covering the chosen year', () => {
    expect(shardsToSearch(plan).map((s) => s.id)).toEqual(['2025-07-12', '2025-01-06', '2022-2024']);
    expect(shardsToSearch(plan, '2025').map((s) => s.id)).toEqual(['2025-07-12', '2025-01-06']);
    expect(shardsToSearch(plan, '2023').map((s) => s.id)).toEqual(['2022-2024']);
    expect(shardsToSearch(plan, '2019')).toEqual([]);
  });
  it('names periods the way readers write them', () => {
    expect(plan.map(shardPeriod)).toEqual(['7–12/2025', '1–6/2025', '2022–2024']);
    expect(periodOf(plan.slice(0, 2))).toBe('2025');
    expect(periodOf(plan)).toBe('2022–2025');
  });
  it('checks a manifest before trusting it', () => {
    const words = { version: '0123abcd', buckets: 4 };
    expect(parseShardManifest({ version: 3, shards: plan, pagesPerStep: 10, words }).shards).toHaveLength(3);
    expect(() =>
      parseShardManifest({ version: 3, pagesPerStep: 10, words, shards: [{ id: '../x', from: '2025-01', to: '2025-02', pages: 1 }] }),
    ).toThrow(/bad shard/);
    expect(() => parseShardManifest({ version: 2, shards: plan, pagesPerStep: 10 })).toThrow(/version 3/);
    expect(() => parseShardManifest({ version: 3, shards: plan })).toThrow(/version 3/);
    expect(() => parseShardManifest({ version: 3, shards: plan, pagesPerStep: 10, words: { version: '../x', buckets: 4 } })).toThrow(
      /word directory/,
    );
  });
  it('a search step opens the newest shards while they fit in its pages, and always at least one', () => {
    const shards = [{ pages: 60 }, { pages: 600 }, { pages: 1900 }, { pages: 1800 }, { pages: 1900 }];
    expect(nextSearchStep(shards, 20_000)).toEqual(shards);
    expect(nextSearchStep(shards, 2_600)).toEqual(shards.slice(0, 3));
    expect(nextSearchStep(shards.slice(3), 1_000)).toEqual([{ pages: 1800 }]);
    expect(nextSearchStep([], 1_000)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseShardManifest, periodOf, planSearchShards, shardOfMonth, shardPeriod, shardsToSearch } from '../../src/search/shards.ts';

const months = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('planSearchShards', () => {
  it('keeps a small archive in one shard covering whole years', () => {
    expect(planSearchShards(months({ '2021-01': 1, '2019-06': 3 }), 10_000)).toEqual([
      { id: '2019-2021', from: '2019-01', to: '2021-12', pages: 4 },
    ]);
  });

  it('groups whole years greedily from the newest, starting a new shard when the next year does not fit', () => {
    const plan = planSearchShards(months({ '2026-03': 6000, '2025-05': 7000, '2024-01': 2000, '2023-12': 2500 }), 10_000);
    expect(plan.map((s) => [s.id, s.pages])).toEqual([
      ['2026', 6000],
      ['2024-2025', 9000],
      ['2023', 2500],
    ]);
  });

  it('splits a year larger than a shard into runs of months that together cover the year', () => {
    const perMonth: Record<string, number> = {};
    for (let m = 1; m <= 12; m++) perMonth[`2025-${String(m).padStart(2, '0')}`] = 1000;
    const plan = planSearchShards(months(perMonth), 5000);
    expect(plan.map((s) => [s.id, s.from, s.to, s.pages])).toEqual([
      ['2025-08-12', '2025-08', '2025-12', 5000],
      ['2025-03-07', '2025-03', '2025-07', 5000],
      ['2025-01-02', '2025-01', '2025-02', 2000],
    ]);
    // Every month of the year has exactly one shard.
    for (let m = 1; m <= 12; m++) expect(shardOfMonth(plan, `2025-${String(m).padStart(2, '0')}`)).toBeDefined();
  });

  it('never drops an article: shard pages add up to the articles', () => {
    const perMonth = new Map<string, number>();
    for (let y = 2010; y <= 2026; y++)
      for (let m = 1; m <= 12; m++) perMonth.set(`${y}-${String(m).padStart(2, '0')}`, (y * 7 + m * 13) % 900);
    const total = [...perMonth.values()].reduce((a, b) => a + b, 0);
    const plan = planSearchShards(perMonth, 4000);
    expect(plan.reduce((a, s) => a + s.pages, 0)).toBe(total);
    for (const s of plan) expect(s.pages).toBeLessThanOrEqual(4000);
    for (const [month, count] of perMonth) if (count) expect(shardOfMonth(plan, month)).toBeDefined();
  });

  it('lets one month larger than a shard stand alone rather than fail', () => {
    expect(planSearchShards(months({ '2025-04': 12_000, '2025-03': 10 }), 10_000).map((s) => [s.id, s.pages])).toEqual([
      ['2025-04-12', 12_000],
      ['2025-01-03', 10],
    ]);
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
    expect(parseShardManifest({ version: 1, shards: plan }).shards).toHaveLength(3);
    expect(() => parseShardManifest({ version: 1, shards: [{ id: '../x', from: '2025-01', to: '2025-02', pages: 1 }] })).toThrow(
      /bad shard/,
    );
    expect(() => parseShardManifest({ shards: [] })).toThrow(/version 1/);
  });
});

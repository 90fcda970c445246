import { describe, expect, it } from 'vitest';
import { archiveYears } from '../../src/lib/archive.ts';

describe('archiveYears', () => {
  it('groups months by year, newest first, adding up the counts, each month with its name and address', () => {
    const years = archiveYears([
      { year: 2021, month: 2, count: 3 },
      { year: 2021, month: 1, count: 11 },
      { year: 2020, month: 12, count: 4 },
    ]);
    expect(years.map(({ year, count }) => [year, count])).toEqual([
      [2021, 14],
      [2020, 4],
    ]);
    expect(years[0].months[1]).toEqual({ year: 2021, month: 1, count: 11, name: 'Tháng 1', href: '/luu-tru/2021/01/' });
    expect(archiveYears([])).toEqual([]);
  });
});

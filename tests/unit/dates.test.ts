import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseVietnamDateTime, toVietnamIso, vietnamYear } from '../../src/lib/dates.ts';

const published = new Date('2021-01-20T13:57:00+07:00');
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('Vietnam-time formatting', () => {
  it('shows "13:57 20/01/2021" as the legacy portal did', () => {
    expect(formatDateTime(published)).toBe('13:57 20/01/2021');
    expect(formatDate(published)).toBe('20/01/2021');
  });
  it('gives ISO 8601 with the +07:00 offset', () => {
    expect(toVietnamIso(published)).toBe('2021-01-20T13:57:00+07:00');
  });
  it('does not depend on the machine time zone', () => {
    for (const tz of ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = tz;
      expect(new Date(2021, 0, 1).getTimezoneOffset()).toBe(
        tz === 'UTC' ? 0 : tz === 'America/New_York' ? 300 : tz === 'Pacific/Kiritimati' ? -840 : -420,
      );
      expect(formatDateTime(published)).toBe('13:57 20/01/2021');
      expect(toVietnamIso(published)).toBe('2021-01-20T13:57:00+07:00');
    }
  });
  it('puts an article published just after midnight in Hanoi on the Hanoi date and year', () => {
    const newYear = new Date('2021-01-01T00:30:00+07:00'); // still 31/12/2020 in UTC
    expect(formatDateTime(newYear)).toBe('00:30 01/01/2021');
    expect(vietnamYear(newYear)).toBe(2021);
  });
  it('rejects an invalid date instead of printing "Invalid Date"', () => {
    expect(() => formatDateTime(new Date('nope'))).toThrow(RangeError);
  });
});

describe('parseVietnamDateTime (legacy "13:57 20/01/2021")', () => {
  it('reads the legacy timestamp as Vietnam time', () => {
    expect(parseVietnamDateTime('13:57 20/01/2021')?.toISOString()).toBe('2021-01-20T06:57:00.000Z');
    expect(parseVietnamDateTime(' 7:05 1/2/2021 ')?.toISOString()).toBe('2021-02-01T00:05:00.000Z');
  });
  it('refuses impossible or malformed times', () => {
    expect(parseVietnamDateTime('25:00 20/01/2021')).toBeUndefined();
    expect(parseVietnamDateTime('13:57 30/02/2021')).toBeUndefined();
    expect(parseVietnamDateTime('20/01/2021 13:57')).toBeUndefined();
  });
});

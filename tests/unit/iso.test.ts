import { describe, expect, it } from 'vitest';
import { parseVietnamIso } from '../../src/lib/iso.ts';

describe('parseVietnamIso (frontmatter times)', () => {
  it('accepts ISO 8601 with +07:00, with or without seconds', () => {
    expect((parseVietnamIso('2021-01-20T13:57:00+07:00') as Date).toISOString()).toBe('2021-01-20T06:57:00.000Z');
    expect((parseVietnamIso('2021-01-20T13:57+07:00') as Date).toISOString()).toBe('2021-01-20T06:57:00.000Z');
  });
  it('explains what is wrong, in Vietnamese, for other forms', () => {
    expect(parseVietnamIso('2021-01-20 13:57')).toMatch(/không đúng định dạng.*\+07:00/);
    expect(parseVietnamIso('2021-01-20T13:57:00Z')).toMatch(/không đúng định dạng/);
    expect(parseVietnamIso('2021-02-30T13:57:00+07:00')).toMatch(/không phải một thời điểm có thật/);
    expect(parseVietnamIso(new Date())).toMatch(/thiếu dấu nháy/);
    expect(parseVietnamIso(undefined)).toMatch(/thiếu thời gian/);
  });
});

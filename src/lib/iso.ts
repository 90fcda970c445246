// Frontmatter times: ISO 8601 strings in Vietnam time with an explicit +07:00 offset.

export const VIETNAM_ISO_EXAMPLE = '2021-01-20T13:57:00+07:00';

const VIETNAM_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?\+07:00$/;

/**
 * Parses "2021-01-20T13:57:00+07:00" into a Date, or returns a message saying what is wrong.
 * YAML turns unquoted timestamps into Dates and reads them as UTC when they have no offset, so a
 * Date here means the editor forgot the quotes: reject it rather than risk a 7-hour error.
 */
export function parseVietnamIso(value: unknown): Date | string {
  const hint = `viết trong dấu nháy kép, theo giờ Việt Nam, ví dụ "${VIETNAM_ISO_EXAMPLE}"`;
  if (value instanceof Date) return `thời gian phải ${hint} (thiếu dấu nháy)`;
  if (typeof value !== 'string') return `thiếu thời gian hoặc sai kiểu: phải ${hint}`;
  const m = VIETNAM_ISO.exec(value.trim());
  if (!m) return `"${value}" không đúng định dạng: thời gian phải ${hint}`;
  const [year, month, day, hour, minute, second = '0'] = m.slice(1);
  const date = new Date(Date.UTC(+year, +month - 1, +day, +hour - 7, +minute, +second));
  const check = new Date(date.getTime() + 7 * 3600_000);
  if (+hour > 23 || +minute > 59 || +second > 59 || check.getUTCDate() !== +day || check.getUTCMonth() !== +month - 1) {
    return `"${value}" không phải một thời điểm có thật`;
  }
  return date;
}

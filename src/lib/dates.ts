// Vietnam-time formatting and parsing. Output never depends on the build machine's TZ.
import { locale } from '../i18n/vi.ts';

// Made on first use, not when the module loads: in a reader's fresh page, creating a formatter with a
// time zone costs 20–80 ms (profiled in Chromium), which the search page's script would otherwise pay
// before it asks for anything of the index.
let partsFormatter: Intl.DateTimeFormat | undefined;
const vietnamPartsFormatter = () =>
  (partsFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: locale.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

/** Creates the Vietnam-time formatter now, so that the first date shown does not wait for it. */
export const prepareVietnamTime = (): void => void vietnamPartsFormatter();

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

// formatToParts is the costliest call of a page render (profiled: ~6% of a 2,000-article build), and a
// build formats the same publication times on many pages: remember them.
const clocks = new Map<number, WallClock>();
const MAX_REMEMBERED = 200_000;

/** The date as a wall clock in Vietnam (zero-padded fields). */
function vietnamWallClock(date: Date): WallClock {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  let clock = clocks.get(time);
  if (!clock) {
    if (clocks.size >= MAX_REMEMBERED) clocks.clear();
    clocks.set(time, (clock = computeWallClock(date)));
  }
  return clock;
}

function computeWallClock(date: Date): WallClock {
  const parts = Object.fromEntries(
    vietnamPartsFormatter()
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

function offsetMinutes(date: Date, clock: WallClock): number {
  const asUtc = Date.UTC(+clock.year, +clock.month - 1, +clock.day, +clock.hour, +clock.minute, +clock.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "13:57 20/01/2021", the way Vietnamese news sites show a timestamp. */
export function formatDateTime(date: Date): string {
  const c = vietnamWallClock(date);
  return `${c.hour}:${c.minute} ${c.day}/${c.month}/${c.year}`;
}

/** "20/01/2021". */
export function formatDate(date: Date): string {
  const c = vietnamWallClock(date);
  return `${c.day}/${c.month}/${c.year}`;
}

/** ISO 8601 in Vietnam time with its offset: "2021-01-20T13:57:00+07:00" (for <time datetime>, feeds, JSON-LD). */
export function toVietnamIso(date: Date): string {
  const c = vietnamWallClock(date);
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}:${c.second}${formatOffset(offsetMinutes(date, c))}`;
}

/** The calendar year in Vietnam (an article published 00:30 on 1 January belongs to the new year). */
export function vietnamYear(date: Date): number {
  return Number(vietnamWallClock(date).year);
}

/** The month in Vietnam, 1–12 (an article published 00:30 on the 1st belongs to that month). */
export function vietnamMonth(date: Date): number {
  return Number(vietnamWallClock(date).month);
}

const LEGACY_TIME = /^(\d{1,2}):(\d{2}) (\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Parses a legacy-portal timestamp "13:57 20/01/2021" (Vietnam time, UTC+7 all year: no DST since 1975).
 * Returns undefined when the text is not such a timestamp or names an impossible date.
 */
export function parseVietnamDateTime(text: string): Date | undefined {
  const m = LEGACY_TIME.exec(text.trim());
  if (!m) return undefined;
  const [hour, minute, day, month, year] = m.slice(1).map(Number);
  if (hour > 23 || minute > 59 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hour - 7, minute));
  const clock = vietnamWallClock(date);
  if (+clock.day !== day || +clock.month !== month) return undefined;
  return date;
}

// The archive's years and months (Vietnam time), as the archive page lists them: newest first, with
// counts, each month with its name and address.
import { ui } from '../i18n/vi.ts';
import { fill } from '../i18n/template.ts';
import type { ArchiveMonth } from './articles.ts';
import { monthArchiveUrl } from './urls.ts';

/** Months grouped by year, newest first, each with its page's address. */
export function archiveYears(months: readonly ArchiveMonth[]) {
  const years: { year: number; count: number; months: (ArchiveMonth & { href: string; name: string })[] }[] = [];
  for (const month of months) {
    let year = years.at(-1);
    if (year?.year !== month.year) years.push((year = { year: month.year, count: 0, months: [] }));
    year.count += month.count;
    year.months.push({
      ...month,
      href: monthArchiveUrl(month.year, month.month),
      name: fill(ui.archive.monthName, { month: month.month }),
    });
  }
  return years;
}

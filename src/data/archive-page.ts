// What the archive pages render: the years and months that have articles (Vietnam time), with counts,
// and the title of a month's page.
import { ui } from '../i18n/vi.ts';
import { fill } from '../i18n/template.ts';
import { archiveYears } from '../lib/archive.ts';
import { archiveUrl } from '../lib/urls.ts';
import { getSiteData } from './site-data.ts';

export async function archiveIndexPage() {
  const { articles } = await getSiteData();
  return { years: archiveYears(articles.months()) };
}

/** A month page's title, description and trail. */
export function monthPageText(year: number, month: number) {
  const title = fill(ui.archive.monthTitle, { month, year });
  return {
    title,
    description: fill(ui.archive.monthDescription, { month, year }),
    breadcrumb: [{ name: ui.home, href: '/' }, { name: ui.archive.title, href: archiveUrl }, { name: title }],
  };
}

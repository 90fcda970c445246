// The news sitemap search engines define for news (sitemaps.org + the news extension): articles
// published in the last two days, with publication name, language, Vietnam-time date and title.
import { toVietnamIso } from './dates.ts';
import { SITEMAP_NAMESPACE, XML_DECLARATION } from './sitemap.ts';
import { escapeXml } from './xml.ts';

export interface NewsSitemapItem {
  url: string;
  title: string;
  publishedAt: Date;
}

/** Items published within `hours` before `now` (and not after it), newest first as given. */
export function recentForNews<T extends { publishedAt: Date }>(items: readonly T[], now: Date, hours: number): T[] {
  const from = now.getTime() - hours * 3600_000;
  return items.filter((i) => i.publishedAt.getTime() >= from && i.publishedAt.getTime() <= now.getTime());
}

export function newsSitemapXml(items: readonly NewsSitemapItem[], publication: { name: string; language: string }): string {
  const urls = items.map(
    (item) =>
      `<url><loc>${escapeXml(item.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name>` +
      `<news:language>${publication.language}</news:language></news:publication>` +
      `<news:publication_date>${toVietnamIso(item.publishedAt)}</news:publication_date>` +
      `<news:title>${escapeXml(item.title)}</news:title></news:news></url>`,
  );
  return (
    XML_DECLARATION +
    `<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` +
    urls.join('') +
    '</urlset>\n'
  );
}

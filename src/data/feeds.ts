// RSS feeds through @astrojs/rss: full titles, leads, and each item's time also in Vietnam time
// (<dc:date> with +07:00; RSS's own pubDate is an RFC 822 date in GMT).
import rss from '@astrojs/rss';
import type { Article } from './site-data.ts';
import { siteConfig } from '../site.config.ts';
import { articleUrl, categoryFeedUrl } from '../lib/urls.ts';
import { toVietnamIso } from '../lib/dates.ts';
import { modifiedAt } from '../lib/structured-data.ts';
import { locale, ui } from '../i18n/vi.ts';
import { fill } from '../i18n/template.ts';
import { escapeXml } from '../lib/xml.ts';

/**
 * A feed's items: its newest articles, as the feed shows them (also what its cache key covers). An
 * article updated or corrected after publication says when, in <dcterms:modified> (Vietnam time).
 */
export function feedItems(articles: readonly Article[]) {
  return articles.slice(0, siteConfig.feedSize).map((article) => {
    const modified = modifiedAt(article);
    const updated =
      modified.getTime() > article.publishedAt.getTime() ? `<dcterms:modified>${toVietnamIso(modified)}</dcterms:modified>` : '';
    const creator = article.authorName ? `<dc:creator>${escapeXml(article.authorName)}</dc:creator>` : '';
    return {
      title: article.title,
      link: articleUrl(article.id),
      description: article.source ? `${article.source} - ${article.lead}` : article.lead,
      pubDate: article.publishedAt,
      categories: [article.categoryName, ...article.tags],
      customData: `<dc:date>${toVietnamIso(article.publishedAt)}</dc:date>${updated}${creator}`,
    };
  });
}

export function articleFeed(options: { title: string; description: string; site: URL; articles: readonly Article[] }) {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/' },
    customData: `<language>${locale.lang}</language>`,
    items: feedItems(options.articles),
  });
}

/** The <link rel="alternate"> of a category's feed. */
export function categoryFeedLink(category: { id: string; name: string }) {
  return { title: fill(ui.categoryFeedTitle, { site: siteConfig.name, category: category.name }), href: categoryFeedUrl(category.id) };
}

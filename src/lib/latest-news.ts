// The newest articles of a category as the article pages' "Tin mới" column reads them (JSON the build
// writes, src/client/latest-news.ts renders): title, address, and the time both machine- and
// reader-readable, formatted here so the browser needs no date code.
import type { ArticleRecord } from './articles.ts';
import { formatDateTime, toVietnamIso } from './dates.ts';
import { articleUrl } from './urls.ts';

export interface LatestItem {
  title: string;
  href: string;
  /** ISO 8601 with +07:00. */
  time: string;
  /** "13:57 20/01/2021". */
  shown: string;
}

export function latestItems(articles: readonly ArticleRecord[], count: number): LatestItem[] {
  return articles.slice(0, count).map((article) => ({
    title: article.title,
    href: articleUrl(article.id),
    time: toVietnamIso(article.publishedAt),
    shown: formatDateTime(article.publishedAt),
  }));
}

// Every site URL in one place, so routes and links cannot drift apart.
import { siteConfig } from '../site.config.ts';
import { SHARE_IMAGE_FILE } from './share-image.ts';

export const articleUrl = (id: string) => `/bai-viet/${id}/`;

export const categoryUrl = (id: string, page = 1) => (page > 1 ? `/chuyen-muc/${id}/${page}/` : `/chuyen-muc/${id}/`);

export const tagUrl = (slug: string, page = 1) => (page > 1 ? `/chu-de/${slug}/${page}/` : `/chu-de/${slug}/`);

export const authorUrl = (id: string, page = 1) => (page > 1 ? `/tac-gia/${id}/${page}/` : `/tac-gia/${id}/`);

export const archiveUrl = '/luu-tru/';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A month of the archive: /luu-tru/2021/01/ (Vietnam time). */
export const monthArchiveUrl = (year: number, month: number, page = 1) => `/luu-tru/${year}/${pad2(month)}/${page > 1 ? `${page}/` : ''}`;

/** The share image the build draws for an article without a cover photo. */
export const shareImageUrl = (id: string) => `${articleUrl(id)}${SHARE_IMAGE_FILE}`;

/** The newest articles of a category, as JSON for the article pages' "Tin mới" column. */
export const categoryLatestUrl = (id: string) => `/chuyen-muc/${id}/tin-moi.json`;

export const searchUrl = (query?: string) =>
  query ? `${siteConfig.searchPath}?q=${encodeURIComponent(query).replace(/%20/g, '+')}` : siteConfig.searchPath;

export const siteFeedUrl = '/rss.xml';

export const categoryFeedUrl = (id: string) => `/chuyen-muc/${id}/rss.xml`;

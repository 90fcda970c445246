// Every site URL in one place, so routes and links cannot drift apart.
import { siteConfig } from '../site.config.ts';

export const articleUrl = (id: string) => `/bai-viet/${id}/`;

export const categoryUrl = (id: string, page = 1) => (page > 1 ? `/chuyen-muc/${id}/${page}/` : `/chuyen-muc/${id}/`);

export const tagUrl = (slug: string, page = 1) => (page > 1 ? `/chu-de/${slug}/${page}/` : `/chu-de/${slug}/`);

export const searchUrl = (query?: string) =>
  query ? `${siteConfig.searchPath}?q=${encodeURIComponent(query).replace(/%20/g, '+')}` : siteConfig.searchPath;

export const siteFeedUrl = '/rss.xml';

export const categoryFeedUrl = (id: string) => `/chuyen-muc/${id}/rss.xml`;

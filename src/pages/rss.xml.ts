// The whole site's RSS feed: /rss.xml
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { articleFeed } from '../data/feeds.ts';
import { siteConfig } from '../site.config.ts';
import { ui } from '../i18n/vi.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSiteData();
  return articleFeed({ title: ui.siteFeedTitle(siteConfig.name), description: siteConfig.description, site: site!, articles: articles.published });
};

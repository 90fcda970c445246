// The whole site's RSS feed: /rss.xml
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { articleFeed } from '../data/feeds.ts';
import { siteConfig } from '../site.config.ts';
import { ui } from '../i18n/vi.ts';
import { fill } from '../i18n/template.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSiteData();
  return articleFeed({
    title: fill(ui.siteFeedTitle, { site: siteConfig.name }),
    description: siteConfig.description,
    site: site!,
    articles: articles.published,
  });
};

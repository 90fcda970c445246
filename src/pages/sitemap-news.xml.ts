// News sitemap: /sitemap-news.xml (articles of the last two days at build time).
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { newsSitemapXml, recentForNews } from '../lib/news-sitemap.ts';
import { siteConfig } from '../site.config.ts';
import { articleUrl } from '../lib/urls.ts';
import { locale } from '../i18n/vi.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles, now } = await getSiteData();
  const recent = recentForNews(articles.published, now, siteConfig.newsSitemapHours);
  const xml = newsSitemapXml(
    recent.map((a) => ({ url: new URL(articleUrl(a.id), site).href, title: a.title, publishedAt: a.publishedAt })),
    { name: siteConfig.name, language: locale.lang },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

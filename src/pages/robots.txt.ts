// robots.txt: everything may be crawled but the search and comment pages; where the sitemaps are.
import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = [
    'User-agent: *',
    `Disallow: ${siteConfig.searchPath}`,
    'Disallow: /binh-luan/',
    '',
    `Sitemap: ${new URL('/sitemap-index.xml', site).href}`,
    `Sitemap: ${new URL('/sitemap-news.xml', site).href}`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

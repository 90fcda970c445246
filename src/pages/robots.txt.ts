// robots.txt: everything may be crawled but the comment fallback page; where the sitemaps are.
import type { APIRoute } from 'astro';
import { SITEMAP_INDEX_FILE } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = [
    'User-agent: *',
    'Disallow: /binh-luan/',
    '',
    `Sitemap: ${new URL(`/${SITEMAP_INDEX_FILE}`, site).href}`,
    `Sitemap: ${new URL('/sitemap-news.xml', site).href}`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

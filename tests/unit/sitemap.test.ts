import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX_FILE, sitemapFiles } from '../../src/lib/sitemap.ts';
import { parseXml } from '../support/html.ts';

const SITE = 'https://tin.example';
const locs = (xml: string) => [...parseXml(xml).querySelectorAll('loc')].map((loc) => loc.textContent);

describe('sitemapFiles', () => {
  it('lists every page once, in the order @astrojs/sitemap gave (numbers by value), without status pages or excluded ones', () => {
    const pathnames = ['chuyen-muc/x/10/', '', 'chuyen-muc/x/9/', '/bai-viet/b/', 'bai-viet/a/', '404/', '500', 'tim-kiem/', 'bai-viet/a/'];
    const files = sitemapFiles(pathnames, SITE, { exclude: (path) => path.startsWith('/tim-kiem/') });
    expect([...files.keys()]).toEqual([SITEMAP_INDEX_FILE, 'sitemap-0.xml']);
    const urls = locs(files.get('sitemap-0.xml')!);
    expect(urls).toEqual(['/', '/bai-viet/a/', '/bai-viet/b/', '/chuyen-muc/x/9/', '/chuyen-muc/x/10/'].map((path) => `${SITE}${path}`));
    expect(urls).toEqual([...urls].sort((a, b) => a!.localeCompare(b!, 'en', { numeric: true })));
    expect(locs(files.get(SITEMAP_INDEX_FILE)!)).toEqual([`${SITE}/sitemap-0.xml`]);
  });

  it('splits at the entry limit, and the index names every file', () => {
    const pathnames = Array.from({ length: 5 }, (_, i) => `bai-viet/${i}/`);
    const files = sitemapFiles(pathnames, SITE, { entryLimit: 2 });
    expect([...files.keys()]).toEqual([SITEMAP_INDEX_FILE, 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(locs(files.get('sitemap-2.xml')!)).toEqual([`${SITE}/bai-viet/4/`]);
    expect(locs(files.get(SITEMAP_INDEX_FILE)!)).toEqual([0, 1, 2].map((n) => `${SITE}/sitemap-${n}.xml`));
  });

  it('keeps a site under a path, and escapes what XML must', () => {
    const files = sitemapFiles(['', 'a&b/'], 'https://example.vn/tin');
    expect(files.get('sitemap-0.xml')).toContain('<loc>https://example.vn/tin/a&amp;b/</loc>');
    expect(locs(files.get(SITEMAP_INDEX_FILE)!)).toEqual(['https://example.vn/tin/sitemap-0.xml']);
  });
});

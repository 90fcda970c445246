// What search engines and share previews read: head tags, JSON-LD (validated against schema.org
// types by parsing), RSS feeds, sitemaps, the news sitemap and robots.txt — on real builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, jsonLd, meta, parseXml } from '../support/html.ts';
import { FIXTURE_SITE_URL, fixtureDist, realDist } from '../support/global-setup.ts';
import { BA_DINH_ID } from '../support/fixture-site.ts';
import { validateJsonLd } from '../support/schema-org.ts';
import { siteConfig } from '../../src/site.config.ts';

const SITE = siteConfig.defaultUrl;
const articlePath = `/bai-viet/${BA_DINH_ID}/`;
const metas = (doc: Document, key: string) => [...doc.querySelectorAll(`meta[property="${key}"]`)].map((m) => m.getAttribute('content'));
const xml = (path: string) => parseXml(readFileSync(path, 'utf8'));

describe('article head', () => {
  const doc = builtPage(realDist, articlePath);
  it('has title, description and an absolute canonical URL', () => {
    expect(doc.title).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021 | Tin Hà Nội');
    expect(meta(doc, 'description')).toMatch(/^Sáng 20\/01, Quận ủy/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${articlePath}`);
  });
  it('has OpenGraph and Twitter cards with the article times, section, tags and its own share image', () => {
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:title')).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(meta(doc, 'og:url')).toBe(`${SITE}${articlePath}`);
    expect(meta(doc, 'og:locale')).toBe('vi_VN');
    expect(meta(doc, 'og:image')).toBe(`${SITE}${articlePath}anh-chia-se.png`);
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    expect(meta(doc, 'article:published_time')).toBe('2021-01-20T13:57:00+07:00');
    expect(meta(doc, 'article:section')).toBe('Quận – Huyện');
    expect(metas(doc, 'article:tag')).toEqual(['Ba Đình', 'Thi đua khen thưởng']);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'twitter:image')).toBe(`${SITE}${articlePath}anh-chia-se.png`);
  });
  it('links the site feed and its category feed', () => {
    expect([...doc.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href'))).toEqual([
      '/rss.xml',
      '/chuyen-muc/quan-huyen/rss.xml',
    ]);
  });
  it('has a NewsArticle and its BreadcrumbList in one @graph, valid against schema.org types', () => {
    const [ld] = jsonLd(doc);
    expect(validateJsonLd(ld)).toEqual([]);
    const [article, breadcrumb] = ld['@graph'];
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(article.datePublished).toBe('2021-01-20T13:57:00+07:00');
    expect(article.author).toEqual({ '@type': 'Person', name: 'Thu Uyên', url: `${SITE}/tac-gia/thu-uyen/` });
    expect(article.image).toEqual([`${SITE}${articlePath}anh-chia-se.png`]);
    expect(article.dateModified).toBe('2021-01-20T13:57:00+07:00');
    expect(article.correction).toBeUndefined();
    expect(article.publisher.logo.url).toBe(`${SITE}/logo.png`);
    expect(article.articleSection).toBe('Quận – Huyện');
    expect(article.inLanguage).toBe('vi');
    expect(breadcrumb.itemListElement.map((i: { name: string }) => i.name)).toEqual([
      'Trang chủ',
      'Quận – Huyện',
      'Quận Ba Đình phát động phong trào thi đua năm 2021',
    ]);
  });
});

describe('home head', () => {
  const doc = builtPage(realDist, '/');
  it('has WebSite with a SearchAction to /tim-kiem/?q={search_term_string}, valid against schema.org', () => {
    const [ld] = jsonLd(doc);
    expect(validateJsonLd(ld)).toEqual([]);
    const website = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'WebSite');
    expect(website.potentialAction.target.urlTemplate).toBe(`${SITE}/tim-kiem/?q={search_term_string}`);
    expect(meta(doc, 'og:type')).toBe('website');
  });
});

describe('SITE_URL', () => {
  it('sets canonical and share URLs from one env value', () => {
    const doc = builtPage(fixtureDist, articlePath);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${FIXTURE_SITE_URL}${articlePath}`);
    expect(meta(doc, 'og:image')).toBe(`${FIXTURE_SITE_URL}${articlePath}anh-chia-se.png`);
  });
});

describe('RSS feeds', () => {
  it('the site feed has full titles, leads with the source tag, and Vietnam-time dates', () => {
    const feed = xml(join(realDist, 'rss.xml'));
    expect(feed.querySelector('channel > language')?.textContent).toBe('vi');
    const item = feed.querySelector('item')!;
    expect(item.querySelector('title')?.textContent).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(item.querySelector('link')?.textContent).toBe(`${SITE}${articlePath}`);
    expect(item.querySelector('description')?.textContent).toMatch(/^HNP - Sáng 20\/01/);
    expect(new Date(item.querySelector('pubDate')!.textContent!).toISOString()).toBe('2021-01-20T06:57:00.000Z');
    expect(item.getElementsByTagName('dc:date')[0]?.textContent).toBe('2021-01-20T13:57:00+07:00');
  });
  it('each category has its own feed with only its articles', () => {
    const feed = xml(join(fixtureDist, 'chuyen-muc/kinh-te/rss.xml'));
    const links = [...feed.querySelectorAll('item > link')].map((l) => l.textContent);
    expect(links.sort()).toEqual(
      ['bai-thu-nghiem-dau-thang', 'tim-kiem-ngan-sach', 'tim-kiem-tu-roi-rac'].map((id) => `${FIXTURE_SITE_URL}/bai-viet/${id}/`),
    );
    expect(xml(join(realDist, 'chuyen-muc/kinh-te/rss.xml')).querySelectorAll('item')).toHaveLength(0);
  });
});

describe('sitemaps and robots.txt', () => {
  it('lists the pages people should land on, not search results or the 404', () => {
    const index = xml(join(realDist, 'sitemap-index.xml'));
    const sitemaps = [...index.querySelectorAll('sitemap > loc')].map((l) => l.textContent!);
    expect(sitemaps).toEqual([`${SITE}/sitemap-0.xml`]);
    const urls = [...xml(join(realDist, 'sitemap-0.xml')).querySelectorAll('url > loc')].map((l) => l.textContent!);
    expect(urls).toContain(`${SITE}${articlePath}`);
    expect(urls).toContain(`${SITE}/chuyen-muc/quan-huyen/`);
    expect(urls.some((u) => /tim-kiem|binh-luan|404/.test(u))).toBe(false);
  });
  it('the news sitemap holds the articles of the last two days, with publication, language, time and title', () => {
    expect(xml(join(realDist, 'sitemap-news.xml')).querySelectorAll('url')).toHaveLength(0);
    const news = xml(join(fixtureDist, 'sitemap-news.xml'));
    const urls = news.querySelectorAll('url');
    expect(urls).toHaveLength(1);
    const entry = urls[0];
    expect(entry.querySelector('loc')?.textContent).toBe(`${FIXTURE_SITE_URL}/bai-viet/tin-moi-gia-lap/`);
    expect(entry.getElementsByTagName('news:name')[0].textContent).toBe('Tin Hà Nội');
    expect(entry.getElementsByTagName('news:language')[0].textContent).toBe('vi');
    expect(entry.getElementsByTagName('news:publication_date')[0].textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    expect(entry.getElementsByTagName('news:title')[0].textContent).toBe('Tin mới đăng giả lập & thử nghiệm');
  });
  it('robots.txt points to both sitemaps on the configured site', () => {
    const robots = readFileSync(join(realDist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-news.xml`);
  });
});

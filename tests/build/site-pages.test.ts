// Home, category, tag and 404 pages of the real build (dist/) and of the fixture site.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { fixtureDist, realDist } from '../support/global-setup.ts';
import { siteConfig } from '../../src/site.config.ts';

describe('home page', () => {
  const doc = builtPage(realDist, '/');
  it('reads like a front page: the newest article is the lead story, with its lead and category', () => {
    const card = doc.querySelector('.front .card--featured')!;
    expect(text(card.querySelector('.card__title'))).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(text(card.querySelector('time'))).toBe('13:57 20/01/2021');
    expect(text(card.querySelector('.card__lead'))).toMatch(/^Sáng 20\/01/);
    expect(text(card.querySelector('.card__category'))).toBe('Quận – Huyện');
  });
  it('shows no empty box: a category with nothing new to show is left out (its own page still says it is empty)', () => {
    expect(doc.querySelectorAll('.empty-state')).toHaveLength(0);
    // The one real article is the lead story, so no category has another to show.
    expect(doc.querySelectorAll('.category-block')).toHaveLength(0);
    expect(text(builtPage(realDist, '/chuyen-muc/thoi-su/').querySelector('.empty-state'))).toBe('Chuyên mục này chưa có bài viết nào.');
  });
  it('on a site with more articles: lead story, stories with leads, headlines, then a block per category, no article twice', () => {
    const home = builtPage(fixtureDist, '/');
    const titles = (selector: string) => [...home.querySelectorAll(selector)].map((a) => a.getAttribute('href'));
    expect(titles('.front__main .card--featured .card__title a')).toEqual(['/bai-viet/tin-moi-gia-lap/']);
    const stories = [...home.querySelectorAll('.front__main .article-list .card')];
    expect(stories).toHaveLength(siteConfig.homeStoryCount);
    for (const story of stories) expect(text(story.querySelector('.card__lead'))).not.toBe('');
    expect(home.querySelectorAll('.front__latest .card')).toHaveLength(siteConfig.homeLatestCount - 1 - siteConfig.homeStoryCount);
    const blocks = [...home.querySelectorAll('.category-block')];
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      expect(block.querySelectorAll('.card').length, text(block.querySelector('h3'))).toBeGreaterThan(0);
      expect(block.querySelector('h3 a')?.getAttribute('href')).toMatch(/^\/chuyen-muc\/[\w-]+\/$/);
    }
    const linked = titles('.card__title a');
    expect(new Set(linked).size).toBe(linked.length);
    expect(home.querySelectorAll('.empty-state')).toHaveLength(0);
  });
  it("shows covers: the lead story's big and at once, a story's as a thumbnail, each with its size and alt text", () => {
    const home = builtPage(fixtureDist, '/');
    const photoOf = (href: string) => home.querySelector(`.card__title a[href="${href}"]`)!.closest('.card')!.querySelector('img')!;
    const lead = photoOf('/bai-viet/tin-moi-gia-lap/');
    expect(lead.getAttribute('alt')).toBe('Ảnh bìa tin mới giả lập');
    expect([lead.getAttribute('loading'), lead.getAttribute('fetchpriority')]).toEqual(['eager', 'high']);
    const thumbnail = photoOf('/bai-viet/tim-kiem-dang-uy/');
    expect(thumbnail.getAttribute('alt')).toBe('Ảnh bìa hội nghị giả lập');
    expect(thumbnail.getAttribute('loading')).toBe('lazy');
    for (const photo of [lead, thumbnail]) {
      expect(Number(photo.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(photo.getAttribute('height'))).toBeGreaterThan(0);
      expect(photo.getAttribute('srcset')).toMatch(/\.webp \d+w/);
    }
  });
  it('has the site chrome: skip link, category navigation, search box posting to /tim-kiem/', () => {
    const skip = doc.querySelector('a.skip-link')!;
    expect(skip.getAttribute('href')).toBe('#noi-dung');
    expect(doc.querySelector('main#noi-dung')).not.toBeNull();
    const nav = [...doc.querySelectorAll('nav.site-nav a')].map((a) => a.getAttribute('href'));
    expect(nav).toEqual([
      '/',
      '/chuyen-muc/thoi-su/',
      '/chuyen-muc/quan-huyen/',
      '/chuyen-muc/kinh-te/',
      '/chuyen-muc/van-hoa-xa-hoi/',
      '/chuyen-muc/do-thi/',
    ]);
    const search = doc.querySelector('form[role="search"]')!;
    expect(search.getAttribute('action')).toBe('/tim-kiem/');
    expect(search.getAttribute('method')).toBe('get');
    expect(search.querySelector('input')!.getAttribute('name')).toBe('q');
    // One script, the search box's (~1 KB compressed, with the shard rules it imports).
    const scripts = [...doc.querySelectorAll('script:not([type="application/ld+json"])')].map((el) => el.getAttribute('src'));
    expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/Header\.[^/]+\.js$/)]);
  });
});

describe('category and tag pages', () => {
  it('titles a category page with the category name', () => {
    const doc = builtPage(realDist, '/chuyen-muc/quan-huyen/');
    expect(text(doc.querySelector('h1'))).toBe('Quận – Huyện');
    expect(doc.title).toBe('Quận – Huyện | Tin Hà Nội');
    expect(doc.querySelectorAll('.article-list .card')).toHaveLength(1);
    expect(doc.querySelector('nav.pagination')).toBeNull();
    expect(doc.querySelector('.site-nav a[aria-current="page"]')?.getAttribute('href')).toBe('/chuyen-muc/quan-huyen/');
  });
  it('shows a friendly message on an empty category instead of a broken page', () => {
    const doc = builtPage(realDist, '/chuyen-muc/kinh-te/');
    expect(text(doc.querySelector('.empty-state'))).toBe('Chuyên mục này chưa có bài viết nào.');
  });
  it('has a page per tag', () => {
    const doc = builtPage(realDist, '/chu-de/ba-dinh/');
    expect(text(doc.querySelector('h1'))).toBe('Chủ đề: Ba Đình');
    expect(doc.querySelectorAll('.card')).toHaveLength(1);
  });
});

describe('404 page', () => {
  it('is in Vietnamese, not indexed, and offers a way back', () => {
    const doc = builtPage(realDist, '404.html');
    expect(text(doc.querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
  });
  it('is written as 404.html at the root, where static hosts look for it', () => {
    expect(existsSync(join(realDist, '404.html'))).toBe(true);
  });
});

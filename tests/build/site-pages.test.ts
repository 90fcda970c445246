// Home, category, tag and 404 pages of the real build (dist/).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { realDist } from '../support/global-setup.ts';

describe('home page', () => {
  const doc = builtPage(realDist, '/');
  it('lists the latest articles with title, time, lead and category', () => {
    const card = doc.querySelector('.home-latest .card')!;
    expect(text(card.querySelector('.card__title'))).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(text(card.querySelector('time'))).toBe('13:57 20/01/2021');
    expect(text(card.querySelector('.card__lead'))).toMatch(/^Sáng 20\/01/);
    expect(text(card.querySelector('.card__category'))).toBe('Quận – Huyện');
  });
  it('has a block per category, with a friendly message for empty ones', () => {
    const blocks = [...doc.querySelectorAll('.category-block')];
    expect(blocks.map((b) => text(b.querySelector('h3')))).toEqual(['Thời sự', 'Quận – Huyện', 'Kinh tế', 'Văn hóa – Xã hội', 'Đô thị']);
    expect(text(blocks[0].querySelector('.empty-state'))).toBe('Chuyên mục này chưa có bài viết nào.');
    expect(blocks[1].querySelectorAll('.card')).toHaveLength(1);
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
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
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

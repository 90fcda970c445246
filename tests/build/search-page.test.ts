// The search page's HTML as a browser without JavaScript sees it (jsdom parses with scripting off,
// so <noscript> content becomes elements), and the search index written by the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { realDist } from '../support/global-setup.ts';

describe('search page without JavaScript', () => {
  const doc = builtPage(realDist, '/tim-kiem/');
  it('says plainly that search needs JavaScript', () => {
    expect(text(doc.querySelector('noscript p'))).toMatch(/^Tìm kiếm cần JavaScript/);
  });
  it('still has a plain GET form with the query and the filters', () => {
    const form = doc.querySelector('form[data-search-form]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/tim-kiem/');
    expect([...form.querySelectorAll('[name]')].map((el) => el.getAttribute('name'))).toEqual(['q', 'chuyen-muc', 'nam', 'sap-xep']);
    expect(text(form.querySelector('label[for="search-q"]'))).toBe('Từ khóa');
  });
  it('is a landing page whose every ?q= variant names the bare page canonical, and is not in the search index', () => {
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://tin-ha-noi.example/tim-kiem/');
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('search index in dist/', () => {
  it('is written by the same build command, served from the site itself', () => {
    expect(existsSync(join(realDist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(realDist, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
  it('indexes the article pages only, as Vietnamese', () => {
    const entry = JSON.parse(readFileSync(join(realDist, 'pagefind/pagefind-entry.json'), 'utf8'));
    const languages = Object.entries(entry.languages) as [string, { page_count: number }][];
    expect(languages.map(([lang]) => lang)).toEqual(['vi']);
    expect(languages[0][1].page_count).toBe(1); // the Ba Đình article; listings, 404 and search pages are not indexed
  });
  it('marks only the article body for indexing, with its metadata, filters and sort key', () => {
    const doc = builtPage(realDist, '/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/');
    const body = doc.querySelector('[data-pagefind-body]')!;
    expect(body.tagName).toBe('ARTICLE');
    expect(body.querySelector('form')).toBeNull();
    expect(doc.querySelector('[data-pagefind-meta="title"]')?.textContent).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(doc.querySelector('[data-pagefind-sort]')?.getAttribute('data-pagefind-sort')).toBe('date:2021-01-20T13:57:00+07:00');
    expect([...doc.querySelectorAll('[data-pagefind-filter]')].map((el) => el.getAttribute('data-pagefind-filter'))).toEqual([
      'category:Quận – Huyện',
      'year:2021',
    ]);
    for (const chrome of ['nav.breadcrumb', '.article__meta', '.article__author', '.article__footer', '.figure__missing']) {
      expect(doc.querySelector(chrome)?.closest('[data-pagefind-ignore]'), chrome).not.toBeNull();
    }
  });
});

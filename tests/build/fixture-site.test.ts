// A synthetic fixture site (24 generated "Bài thử nghiệm" articles around the real Ba Đình article):
// pagination, neighbours, tag pages, drafts and scheduled articles, on a real build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { fixtureBuildLog, fixtureDist } from '../support/global-setup.ts';
import { BA_DINH_ID, SYNTHETIC_COUNT, syntheticDate, syntheticId } from '../support/fixture-site.ts';
import { siteConfig } from '../../src/site.config.ts';

const total = SYNTHETIC_COUNT + 1; // the synthetic articles and Ba Đình, all in quan-huyen
const lastPage = Math.ceil(total / siteConfig.pageSize);
const titlesOn = (path: string) =>
  [...builtPage(fixtureDist, path).querySelectorAll('.article-list .card__title a')].map((a) => a.getAttribute('href'));

describe('category pagination', () => {
  it('splits the category into pages of the configured size, newest first', () => {
    expect(lastPage).toBeGreaterThanOrEqual(3);
    const pages = Array.from({ length: lastPage }, (_, i) =>
      titlesOn(i === 0 ? '/chuyen-muc/quan-huyen/' : `/chuyen-muc/quan-huyen/${i + 1}/`),
    );
    expect(pages.slice(0, -1).every((p) => p.length === siteConfig.pageSize)).toBe(true);
    expect(pages.flat()).toHaveLength(total);
    expect(new Set(pages.flat()).size).toBe(total);
    expect(pages[0][0]).toBe(`/bai-viet/${syntheticId(SYNTHETIC_COUNT)}/`);
    expect(existsSync(join(fixtureDist, `chuyen-muc/quan-huyen/${lastPage + 1}/index.html`))).toBe(false);
    expect(existsSync(join(fixtureDist, 'chuyen-muc/quan-huyen/1/index.html'))).toBe(false);
  });
  it('links pages with previous/next and titles them with their number', () => {
    const first = builtPage(fixtureDist, '/chuyen-muc/quan-huyen/');
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/chuyen-muc/quan-huyen/2/');
    const second = builtPage(fixtureDist, '/chuyen-muc/quan-huyen/2/');
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/chuyen-muc/quan-huyen/');
    expect(second.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/chuyen-muc/quan-huyen/3/');
    expect(second.title).toBe('Quận – Huyện – Trang 2 | Tin Hà Nội');
    expect(text(second.querySelector('h1'))).toBe(`Quận – Huyện – Trang 2/${lastPage}`);
    const last = builtPage(fixtureDist, `/chuyen-muc/quan-huyen/${lastPage}/`);
    expect(last.querySelector('a[rel="next"]')).toBeNull();
  });
  it('paginates tag pages the same way', () => {
    const tagFirst = builtPage(fixtureDist, '/chu-de/du-lieu-thu-nghiem/');
    expect(tagFirst.querySelectorAll('.card')).toHaveLength(siteConfig.pageSize);
    expect(tagFirst.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/chu-de/du-lieu-thu-nghiem/2/');
    // The synthetic articles and the corrected one carry the tag.
    expect(builtPage(fixtureDist, '/chu-de/du-lieu-thu-nghiem/3/').querySelectorAll('.card')).toHaveLength(
      SYNTHETIC_COUNT + 1 - 2 * siteConfig.pageSize,
    );
  });
});

describe('newer and older articles of the same category', () => {
  const doc = builtPage(fixtureDist, `/bai-viet/${BA_DINH_ID}/`);
  const baDinh = new Date('2021-01-20T13:57:00+07:00').getTime();
  const byDate = Array.from({ length: SYNTHETIC_COUNT }, (_, i) => i + 1);
  const newer = byDate.filter((n) => new Date(syntheticDate(n)).getTime() > baDinh);
  const older = byDate.filter((n) => new Date(syntheticDate(n)).getTime() < baDinh).reverse();
  const listed = (heading: string) => {
    const section = [...doc.querySelectorAll('.related__group')].find((s) => text(s.querySelector('h2')) === heading)!;
    return [...section.querySelectorAll('.card__title a')].map((a) => a.getAttribute('href'));
  };
  it('lists "Các bài mới đăng": the nearest newer articles first', () => {
    expect(listed('Các bài mới đăng')).toEqual(newer.slice(0, siteConfig.neighbourCount).map((n) => `/bai-viet/${syntheticId(n)}/`));
  });
  it('lists "Các bài đã đăng": the nearest older articles first', () => {
    expect(listed('Các bài đã đăng')).toEqual(older.slice(0, siteConfig.neighbourCount).map((n) => `/bai-viet/${syntheticId(n)}/`));
  });
});

describe('drafts, scheduled articles and updates', () => {
  it('leaves drafts and future articles out of the build', () => {
    expect(existsSync(join(fixtureDist, 'bai-viet/ban-nhap-thu-nghiem/index.html'))).toBe(false);
    expect(existsSync(join(fixtureDist, 'bai-viet/bai-hen-gio-thu-nghiem/index.html'))).toBe(false);
    const all = [...Array(lastPage).keys()].flatMap((i) => titlesOn(i ? `/chuyen-muc/quan-huyen/${i + 1}/` : '/chuyen-muc/quan-huyen/'));
    expect(all.some((href) => /ban-nhap|hen-gio/.test(href!))).toBe(false);
  });
  it('says in the build log which articles it left out, and why', () => {
    const log = readFileSync(fixtureBuildLog, 'utf8');
    expect(log).toMatch(/bỏ qua 2 bài/);
    expect(log).toMatch(/articles\/2021\/ban-nhap-thu-nghiem\.mdx: bản nháp/);
    expect(log).toMatch(/articles\/2021\/bai-hen-gio-thu-nghiem\.mdx: hẹn giờ đăng lúc 08:00 01\/01\/2099/);
  });
  it('shows the updated time when an article has one', () => {
    const doc = builtPage(fixtureDist, `/bai-viet/${syntheticId(3)}/`);
    const updated = doc.querySelector('.article__updated time')!;
    expect(updated.textContent).toBe('09:30 01/02/2021');
    expect(updated.getAttribute('datetime')).toBe('2021-02-01T09:30:00+07:00');
  });
  it('builds plain Markdown (.md) articles as well as MDX', () => {
    expect(existsSync(join(fixtureDist, `bai-viet/${syntheticId(1)}/index.html`))).toBe(true);
    const doc = builtPage(fixtureDist, `/bai-viet/${syntheticId(1)}/`);
    expect(text(doc.querySelector('.article__body h2'))).toBe('Mục giả lập');
    expect(text(doc.querySelector('.article__reading-time'))).toBe('1 phút đọc');
  });
});

// The Ba Đình article as built into dist/: parsed with a real HTML parser and read like a reader would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { realDist } from '../support/global-setup.ts';
import { BA_DINH_ID } from '../support/fixture-site.ts';
import { fixTypography } from '../../tools/editors/typography.ts';
import { siteConfig } from '../../src/site.config.ts';

const doc = builtPage(realDist, `/bai-viet/${BA_DINH_ID}/`);
const dump = readFileSync(new URL('../fixtures/legacy/000_0d86179cd3a6a5de.txt', import.meta.url), 'utf8');

describe('Ba Đình article page', () => {
  it('is a Vietnamese UTF-8 page with the article title', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(text(doc.querySelector('h1'))).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(doc.title).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021 | Tin Hà Nội');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('shows the published time as the legacy portal did, in Vietnam time', () => {
    const time = doc.querySelector('.article__published time')!;
    expect(time.textContent).toBe('13:57 20/01/2021');
    expect(time.getAttribute('datetime')).toBe('2021-01-20T13:57:00+07:00');
    expect(doc.querySelector('.article__updated')).toBeNull();
    expect(text(doc.querySelector('.article__reading-time'))).toMatch(/^\d+ phút đọc$/);
  });

  it('sets the lead apart, starting with its source tag', () => {
    const lead = doc.querySelector('.article__lead')!;
    expect(text(lead)).toMatch(/^HNP - Sáng 20\/01, Quận ủy-HĐND-UBND-Ủy ban MTTQ quận Ba Đình/);
    expect(text(lead.querySelector('.article__source'))).toBe('HNP -');
    expect(lead.closest('.article__body')).toBeNull();
  });

  it('keeps both photo captions, as figures whose missing photos are visible and not broken images', () => {
    const figures = [...doc.querySelectorAll('.article__body figure')];
    expect(figures.map((f) => text(f.querySelector('figcaption')))).toEqual([
      'Chủ tịch UBND TP Chu Ngọc Anh phát biểu tại hội nghị',
      'Các tập thể được UBND quận khen thưởng',
    ]);
    for (const figure of figures) {
      expect(figure.hasAttribute('data-missing-photo')).toBe(true);
      expect(figure.querySelector('img')).toBeNull();
    }
    expect(doc.querySelectorAll('img:not([src]), img[src=""]')).toHaveLength(0);
  });

  it("carries every paragraph and figure of the original body (with only the typography lint's spacing fixes)", () => {
    const body = text(doc.querySelector('.article__body'));
    for (const figure of ['73.616 tỷ đồng', '7.140,35 tỷ đồng', '102,71%', '6.402/6.200 người', '75 TTHC', 'VH&TT', '193 cá nhân']) {
      expect(body).toContain(figure);
    }
    const paragraphs = dump
      .split('\n')
      .map((l) => l.replace(/\u00a0/g, ' ').trim())
      .filter((l) => l.length > 200);
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs.slice(1)) expect(body).toContain(fixTypography(p));
    expect(body).toContain('6.951,92 tỷ đồng đạt 102,71% dự toán Thành phố giao');
  });

  it('signs the article with its author', () => {
    expect(text(doc.querySelector('.article__author'))).toBe('Tác giả: Thu Uyên');
  });

  it('leads back to its category with a breadcrumb', () => {
    const crumbs = [...doc.querySelectorAll('nav.breadcrumb a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(crumbs).toEqual([
      ['Trang chủ', '/'],
      ['Quận – Huyện', '/chuyen-muc/quan-huyen/'],
    ]);
  });

  it('links its tags to tag pages', () => {
    expect([...doc.querySelectorAll('.tags a')].map((a) => a.getAttribute('href'))).toEqual([
      '/chu-de/ba-dinh/',
      '/chu-de/thi-dua-khen-thuong/',
    ]);
  });

  it('has the comment form with the legacy fields, and no legacy captcha', () => {
    const form = doc.querySelector('form[data-comment-form]')!;
    const labels = [...form.querySelectorAll('label')].map((l) => text(l)).filter((l) => !l.startsWith('Để trống'));
    expect(labels).toEqual(['Họ tên * (bắt buộc)', 'Số điện thoại', 'Tiêu đề * (bắt buộc)', 'Nội dung * (bắt buộc)']);
    expect(form.querySelector<HTMLInputElement>('[name="articleId"]')!.value).toBe(BA_DINH_ID);
    expect(form.getAttribute('method')).toBe('post');
  });

  it("loads two scripts, the article page's (comment form, share button, the category's newest) and the header's search box's, and nothing from another origin", () => {
    const scripts = [...doc.querySelectorAll('script:not([type="application/ld+json"])')].map((el) => el.getAttribute('src')!).sort();
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^\/_astro\/ArticleLayout\.[^/]+\.js$/);
    expect(scripts[1]).toMatch(/^\/_astro\/Header\.[^/]+\.js$/);
    const external = [...doc.querySelectorAll('[src], link[href]')]
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
      .filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith(`${siteConfig.defaultUrl}/`));
    expect(external).toEqual([]);
  });

  it('has no mojibake or replacement characters from the legacy dump', () => {
    const html = doc.documentElement.outerHTML;
    expect(html).not.toMatch(/\uFFFD|L\?y l\?i|b\?o m\?t|Ã.|Ä‘/);
  });
});

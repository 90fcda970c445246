import { describe, expect, it } from 'vitest';
import LatestNews from '../../src/components/LatestNews.astro';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('LatestNews', () => {
  it("renders the category's heading and a link to it, and tells the script where the list is and what to leave out", async () => {
    const doc = await renderComponent(LatestNews, {
      src: '/chuyen-muc/kinh-te/tin-moi.json',
      current: '/bai-viet/x/',
      count: 5,
      categoryName: 'Kinh tế',
      categoryHref: '/chuyen-muc/kinh-te/',
    });
    const section = doc.querySelector('[data-latest-news]')!;
    expect(section.getAttribute('data-src')).toBe('/chuyen-muc/kinh-te/tin-moi.json');
    expect(section.getAttribute('data-current')).toBe('/bai-viet/x/');
    expect(text(section.querySelector('h2'))).toBe('Tin mới Kinh tế');
    expect(text(section.querySelector('[data-latest-news-list] a'))).toBe('Xem tin mới trong chuyên mục Kinh tế');
  });
});

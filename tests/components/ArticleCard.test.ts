import { describe, expect, it } from 'vitest';
import ArticleCard from '../../src/components/ArticleCard.astro';
import { PUBLISHED, renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('ArticleCard', () => {
  const card = {
    href: '/bai-viet/x/',
    title: 'Tiêu đề thử',
    publishedAt: PUBLISHED,
    lead: 'Đoạn mở đầu thử.',
    categoryName: 'Quận – Huyện',
    categoryHref: '/chuyen-muc/quan-huyen/',
  };
  it('renders title link, time, category link and lead, at the heading level asked for', async () => {
    const doc = await renderComponent(ArticleCard, { article: card, headingLevel: 2 });
    expect(doc.querySelector('h2 a')?.getAttribute('href')).toBe('/bai-viet/x/');
    expect(text(doc.querySelector('h2'))).toBe('Tiêu đề thử');
    expect(doc.querySelector('time')?.textContent).toBe('13:57 20/01/2021');
    expect(doc.querySelector('a.card__category')?.getAttribute('href')).toBe('/chuyen-muc/quan-huyen/');
    expect(text(doc.querySelector('.card__lead'))).toBe('Đoạn mở đầu thử.');
  });
  it('shows a photo beside the text, lazily, or on top and at once for the lead story', async () => {
    const photo = { src: '/_astro/a.webp', srcset: '/_astro/a-160.webp 160w', sizes: '8rem', width: 160, height: 107, alt: 'Ảnh giả lập' };
    const thumbnail = (await renderComponent(ArticleCard, { article: { ...card, photo } })).querySelector('img')!;
    expect([thumbnail.getAttribute('alt'), thumbnail.getAttribute('loading'), thumbnail.getAttribute('fetchpriority')]).toEqual([
      'Ảnh giả lập',
      'lazy',
      null,
    ]);
    const featured = await renderComponent(ArticleCard, { article: { ...card, photo }, featured: true, eager: true });
    expect(featured.querySelector('.card--featured img')?.getAttribute('fetchpriority')).toBe('high');
    expect((await renderComponent(ArticleCard, { article: card })).querySelector('img')).toBeNull();
  });
  it('can leave the lead out', async () => {
    const doc = await renderComponent(ArticleCard, { article: card, showLead: false });
    expect(doc.querySelector('.card__lead')).toBeNull();
  });
});

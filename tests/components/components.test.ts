// Components rendered through Astro's Container API and parsed as HTML.
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Timestamp from '../../src/components/Timestamp.astro';
import ArticleCard from '../../src/components/ArticleCard.astro';
import ArticleList from '../../src/components/ArticleList.astro';
import Figure from '../../src/components/Figure.astro';
import Breadcrumb from '../../src/components/Breadcrumb.astro';
import Pagination from '../../src/components/Pagination.astro';
import CommentForm from '../../src/components/CommentForm.astro';
import { parseHtml, text } from '../support/html.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown> = {}) =>
  parseHtml(await container.renderToString(component, { props }));

const published = new Date('2021-01-20T13:57:00+07:00');

describe('Timestamp', () => {
  it('renders Vietnam time with a machine-readable +07:00 datetime', async () => {
    const doc = await render(Timestamp, { date: published, label: 'Đăng lúc' });
    const time = doc.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2021-01-20T13:57:00+07:00');
    expect(time.textContent).toBe('13:57 20/01/2021');
    expect(text(doc.body)).toBe('Đăng lúc 13:57 20/01/2021');
  });
});

describe('ArticleCard and ArticleList', () => {
  const card = {
    href: '/bai-viet/x/',
    title: 'Tiêu đề thử',
    publishedAt: published,
    lead: 'Đoạn mở đầu thử.',
    categoryName: 'Quận – Huyện',
    categoryHref: '/chuyen-muc/quan-huyen/',
  };
  it('renders title link, time, category link and lead, at the heading level asked for', async () => {
    const doc = await render(ArticleCard, { article: card, headingLevel: 2 });
    expect(doc.querySelector('h2 a')?.getAttribute('href')).toBe('/bai-viet/x/');
    expect(text(doc.querySelector('h2'))).toBe('Tiêu đề thử');
    expect(doc.querySelector('time')?.textContent).toBe('13:57 20/01/2021');
    expect(doc.querySelector('a.card__category')?.getAttribute('href')).toBe('/chuyen-muc/quan-huyen/');
    expect(text(doc.querySelector('.card__lead'))).toBe('Đoạn mở đầu thử.');
  });
  it('can leave the lead out', async () => {
    const doc = await render(ArticleCard, { article: card, showLead: false });
    expect(doc.querySelector('.card__lead')).toBeNull();
  });
  it('shows the friendly message instead of an empty list', async () => {
    const doc = await render(ArticleList, { articles: [], emptyMessage: 'Chưa có bài.' });
    expect(doc.querySelector('ul')).toBeNull();
    expect(text(doc.querySelector('.empty-state'))).toBe('Chưa có bài.');
  });
});

describe('Figure', () => {
  it('keeps the caption of a photo the archive lost, with a visible placeholder and no <img>', async () => {
    const doc = await render(Figure, { caption: 'Các tập thể được UBND quận khen thưởng' });
    const figure = doc.querySelector('figure')!;
    expect(figure.hasAttribute('data-missing-photo')).toBe(true);
    expect(figure.querySelector('img')).toBeNull();
    expect(text(figure.querySelector('.figure__missing-label'))).toBe('Ảnh chưa có');
    expect(text(figure.querySelector('figcaption'))).toBe('Các tập thể được UBND quận khen thưởng');
  });
  it('renders a photo with alt text, lazy loading and the credit in the caption', async () => {
    const doc = await render(Figure, {
      src: '/anh/thu.jpg',
      alt: 'Hội nghị',
      caption: 'Toàn cảnh',
      credit: 'Ảnh: Thu Uyên',
      width: 800,
      height: 533,
    });
    const img = doc.querySelector('figure img')!;
    expect(img.getAttribute('alt')).toBe('Hội nghị');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('width')).toBe('800');
    expect(doc.querySelector('figure')!.hasAttribute('data-missing-photo')).toBe(false);
    expect(text(doc.querySelector('figcaption'))).toBe('Toàn cảnh (Ảnh: Thu Uyên)');
  });
});

describe('Breadcrumb and Pagination', () => {
  it('links every step but the current page', async () => {
    const doc = await render(Breadcrumb, {
      items: [{ name: 'Trang chủ', href: '/' }, { name: 'Kinh tế', href: '/chuyen-muc/kinh-te/' }, { name: 'Bài' }],
    });
    expect([...doc.querySelectorAll('nav ol li a')].map((a) => a.getAttribute('href'))).toEqual(['/', '/chuyen-muc/kinh-te/']);
    expect(text(doc.querySelector('[aria-current="page"]'))).toBe('Bài');
  });
  it('shows previous/next links and the position, and nothing for a single page', async () => {
    const middle = await render(Pagination, { currentPage: 2, lastPage: 3, prevUrl: '/chuyen-muc/x/', nextUrl: '/chuyen-muc/x/3/' });
    expect(middle.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/chuyen-muc/x/');
    expect(middle.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/chuyen-muc/x/3/');
    expect(text(middle.querySelector('.pagination__position'))).toBe('Trang 2/3');
    const single = await render(Pagination, { currentPage: 1, lastPage: 1 });
    expect(single.querySelector('nav')).toBeNull();
  });
});

describe('CommentForm', () => {
  const props = {
    articleId: 'bai-x',
    fallbackAction: '/binh-luan/chua-ket-noi/',
    limits: { nameMax: 100, titleMax: 150, bodyMax: 2000 },
    minimumFillMs: 3000,
  };
  it('has the legacy fields with labels, required marks and HTML validation that works without JS', async () => {
    const doc = await render(CommentForm, props);
    const field = (name: string) => doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const label = (name: string) => text(doc.querySelector(`label[for="${field(name).id}"]`));
    expect(label('name')).toBe('Họ tên * (bắt buộc)');
    expect(label('phone')).toBe('Số điện thoại');
    expect(label('title')).toBe('Tiêu đề * (bắt buộc)');
    expect(label('body')).toBe('Nội dung * (bắt buộc)');
    expect(field('name').required && field('title').required && field('body').required).toBe(true);
    expect(field('phone').required).toBe(false);
    expect(field('phone').getAttribute('pattern')).toBeTruthy();
    expect(field('body').getAttribute('maxlength')).toBe('2000');
    expect(field('articleId').value).toBe('bai-x');
  });
  it('has a honeypot hidden from people and assistive technology, and no image captcha', async () => {
    const doc = await render(CommentForm, props);
    const trap = doc.querySelector('[name="website"]')!;
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(doc.body.innerHTML).not.toMatch(/Mã xác nhận|captcha/i);
  });
  it('without an endpoint, says comments are not connected and falls back to the explanation page', async () => {
    const doc = await render(CommentForm, props);
    expect(doc.querySelector('form')!.getAttribute('action')).toBe('/binh-luan/chua-ket-noi/');
    expect(text(doc.querySelector('[data-comments-not-connected]'))).toMatch(/chưa được kết nối/);
    expect(JSON.parse(doc.querySelector('form')!.getAttribute('data-config')!).endpoint).toBe('');
  });
  it('with an endpoint, posts there and drops the notice', async () => {
    const doc = await render(CommentForm, { ...props, endpoint: 'https://binh-luan.example/api' });
    expect(doc.querySelector('form')!.getAttribute('action')).toBe('https://binh-luan.example/api');
    expect(doc.querySelector('[data-comments-not-connected]')).toBeNull();
  });
});

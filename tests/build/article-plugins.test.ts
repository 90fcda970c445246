// The rehype plugins and MDX components on a real build (the fixture's components article).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { fixtureContent, fixtureDist } from '../support/global-setup.ts';

const doc = builtPage(fixtureDist, '/bai-viet/bai-thu-nghiem-thanh-phan/');
const body = doc.querySelector('.article__body')!;

describe('rehype plugins', () => {
  it('marks external links and keeps internal ones plain', () => {
    const external = body.querySelector('a[href^="https://example.com"]')!;
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(external.classList.contains('external-link')).toBe(true);
    expect(text(external.querySelector('.visually-hidden'))).toBe('(liên kết ngoài, mở trang khác)');
    const internal = body.querySelector('a[href="/bai-viet/bai-thu-nghiem-so-01/"]')!;
    expect(internal.hasAttribute('rel')).toBe(false);
  });
  it('gives headings stable ids folded from Vietnamese, unique within the article', () => {
    expect([...body.querySelectorAll('h2')].map((h) => h.id)).toEqual(['muc-thu-nhat-co-dau', 'muc-thu-nhat-co-dau-2']);
  });
  it('loads body images lazily with their dimensions, and makes a titled image a figure', () => {
    const figure = [...body.querySelectorAll('figure')].find((f) => text(f.querySelector('figcaption')) === 'Chú thích ảnh giả lập')!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Biểu tượng của trang');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('width')).toBe('32');
    expect(img.getAttribute('height')).toBe('32');
    expect(img.hasAttribute('title')).toBe(false);
  });
});

describe('MDX components editors use without imports', () => {
  it('PullQuote', () => {
    expect(text(body.querySelector('.pull-quote blockquote'))).toBe('Câu trích dẫn giả lập.');
    expect(text(body.querySelector('.pull-quote figcaption'))).toBe('— Nhân vật giả lập');
  });
  it('Callout', () => {
    const callout = body.querySelector('aside.callout')!;
    expect(callout.getAttribute('aria-label')).toBe('Thông tin thêm');
    expect(text(callout.querySelector('.callout__body'))).toBe('Nội dung hộp giả lập.');
  });
  it('VideoEmbed loads no video until clicked: a link to the file, published beside the page; no <video> or <iframe>', () => {
    const play = body.querySelector('a.video__play')!;
    expect(play.getAttribute('href')).toBe('./anh/video-gia-lap.mp4');
    const published = join(fixtureDist, 'bai-viet/bai-thu-nghiem-thanh-phan/anh/video-gia-lap.mp4');
    expect(readFileSync(published)).toEqual(readFileSync(join(fixtureContent, 'articles/2021/anh/video-gia-lap.mp4')));
    expect(text(play)).toBe('▶ Xem video: Video giả lập');
    expect(body.querySelector('video, iframe')).toBeNull();
  });
  it('the page that has a video loads the script that plays it; pages without one do not', () => {
    const script = /<script type="module" src="\/_astro\/VideoPlayer[^"]*"/;
    expect(readFileSync(join(fixtureDist, 'bai-viet/bai-thu-nghiem-thanh-phan/index.html'), 'utf8')).toMatch(script);
    expect(readFileSync(join(fixtureDist, 'bai-viet/bai-thu-nghiem-so-01/index.html'), 'utf8')).not.toMatch(script);
  });
  it('Figure with an imported photo: optimised, responsive, sized, lazy', () => {
    const figure = [...body.querySelectorAll('figure')].find((f) => text(f.querySelector('figcaption')).startsWith('Ảnh tối ưu giả lập'))!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Ảnh màu đỏ giả lập');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/anh-gia-lap\.[\w-]+\.webp$/);
    expect(img.getAttribute('srcset')).toMatch(/400w.*800w.*1200w/);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    expect(text(figure.querySelector('figcaption'))).toBe('Ảnh tối ưu giả lập (Ảnh: Giả lập)');
  });
  it('Figure with a photo, caption and credit', () => {
    const figure = [...body.querySelectorAll('figure')].find((f) => text(f.querySelector('figcaption')).startsWith('Ảnh giả lập'))!;
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Biểu tượng');
    expect(text(figure.querySelector('figcaption'))).toBe('Ảnh giả lập (Ảnh: Giả lập)');
  });
});

// Article bodies rendered once by the loader and kept out of Astro's content store
// (src/loaders/article-bodies.ts), Markdown and MDX alike, on a real build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { fixtureDist } from '../support/global-setup.ts';
import { BA_DINH_ID } from '../support/fixture-site.ts';
import { astroCacheDirOf } from '../support/build-site.ts';

const cache = astroCacheDirOf(fixtureDist);
const store = readFileSync(join(cache, 'data-store.json'), 'utf8');
const bodies = readdirSync(join(cache, 'article-bodies'));

describe('Markdown bodies on disk', () => {
  it('render in full on the article page, from a body file, not from the content store', () => {
    const doc = builtPage(fixtureDist, '/bai-viet/bai-thu-nghiem-so-01/');
    const body = doc.querySelector('.article__body')!;
    expect(text(body.querySelector('p'))).toBe('Đoạn văn giả lập của bài thử nghiệm số 1.');
    expect(body.querySelector('h2')?.id).toBe('muc-gia-lap');
    expect(text(doc.querySelector('.article__reading-time'))).toMatch(/phút đọc/);
    expect(bodies).toContain('bai-thu-nghiem-so-01.html');
    expect(store).not.toContain('Đoạn văn giả lập của bài thử nghiệm số 1.');
  });
  it('leave a Markdown body with a local photo to Astro, which optimises the photo', () => {
    const doc = builtPage(fixtureDist, '/bai-viet/bai-thu-nghiem-anh-markdown/');
    const img = doc.querySelector('.article__body img')!;
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/anh-gia-lap\.[\w-]+\.webp$/);
    expect(img.getAttribute('alt')).toBe('Ảnh màu đỏ giả lập');
    expect(text(doc.querySelector('.article__body figcaption'))).toBe('Chú thích ảnh Markdown giả lập');
    expect(existsSync(join(fixtureDist, img.getAttribute('src')!))).toBe(true);
    expect(bodies).not.toContain('bai-thu-nghiem-anh-markdown.html');
  });
  it('MDX articles are rendered by the loader like Markdown, never compiled into modules', () => {
    const doc = builtPage(fixtureDist, `/bai-viet/${BA_DINH_ID}/`);
    expect(doc.querySelectorAll('.article__body figure[data-missing-photo] figcaption')).toHaveLength(2);
    expect(bodies).toContain(`${BA_DINH_ID}.html`);
    // A compiled MDX entry is marked for deferred rendering by a module of its own.
    expect(store).not.toMatch(/deferredRender/);
  });
  it('a cover photo: above the body, optimised in the widths body photos have, loaded at once', () => {
    const doc = builtPage(fixtureDist, '/bai-viet/bai-thu-nghiem-anh-markdown/');
    const cover = doc.querySelector('.article > figure.figure img')!;
    expect(cover.getAttribute('alt')).toBe('Ảnh bìa màu đỏ giả lập');
    expect(cover.getAttribute('srcset')).toMatch(/400w.*800w.*1200w/);
    expect([cover.getAttribute('loading'), cover.getAttribute('fetchpriority')]).toEqual(['eager', 'high']);
    expect(existsSync(join(fixtureDist, cover.getAttribute('src')!))).toBe(true);
  });
  it('every built article without photos has its body file', () => {
    const md = readdirSync(join(fixtureDist, 'bai-viet')).filter((slug) => bodies.includes(`${slug}.html`));
    expect(md.length).toBeGreaterThan(10);
    for (const slug of md)
      expect(text(builtPage(fixtureDist, `/bai-viet/${slug}/`).querySelector('.article__body')).length, slug).toBeGreaterThan(10);
  });
});

// The share image step on tiny built sites, with the real Satori and sharp.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { shareCardOfPage, updateShareImages } from '../../tools/build/share-images.ts';

const head = (image: string, title: string, section = 'Quận – Huyện') =>
  `<!doctype html><html lang="vi"><head><meta property="og:title" content="${title}"><meta property="og:image" content="${image}">` +
  `<meta property="article:section" content="${section}"></head><body></body></html>`;

describe('shareCardOfPage', () => {
  it("reads the card from the head of a page whose share image is its own, decoding Astro's escapes", () => {
    const html = head('https://x.example/bai-viet/a/anh-chia-se.png', 'Tin &quot;nóng&quot; &amp; mới &#39;giả lập&#39;');
    expect(shareCardOfPage(html)).toEqual({ title: 'Tin "nóng" & mới \'giả lập\'', category: 'Quận – Huyện' });
  });
  it('gives none for a page whose share image is its cover, or a page that is no article', () => {
    expect(shareCardOfPage(head('https://x.example/_astro/bia.jpg', 'Có ảnh bìa'))).toBeUndefined();
    expect(shareCardOfPage('<html><head></head></html>')).toBeUndefined();
  });
  it("keeps nothing of the page: a build keeps every article's card, and must not keep every page with it", () => {
    // A title cut out of the page by a regular expression is a V8 "sliced string" holding the whole page:
    // a cold build of 100,000 articles held them all (a 4 GB heap, out of memory).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const body = `<body>${'Nội dung bài viết giả lập. '.repeat(20_000)}</body>`; // ~1 MB of text
    const pages = 60;
    gc();
    const before = process.memoryUsage().heapUsed;
    const cards = Array.from({ length: pages }, (_, i) =>
      shareCardOfPage(head('https://x.example/bai-viet/a/anh-chia-se.png', `Tiêu đề bài viết giả lập số ${i}`) + body + i),
    );
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    expect(cards[7]).toEqual({ title: 'Tiêu đề bài viết giả lập số 7', category: 'Quận – Huyện' });
    expect(kept).toBeLessThan(10_000_000);
  });
});

describe('updateShareImages', () => {
  const site = mkdtempSync(join(tmpdir(), 'share-site-'));
  const state = join(site, '..', `${site.split('/').pop()}-state.json`);
  const cacheDir = `${site}-images`;
  afterAll(() => [site, state, cacheDir].forEach((p) => rmSync(p, { recursive: true, force: true })));
  const page = (slug: string, html: string) => {
    mkdirSync(join(site, 'bai-viet', slug), { recursive: true });
    writeFileSync(join(site, 'bai-viet', slug, 'index.html'), html);
  };
  const image = (slug: string) => join(site, 'bai-viet', slug, 'anh-chia-se.png');
  const run = () => updateShareImages(site, { previousState: state, nextState: state, parallel: 1, cacheDir });
  /** The cache's files, each as the bytes of the image placed from it, by article (or "(not shown)"). */
  const cached = () => {
    const shownBy = (png: Buffer) =>
      ['bai-a', 'bai-b', 'bai-c'].find((slug) => existsSync(image(slug)) && readFileSync(image(slug)).equals(png)) ?? '(not shown)';
    return readdirSync(cacheDir)
      .map((file) => shownBy(readFileSync(join(cacheDir, file))))
      .sort();
  };

  it('draws each card once, places it beside its page, and keeps what did not change', async () => {
    page('bai-a', head('https://x.example/bai-viet/bai-a/anh-chia-se.png', 'Bài A giả lập'));
    page('bai-b', head('https://x.example/bai-viet/bai-b/anh-chia-se.png', 'Bài B giả lập, tiêu đề dài hơn nhiều để xuống dòng'));
    page('bai-c', head('https://x.example/_astro/bia.jpg', 'Bài C có ảnh bìa'));
    const first = await run();
    expect(first.written.sort()).toEqual(['bai-viet/bai-a/anh-chia-se.png', 'bai-viet/bai-b/anh-chia-se.png']);
    expect(existsSync(image('bai-c'))).toBe(false);
    const png = readFileSync(image('bai-a'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.equals(readFileSync(image('bai-b')))).toBe(false);

    expect(await run()).toMatchObject({ drawn: 0, written: [], removed: [], uncached: 0 });
    expect(cached()).toEqual(['bai-a', 'bai-b']);
  }, 60_000);

  it('draws again when the title changes, and removes an image whose page is gone or has a cover now', async () => {
    const before = statSync(image('bai-a')).ino;
    page('bai-a', head('https://x.example/bai-viet/bai-a/anh-chia-se.png', 'Bài A giả lập, đã sửa tiêu đề'));
    rmSync(join(site, 'bai-viet', 'bai-b', 'index.html'));
    page('bai-c', head('https://x.example/bai-viet/bai-c/anh-chia-se.png', 'Bài C giả lập, bỏ ảnh bìa'));
    const result = await run();
    expect(result.drawn).toBe(2);
    expect(result.written.sort()).toEqual(['bai-viet/bai-a/anh-chia-se.png', 'bai-viet/bai-c/anh-chia-se.png']);
    expect(result.removed).toEqual(['bai-viet/bai-b/anh-chia-se.png']);
    expect(statSync(image('bai-a')).ino).not.toBe(before);
    expect(existsSync(join(site, 'bai-viet', 'bai-b'))).toBe(false);
    // The cards of A's old title and of the deleted B leave the cache: a CI keeps it between builds.
    expect(result.uncached).toBe(2);
    expect(cached()).toEqual(['bai-a', 'bai-c']);

    page('bai-c', head('https://x.example/_astro/bia-moi.jpg', 'Bài C giả lập, có ảnh bìa lại'));
    expect(await run()).toMatchObject({ drawn: 0, written: [], removed: ['bai-viet/bai-c/anh-chia-se.png'], uncached: 1 });
    expect(existsSync(image('bai-c'))).toBe(false);
    expect(cached()).toEqual(['bai-a']);

    // A change that leaves every card as it was (a typo in a body) does not list the cache: a file
    // left there by something else stays until a card changes.
    writeFileSync(join(cacheDir, 'khong-phai-the.png'), 'giả lập');
    page('bai-a', `${head('https://x.example/bai-viet/bai-a/anh-chia-se.png', 'Bài A giả lập, đã sửa tiêu đề')}<!-- thân bài đã sửa -->`);
    expect(await run()).toMatchObject({ drawn: 0, written: [], removed: [], uncached: 0 });
    expect(cached()).toEqual(['(not shown)', 'bai-a']);
    page('bai-a', head('https://x.example/bai-viet/bai-a/anh-chia-se.png', 'Bài A giả lập, sửa tiêu đề lần hai'));
    expect(await run()).toMatchObject({ drawn: 1, uncached: 2 });
    expect(cached()).toEqual(['bai-a']);
  }, 60_000);

  it('does not look at pages the build says it did not write, unless the state cannot say which image they have', async () => {
    const title = 'Bài A giả lập, sửa lần nữa';
    page('bai-a', head('https://x.example/bai-viet/bai-a/anh-chia-se.png', title));
    const unchangedPages = new Set(['bai-viet/bai-a/index.html']);
    // Told it is unchanged, the step keeps what the state says of it: the page is not read.
    expect(await updateShareImages(site, { previousState: state, nextState: state, parallel: 1, cacheDir, unchangedPages })).toMatchObject({
      drawn: 0,
      written: [],
    });
    // The images' cache moved (or the drawing code changed): every page is looked at again.
    const movedCache = `${cacheDir}-moved`;
    const moved = await updateShareImages(site, {
      previousState: state,
      nextState: state,
      parallel: 1,
      cacheDir: movedCache,
      unchangedPages,
    });
    rmSync(movedCache, { recursive: true, force: true });
    expect(moved.drawn).toBe(1);
    expect(moved.written).toEqual(['bai-viet/bai-a/anh-chia-se.png']);
    // Not said to be unchanged: read, and drawn with its new title.
    expect(await run()).toMatchObject({ drawn: 1, written: ['bai-viet/bai-a/anh-chia-se.png'] });
  }, 60_000);
});

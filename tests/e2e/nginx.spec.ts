// What operators deploy: dist/ served by the real nginx with deploy/nginx's server block (headers,
// caching, 404, compression), and the site working under it in Chromium.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { PORTS } from '../../playwright.config.ts';
import { failuresOf, watch } from '../support/browser-gates.ts';
import { parseHeadersFile, headersFor } from '../../src/lib/security-headers.ts';

const NGINX = `http://127.0.0.1:${PORTS.nginx}`;
const BA_DINH = '/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/';
const expected = headersFor(parseHeadersFile(readFileSync('dist/_headers', 'utf8')), '/');

test('pages carry the same security headers as dist/_headers, compressed, in UTF-8', async ({ request }) => {
  const response = await request.get(`${NGINX}${BA_DINH}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], name).toBe(value);
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers['cache-control']).toBe('no-cache');
});

test('hashed assets and the Pagefind index are cached for a year; Pagefind entry files briefly', async ({ request }) => {
  const html = await (await request.get(`${NGINX}${BA_DINH}`)).text();
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1];
  expect((await request.get(`${NGINX}${css}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const manifest = await request.get(`${NGINX}/pagefind/shards.json`);
  expect(manifest.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
  const shard = (await manifest.json()).shards[0].id;
  const entry = await request.get(`${NGINX}/pagefind/${shard}/pagefind-entry.json`);
  expect(entry.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
  const chunk = readdirSync(`dist/pagefind/${shard}/index`)[0];
  const index = await request.get(`${NGINX}/pagefind/${shard}/index/${chunk}`);
  expect(index.status()).toBe(200);
  expect(index.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const script = await request.get(`${NGINX}/pagefind/${shard}/pagefind.js`);
  expect(script.headers()['content-security-policy']).toBe(expected['Content-Security-Policy']);
});

test('an unknown URL gets the Vietnamese 404 page with status 404', async ({ page }) => {
  const response = await page.goto(`${NGINX}/khong-co-trang-nay/`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('a directory without its slash redirects on the same host and port', async ({ request }) => {
  const response = await request.get(`${NGINX}/chuyen-muc/quan-huyen`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/chuyen-muc/quan-huyen/');
});

test('the no-JavaScript comment fallback answers a POST with its page', async ({ request }) => {
  const response = await request.post(`${NGINX}/binh-luan/chua-ket-noi/`, { form: { name: 'x' } });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Bình luận chưa được kết nối');
});

test('search works under nginx and its CSP, with nothing from another origin', async ({ page }) => {
  const gates = await watch(page);
  await page.goto(`${NGINX}/tim-kiem/?q=ba+dinh`);
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText('Quận Ba Đình phát động phong trào thi đua năm 2021');
  expect(failuresOf(await gates.audit())).toEqual([]);
});

test('the article and its comment form work under nginx', async ({ page }) => {
  const gates = await watch(page);
  await page.goto(`${NGINX}${BA_DINH}`);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.locator('#comment-name-error')).toHaveText('Mời bạn nhập họ tên.');
  expect(failuresOf(await gates.audit())).toEqual([]);
});

#!/usr/bin/env node
// Search benchmark (not a test): builds a synthetic corpus of N articles with the real build
// (Pagefind included) and measures, in Chromium, what each standard query costs a reader.
//   npm run bench:search -- --count 10000
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { dirSize, runMeasured, mb, seconds } from './lib/measure.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, port: { type: 'string', default: '4490' } } });
const count = Number(values.count);
const root = resolve(import.meta.dirname, '..');
const work = resolve(root, '.bench');
const corpus = join(work, `corpus-${count}`);
const dist = join(work, `dist-search-${count}`);
const QUERIES = ['thi dua', 'ngan sach', 'do thi', 'phong trào thi đua', 'giao thong', 'uyen', '8.430,54', 'khong co tu nay'];

console.log(`search benchmark: ${count} synthetic articles`);
console.log('1/3 generating the corpus');
const gen = await runMeasured(process.execPath, [join(root, 'scripts/gen-corpus.ts'), '--count', String(count), '--out', corpus], { onLine: (l) => console.log(`  ${l}`) });
if (gen.code) throw new Error(gen.output);

console.log('2/3 building the site and its search index (progress every 1,000 pages)');
let pages = 0;
let indexLine = '';
const build = await runMeasured(process.execPath, [join(root, 'scripts/build.ts')], {
  cwd: root,
  env: { ...process.env, NEWS_CONTENT_DIR: corpus, NEWS_OUT_DIR: dist, NEWS_CACHE_DIR: join(work, `cache-search-${count}`), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  onLine: (line) => {
    if (line.includes('├─') || line.includes('└─')) {
      pages++;
      if (pages % 1000 === 0) console.log(`  ${pages} pages rendered`);
    }
    if (line.includes('Pagefind:')) indexLine = line.replace(/^.*Pagefind:/, 'Pagefind:');
    if (/error/i.test(line)) console.log(`  ${line}`);
  },
});
if (build.code) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
const index = dirSize(join(dist, 'pagefind'));
const indexSeconds = /trong ([\d.]+) s/.exec(indexLine)?.[1];
console.log(`  build: ${seconds(build.wallMs)}, peak RSS ${mb(build.peakRssBytes)}, ${pages} pages; ${indexLine}`);

console.log('3/3 querying in Chromium (fresh cache per query)');
const server = spawn(process.execPath, [join(root, 'scripts/serve-static.mjs'), dist, '--port', values.port!], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) {
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        requests++;
      }
    });
    await page.goto(`http://127.0.0.1:${values.port}/tim-kiem/`);
    const started = await page.evaluate(() => performance.now());
    await page.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      input.value = q;
      input.form!.requestSubmit();
    }, query);
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status !== '' && !status.startsWith('Đang');
    }, undefined, { timeout: 120_000 });
    const elapsed = (await page.evaluate(() => performance.now())) - started;
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    const total = /^(\d+) kết quả/.exec(status)?.[1] ?? '0';
    await context.close();

    // The same query through plain Pagefind (no d/đ variants, no phrase pass), for comparison.
    const plainContext = await browser.newContext();
    const plainPage = await plainContext.newPage();
    let plainBytes = 0;
    plainPage.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) plainBytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await plainPage.goto(`http://127.0.0.1:${values.port}/404.html`);
    const plain = await plainPage.evaluate(async (q) => {
      const t0 = performance.now();
      const url = '/pagefind/pagefind.js'; // served by the site under test, not a module of this project
      const pf = await import(/* @vite-ignore */ url);
      await pf.init();
      const found = await pf.search(q);
      await Promise.all(found.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
      return { ms: performance.now() - t0, n: found.results.length };
    }, query);
    await plainContext.close();

    const row =
      `${JSON.stringify(query).padEnd(22)} ${total.padStart(7)} ${String(requests).padStart(5)} ${(bytes / 1024).toFixed(0).padStart(7)} ${elapsed.toFixed(0).padStart(7)}` +
      `   | ${String(plain.n).padStart(7)} ${(plainBytes / 1024).toFixed(0).padStart(7)} ${plain.ms.toFixed(0).padStart(7)}`;
    rows.push(row);
    console.log(`  ${row}`);
  }
} finally {
  await browser.close();
  server.kill();
}

console.log('\nsummary');
console.log(`articles ${count}; pages ${pages}; build+index ${seconds(build.wallMs)}; peak RSS ${mb(build.peakRssBytes)}`);
console.log(`index: ${indexSeconds ?? '?'} s to write, ${mb(index.bytes)} in ${index.files} files`);
console.log("                       this site's search (fresh cache)    | plain Pagefind, same query");
console.log('query                  results  reqs      KB      ms   | results      KB      ms');
for (const row of rows) console.log(row);

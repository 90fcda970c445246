#!/usr/bin/env node
// Lighthouse (mobile, the default config) on the home, article, category and search pages of the
// built site, served by nginx with the project's configuration (or the static test server when nginx
// is absent). Prints the four scores and the key metrics. Build first: npm run build && npm run lighthouse
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../lib/chromium.ts';
import { SAMPLE_PAGES } from './sample-pages.ts';
import { builtSiteOrExit } from '../lib/dist-files.ts';
import { buildSettings } from '../../src/build-settings.ts';

const PORT = 4480;
const { home, article, category, search } = SAMPLE_PAGES;
const PAGES = { home, article, category, search };

const dist = builtSiteOrExit(process.argv[2], buildSettings.outDir);
const withNginx = spawnSync('/usr/sbin/nginx', ['-v']).status === 0;
const server: ChildProcess = spawn(
  process.execPath,
  [resolve(import.meta.dirname, '../deploy', withNginx ? 'serve-nginx.ts' : 'serve-static.ts'), dist, '--port', String(PORT)],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 1000));
console.log(
  `serving ${dist}/ with ${withNginx ? 'nginx (gzip, caching, security headers)' : 'the static test server (no compression)'} on 127.0.0.1:${PORT}`,
);

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const rows: string[] = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    process.stdout.write(`  ${name}… `);
    let lhr = (await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }))!.lhr;
    if (lhr.runtimeError || lhr.categories.performance?.score == null) {
      process.stdout.write(`(${lhr.runtimeError?.code ?? 'no performance score'}; again) `);
      lhr = (await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }))!.lhr;
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    const row = `${name.padEnd(9)} perf ${String(score('performance')).padStart(3)}  a11y ${String(score('accessibility')).padStart(3)}  best ${String(score('best-practices')).padStart(3)}  seo ${String(score('seo')).padStart(3)}   FCP ${metric('first-contentful-paint')}  LCP ${metric('largest-contentful-paint')}  TBT ${metric('total-blocking-time')}  CLS ${metric('cumulative-layout-shift')}  SI ${metric('speed-index')}`;
    console.log('done');
    rows.push(row);
    const failing = ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => (lhr.audits[ref.id].score ?? 1) < 1 && ref.weight > 0)
        .map((ref) => `${c}: ${lhr.audits[ref.id].title}`),
    );
    if (failing.length) rows.push(...failing.map((f) => `            ${f}`));
  }
} finally {
  chrome.kill();
  server.kill('SIGTERM');
}
console.log('\nLighthouse 13, mobile emulation (slow 4G, 4× CPU slowdown):');
for (const row of rows) console.log(row);

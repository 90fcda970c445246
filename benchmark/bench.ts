#!/usr/bin/env node
// Build benchmark (not a test): in one run on one synthetic corpus of N articles, builds this site
// cold, again with nothing changed, after publishing one new article, after fixing a typo in it and
// after editing an old one, then from empty caches but the share images drawn already; measures the dev server showing an edit; builds the same corpus with Hugo and indexes it with Pagefind (a full
// rebuild, as Hugo + Pagefind always do); prints a table with the ratios to Hugo+Pagefind.
// Then measures the standard search queries in Chromium against the built site (bytes, time to first results).
//   npm run bench -- --count 10000 [--skip-dev] [--skip-hugo] [--skip-search] [--skip-rebuild] [--keep-caches]
// (--skip-rebuild: no clean build with the share images kept; at 100,000 it is half an hour.
//  --keep-caches: no cold build either; the day starts from the caches and site the last run of this
//  size left, after one build that finds every file written again (the corpus is generated anew).
//  At 100,000 the cold build is over an hour: this measures a newsroom's day without it.)
import { readdirSync, readFileSync, rmSync, writeFileSync, globSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildSettings } from '../src/build-settings.ts';
import { parseArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirSize, mb, runMeasured, seconds, type Measured } from './lib/measure.ts';
import { writeHugoSite } from './lib/hugo-site.ts';
import { measureQueries, queryRow, QUERY_TABLE_HEADER, type QueryCost } from './lib/query-bench.ts';
import type { BuildReport } from '../tools/build/build.ts';
import { articleFilePath, articleIdOf } from '../src/model/article-id.ts';
import { articleSource, splitFrontmatter } from '../src/model/frontmatter.ts';
import { toVietnamIso, vietnamYear } from '../src/lib/dates.ts';
import { articleUrl } from '../src/lib/urls.ts';
import { parseShardManifest, SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE } from '../src/search/shards.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    'skip-dev': { type: 'boolean', default: false },
    'skip-hugo': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'keep-caches': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const root = resolve(import.meta.dirname, '..');
const work = resolve(root, '.bench');
const corpus = join(work, `corpus-${count}`);
const dist = join(work, `dist-${count}`);
const cache = join(work, `cache-${count}`);
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const build = join(root, 'tools/build/build.ts'); // what `npm run build` runs: astro build, then Pagefind

interface Row {
  name: string;
  run: Measured;
  pages: number;
  indexSeconds?: number;
  indexBytes?: number;
  /** Our builds: pages rendered and search shards indexed (the rest reused). */
  rendered?: number;
  shardsIndexed?: number;
}
const rows: Row[] = [];
const log = (line: string) => console.log(line);

function progress(prefix: string) {
  let pages = 0;
  return (line: string) => {
    if (/[├└]─/.test(line)) {
      pages++;
      if (pages % 2000 === 0) log(`    ${prefix}: ${pages} pages rendered`);
    } else if (/\[(content|build|vite|search)\]|error/i.test(line)) {
      log(`    ${prefix}: ${line.replace(/^\d\d:\d\d:\d\d /, '')}`);
    }
  };
}

/** Figures a build or the indexer wrote as JSON (NEWS_BUILD_REPORT, --report): never parsed from the log. */
const reportFile = join(work, 'report.json');
const readReport = <T>(): T => JSON.parse(readFileSync(reportFile, 'utf8')) as T;
const htmlPages = (dir: string) => globSync('**/*.html', { cwd: dir }).length;

async function buildOurs(name: string, args: string[] = []) {
  log(`  ${name}…`);
  const run = await runMeasured(node, [build, ...args], {
    cwd: root,
    env: {
      ...process.env,
      NEWS_CONTENT_DIR: corpus,
      NEWS_OUT_DIR: dist,
      NEWS_CACHE_DIR: cache,
      NEWS_BUILD_REPORT: reportFile,
      NEWS_BUILD_NOW: toVietnamIso(buildNow),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    onLine: progress(name),
  });
  if (run.code) throw new Error(`${name} failed:\n${run.output.slice(-4000)}`);
  const report = readReport<BuildReport>();
  rows.push({
    name,
    run,
    pages: htmlPages(dist),
    indexSeconds: report.search.seconds,
    indexBytes: dirSize(join(dist, SEARCH_INDEX_DIR)).bytes,
    rendered: report.pages.rendered,
    shardsIndexed: report.search.rebuilt.length,
  });
  log(
    `  ${name}: ${seconds(run.wallMs)}, peak ${mb(run.peakRssBytes)}; ${report.pages.rendered} pages rendered (${report.pages.reasons}), ${report.search.rebuilt.length} shard(s) indexed`,
  );
}

/** The corpus's newest publication time: the build runs an hour after it, and a new article lands in its month. */
function newestPublication(): Date {
  let newest = 0;
  for (const file of globSync('articles/**/*.{md,mdx}', { cwd: corpus })) {
    const iso = /^publishedAt: "([^"]+)"/m.exec(readFileSync(join(corpus, file), 'utf8'))?.[1];
    if (iso) newest = Math.max(newest, Date.parse(iso));
  }
  return new Date(newest);
}

/** Dev server: time from saving an edited article to the page showing the edit. */
async function devServerUpdate(file: string): Promise<number> {
  const port = 4495;
  const child = spawn(node, [astro, 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEWS_CONTENT_DIR: corpus, NEWS_CACHE_DIR: `${cache}-dev`, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    const url = `http://127.0.0.1:${port}${articleUrl(articleIdOf(file))}`;
    const started = Date.now();
    for (;;) {
      const ok = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() - started > 20 * 60_000) throw new Error('dev server did not start');
      await new Promise((r) => setTimeout(r, 1000));
    }
    log(`    dev server ready and article rendered after ${seconds(Date.now() - started)}`);
    const marker = `Đoạn sửa giả lập ${Date.now()}`;
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${marker}\n`);
    const saved = performance.now();
    for (;;) {
      const html = await fetch(url).then(
        (r) => r.text(),
        () => '',
      );
      if (html.includes(marker)) return performance.now() - saved;
      if (performance.now() - saved > 120_000) throw new Error('edit never showed up');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    child.kill('SIGTERM');
  }
}

log(`benchmark: ${count} synthetic articles on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`);
log('1/6 corpus');
const gen = await runMeasured(node, [join(root, 'benchmark/gen-corpus.ts'), '--count', String(count), '--out', corpus], {
  onLine: (l) => log(`    ${l}`),
});
if (gen.code) throw new Error(gen.output);

log('2/6 this site: a full build, then what a newsroom does all day');
const newest = newestPublication();
const buildNow = new Date(newest.getTime() + 3600_000);
if (values['keep-caches']) await buildOurs('every file written again');
else {
  rmSync(dist, { recursive: true, force: true });
  await buildOurs('cold build', ['--clean']);
}
// The first build after a clean one also reads what the clean build left to its caches cold.
await buildOurs('nothing changed');
// A new article, as `npm run new` would write it, published a minute after the newest one (same month).
const published = new Date(newest.getTime() + 60_000);
const template = readFileSync(join(corpus, globSync('articles/**/*.md', { cwd: corpus }).sort()[0]), 'utf8');
const newFile = articleFilePath('', vietnamYear(published), 'bai-gia-lap-moi-dang', 'md');
writeFileSync(
  join(corpus, newFile),
  articleSource(
    {
      title: '[Giả lập] Bài mới đăng để đo thời gian xuất bản',
      lead: 'Bài viết giả lập, phục vụ đo hiệu năng; không phải tin thật.',
      source: 'GIẢ LẬP',
      publishedAt: published,
      category: 'thoi-su',
      tags: ['Phong trào thi đua'],
    },
    splitFrontmatter(template)!.body,
  ),
);
await buildOurs('publish one new article');
// The usual edit: a typo fixed in an article minutes after it went out (its shard is the newest month's).
writeFileSync(join(corpus, newFile), readFileSync(join(corpus, newFile), 'utf8').replace('## ', '## Đã sửa: '));
await buildOurs('edit the new article');
// The costly edit: the oldest article, in the largest shard.
const edited = globSync('articles/**/*.md', { cwd: corpus }).sort()[0];
writeFileSync(join(corpus, edited), readFileSync(join(corpus, edited), 'utf8').replace('## ', '## Đã sửa: '));
await buildOurs('edit an old article');
// What a CI that keeps the cache sees when the rendering code changed: every page rendered again, the
// share images already drawn reused (tools/build/build.ts keeps them; only --clean does not). Last, so
// that the rows above are a newsroom's day after one warm-up build, not the first build after this.
if (!values['skip-rebuild']) {
  const shareImages = basename(buildSettings.shareImageCacheDir);
  for (const entry of readdirSync(cache)) if (entry !== shareImages) rmSync(join(cache, entry), { recursive: true, force: true });
  await buildOurs('clean, share images kept');
}

let devMs: number | undefined;
if (!values['skip-dev']) {
  log('3/6 dev server: one edit, until the page shows it');
  devMs = await devServerUpdate(join(corpus, edited));
  log(`    edit visible after ${seconds(devMs)}`);
}

if (!values['skip-hugo']) {
  log('4/6 Hugo (measuring stick) and Pagefind on its output');
  if (spawnSync('hugo', ['version']).status !== 0) {
    if (process.getuid?.() === 0) {
      log("    installing Debian's hugo…");
      spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'inherit' });
    } else throw new Error('Hugo is needed as the measuring stick: `sudo apt-get install -y hugo`');
  }
  const hugoDir = join(work, `hugo-${count}`);
  const hugoOut = join(work, `hugo-public-${count}`);
  writeHugoSite(corpus, hugoDir);
  rmSync(hugoOut, { recursive: true, force: true });
  const hugo = await runMeasured('hugo', ['--quiet', '-s', hugoDir, '-d', hugoOut], {});
  if (hugo.code) throw new Error(hugo.output);
  const hugoPages = htmlPages(hugoOut);
  log(`    hugo: ${seconds(hugo.wallMs)}, peak ${mb(hugo.peakRssBytes)}, ${hugoPages} pages`);
  // Indexed like ours (same shards: one Pagefind index of 100,000 pages does not fit in memory).
  const pagefind = await runMeasured(node, [join(root, 'tools/build/index-search.ts'), hugoOut, '--report', reportFile], {
    onLine: (l) => l.startsWith('[search]') && log(`    Hugo: ${l}`),
  });
  if (pagefind.code) throw new Error(pagefind.output);
  log(`    pagefind: ${seconds(pagefind.wallMs)}, peak ${mb(pagefind.peakRssBytes)}`);
  rows.push({ name: 'Hugo', run: hugo, pages: hugoPages });
  rows.push({
    name: 'Pagefind on Hugo',
    run: pagefind,
    pages: hugoPages,
    indexSeconds: readReport<BuildReport['search']>().seconds,
    indexBytes: dirSize(join(hugoOut, SEARCH_INDEX_DIR)).bytes,
  });
}

let queries: QueryCost[] = [];
if (!values['skip-search']) {
  log('5/6 search: the standard queries in Chromium, fresh cache each');
  queries = await measureQueries(dist, 4496, undefined, (row) => log(`    ${queryRow(row)}`));
}

log('6/6 results');
const hugoTotal = rows.filter((r) => r.name.includes('Hugo')).reduce((t, r) => t + r.run.wallMs, 0);
const hugoPeak = Math.max(0, ...rows.filter((r) => r.name.includes('Hugo')).map((r) => r.run.peakRssBytes));
log(`\nN = ${count} articles; ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM; Node ${process.version}`);
log(`(our builds publish as of ${toVietnamIso(buildNow)}, an hour after the corpus's newest article)`);
log('run                        wall      ms/page   peak RSS    pages   rendered   shards   index time   index size   vs Hugo+Pagefind');
for (const r of rows) {
  const ratio = hugoTotal && !r.name.includes('Hugo') ? `${(r.run.wallMs / hugoTotal).toFixed(2)}×` : '';
  log(
    `${r.name.padEnd(24)} ${seconds(r.run.wallMs).padStart(8)} ${(r.run.wallMs / r.pages).toFixed(2).padStart(10)} ${mb(r.run.peakRssBytes).padStart(11)} ${String(r.pages).padStart(8)}` +
      ` ${r.rendered ?? ''}`.padStart(11) +
      ` ${r.shardsIndexed ?? ''}`.padStart(9) +
      ` ${r.indexSeconds ? `${r.indexSeconds.toFixed(1)} s` : ''}`.padStart(13) +
      ` ${r.indexBytes ? mb(r.indexBytes) : ''}`.padStart(13) +
      `   ${ratio}`,
  );
}
if (hugoTotal) log(`Hugo + Pagefind together: ${seconds(hugoTotal)}, peak ${mb(hugoPeak)}`);
if (devMs !== undefined) log(`dev server (npm run dev): an edited article shows its change ${seconds(devMs)} after saving`);
if (queries.length) {
  const manifest = parseShardManifest(JSON.parse(readFileSync(join(dist, SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE), 'utf8')));
  log(`search (index in ${manifest.shards.length} shards), first answer to a first-time reader:`);
  log(QUERY_TABLE_HEADER);
  for (const row of queries) log(queryRow(row));
}

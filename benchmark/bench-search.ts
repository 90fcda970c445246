#!/usr/bin/env node
// Search benchmark (not a test): builds a synthetic corpus of N articles with the real build
// (Pagefind included) and measures, in Chromium, what each standard query costs a reader.
//   npm run bench:search -- --count 10000
import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dirSize, runMeasured, mb, seconds } from './lib/measure.ts';
import { measureQueries, queryRow, QUERY_TABLE_HEADER, STANDARD_QUERIES } from './lib/query-bench.ts';
import type { BuildReport } from '../tools/build/build.ts';
import { SEARCH_INDEX_DIR } from '../src/search/shards.ts';
import { WORD_DIRECTORY_DIR } from '../src/search/word-directory.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, port: { type: 'string', default: '4490' } } });
const count = Number(values.count);
const root = resolve(import.meta.dirname, '..');
const work = resolve(root, '.bench');
const corpus = join(work, `corpus-${count}`);
const dist = join(work, `dist-search-${count}`);
const reportFile = join(work, `report-search-${count}.json`);

console.log(`search benchmark: ${count} synthetic articles`);
console.log('1/3 generating the corpus');
const gen = await runMeasured(process.execPath, [join(root, 'benchmark/gen-corpus.ts'), '--count', String(count), '--out', corpus], {
  onLine: (l) => console.log(`  ${l}`),
});
if (gen.code) throw new Error(gen.output);

console.log('2/3 building the site and its search index');
const build = await runMeasured(process.execPath, [join(root, 'tools/build/build.ts')], {
  cwd: root,
  env: {
    ...process.env,
    NEWS_CONTENT_DIR: corpus,
    NEWS_OUT_DIR: dist,
    NEWS_CACHE_DIR: join(work, `cache-search-${count}`),
    NEWS_BUILD_REPORT: reportFile,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  },
});
if (build.code) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
const pages = globSync('**/*.html', { cwd: dist }).length;
const index = dirSize(join(dist, SEARCH_INDEX_DIR));
console.log(
  `  build: ${seconds(build.wallMs)}, peak RSS ${mb(build.peakRssBytes)}, ${pages} pages; index: ${report.search.pages} pages in ${report.search.shards} shard(s)`,
);

console.log('3/3 querying in Chromium (fresh cache per query)');
const rows = await measureQueries(dist, Number(values.port), STANDARD_QUERIES, (row) => console.log(`  ${queryRow(row)}`));

console.log('\nsummary');
console.log(`articles ${count}; pages ${pages}; build+index ${seconds(build.wallMs)}; peak RSS ${mb(build.peakRssBytes)}`);
console.log(`index: ${report.search.seconds.toFixed(1)} s to write, ${mb(index.bytes)} in ${index.files} files`);
const { words } = report.search;
const directory = dirSize(join(dist, SEARCH_INDEX_DIR, WORD_DIRECTORY_DIR));
console.log(`word directory (part of the index): ${words.keys} words in ${words.buckets} buckets, ${mb(directory.bytes)}`);
console.log(QUERY_TABLE_HEADER);
for (const row of rows) console.log(queryRow(row));

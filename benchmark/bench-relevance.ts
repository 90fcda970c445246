#!/usr/bin/env node
// Search relevance benchmark (issue #13): builds the relevance suite's synthetic site with the real
// build, runs its queries in Chromium through the search page and through plain Pagefind on the same
// index, and prints each query's rank of the expected article and the totals: first-result rate,
// top-3 rate, mean reciprocal rank.   npm run bench:relevance
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runRelevance } from './lib/relevance-run.ts';
import { listedAbsent, RELEVANCE_QUERIES, scoreRelevance, writeRelevanceContent, type RankedQuery } from './lib/relevance-suite.ts';

const root = resolve(import.meta.dirname, '..');
const work = resolve(root, '.bench/relevance');
const content = resolve(work, 'content');
const dist = resolve(work, 'dist');

writeRelevanceContent(content, root);
const build = spawnSync(process.execPath, [resolve(root, 'tools/build/build.ts'), '--clean'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NEWS_CONTENT_DIR: content,
    NEWS_OUT_DIR: dist,
    NEWS_CACHE_DIR: resolve(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
if (build.status !== 0) throw new Error('the relevance site did not build');

const { ours, pagefind } = await runRelevance(dist, 4492, RELEVANCE_QUERIES);
// A rank, and a "!" for each article listed that holds a query syllable only inside a longer one.
const rank = (row: RankedQuery) => `${row.ranked.indexOf(row.expect) + 1 || '–'}${'!'.repeat(listedAbsent(row).length)}`;
console.log(`${'query'.padEnd(32)} ${'trap'.padEnd(15)} ours  Pagefind   (! = lists a page with only longer syllables)`);
ours.forEach((row, i) =>
  console.log(`${JSON.stringify(row.query).padEnd(32)} ${row.trap.padEnd(15)} ${rank(row).padStart(4)}  ${rank(pagefind[i]).padStart(8)}`),
);
const line = (name: string, rows: RankedQuery[]) => {
  const { firstResultRate, top3Rate, mrr, wholeSyllableRate } = scoreRelevance(rows);
  console.log(
    `${name.padEnd(10)} first result ${(100 * firstResultRate).toFixed(1)} %, top 3 ${(100 * top3Rate).toFixed(1)} %, MRR ${mrr.toFixed(3)}, ` +
      `whole syllables only ${(100 * wholeSyllableRate).toFixed(1)} %`,
  );
};
console.log(`\n${RELEVANCE_QUERIES.length} queries`);
line('ours', ours);
line('Pagefind', pagefind);

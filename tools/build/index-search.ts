#!/usr/bin/env node
// Indexes a built site for search (Pagefind, in shards), without building it again:
//   npm run index:search -- [dist] [--max-shard-pages N] [--report FILE.json]
// `npm run build` already does this; this is for re-indexing, and for the benchmark's Hugo output.
// --report writes the figures as JSON ({ pages, shards, seconds }) for programs; the log is for people.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './search-indexer.ts';
import { buildSettings } from '../../src/build-settings.ts';
import { SEARCH_INDEX_DIR } from '../../src/search/shards.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'max-shard-pages': { type: 'string' }, report: { type: 'string' } },
});
const site = resolve(positionals[0] ?? buildSettings.outDir);
const { pages, seconds, shards } = await buildSearchIndex(site, {
  // The default comes from src/site.config.ts; tests and benchmarks may ask for smaller shards.
  maxShardPages: Number(values['max-shard-pages']) || buildSettings.searchShardMaxPages,
  onShard: ({ shard, done, of, seconds }) =>
    console.log(`[search] phần ${done}/${of} (${shard.id}): ${shard.pages} trang, ${seconds.toFixed(1)} s`),
});
console.log(
  `[search] Pagefind: ${pages} trang đã quét, ${shards.length} phần, chỉ mục viết vào ${join(site, SEARCH_INDEX_DIR)} trong ${seconds.toFixed(1)} s`,
);
if (values.report) writeFileSync(values.report, `${JSON.stringify({ pages, shards: shards.length, seconds })}\n`);

#!/usr/bin/env node
// Indexes a built site for search (Pagefind, in shards), without building it again:
//   npm run index:search -- [dist] [--max-shard-pages N]
// `npm run build` already does this; this is for re-indexing, and for the benchmark's Hugo output.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './search-index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'max-shard-pages': { type: 'string' } } });
const site = resolve(positionals[0] ?? 'dist');
const { pages, seconds, shards } = await buildSearchIndex(site, {
  // The default comes from src/site.config.ts; tests and benchmarks may ask for smaller shards.
  maxShardPages: Number(values['max-shard-pages'] ?? process.env.NEWS_SEARCH_SHARD_PAGES) || undefined,
  onShard: ({ shard, done, of, seconds }) => console.log(`[search] phần ${done}/${of} (${shard.id}): ${shard.pages} trang, ${seconds.toFixed(1)} s`),
});
console.log(`[search] Pagefind: ${pages} trang đã quét, ${shards.length} phần, chỉ mục viết vào ${site}/pagefind trong ${seconds.toFixed(1)} s`);

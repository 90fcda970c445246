#!/usr/bin/env node
// `npm run build`: the static site (astro build), then its search index (Pagefind) in a process of
// its own, so that dist/ is complete and searchable when the command ends. Honours NEWS_OUT_DIR.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search-indexing.ts';

const root = resolve(import.meta.dirname, '..');
const started = performance.now();
const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const dist = resolve(root, process.env.NEWS_OUT_DIR || 'dist');
console.log('[search] building the Pagefind index…');
const { pages, seconds, shards } = await buildSearchIndex(dist, {
  // For tests and benchmarks only: a smaller shard size shows sharding on a small site.
  maxShardPages: Number(process.env.NEWS_SEARCH_SHARD_PAGES) || undefined,
  onShard: ({ shard, done, of, seconds }) => console.log(`[search] phần ${done}/${of} (${shard.id}): ${shard.pages} trang, ${seconds.toFixed(1)} s`),
});
console.log(`[search] Pagefind: ${pages} trang đã quét, ${shards.length} phần, chỉ mục viết vào ${dist}/pagefind trong ${seconds.toFixed(1)} s`);
console.log(`[build] site and search index complete in ${((performance.now() - started) / 1000).toFixed(1)} s`);

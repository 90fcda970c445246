#!/usr/bin/env node
// `npm run build`: the static site (astro build), then its search index (tools/build/index-search.ts) in a
// process of its own, so that dist/ is complete and searchable when the command ends and the indexer
// never shares memory with Astro. Honours NEWS_OUT_DIR (and NEWS_SEARCH_SHARD_PAGES, for tests).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const started = performance.now();
const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, [resolve(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('node_modules/astro/bin/astro.mjs', ['build', ...process.argv.slice(2)]);
console.log('[search] building the Pagefind index…');
run('tools/build/index-search.ts', [resolve(root, process.env.NEWS_OUT_DIR || 'dist')]);
console.log(`[build] site and search index complete in ${((performance.now() - started) / 1000).toFixed(1)} s`);

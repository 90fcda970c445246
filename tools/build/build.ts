#!/usr/bin/env node
// `npm run build`: the static site (astro build), then its search index (tools/build/index-search.ts) in a
// process of its own, so that dist/ is complete and searchable when the command ends and the indexer
// never shares memory with Astro. Settings come from the environment (src/build-settings.ts); with
// NEWS_BUILD_REPORT set, the figures are also written there as JSON, for benchmarks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSettings } from '../../src/build-settings.ts';

/** What NEWS_BUILD_REPORT receives. */
export interface BuildReport {
  seconds: number;
  astroSeconds: number;
  search: { pages: number; shards: number; seconds: number };
}

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
const astroSeconds = (performance.now() - started) / 1000;
console.log('[search] building the Pagefind index…');
const work = mkdtempSync(join(tmpdir(), 'news-build-'));
try {
  const searchReport = join(work, 'search.json');
  run('tools/build/index-search.ts', [resolve(root, buildSettings.outDir), '--report', searchReport]);
  const seconds = (performance.now() - started) / 1000;
  console.log(`[build] site and search index complete in ${seconds.toFixed(1)} s`);
  if (buildSettings.reportFile) {
    const report: BuildReport = { seconds, astroSeconds, search: JSON.parse(readFileSync(searchReport, 'utf8')) };
    writeFileSync(buildSettings.reportFile, `${JSON.stringify(report)}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

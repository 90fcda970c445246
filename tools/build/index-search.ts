#!/usr/bin/env node
// Indexes a built site for search (Pagefind, in shards), without building it again:
//   npm run index:search -- [dist] [--max-shard-pages N] [--report FILE.json]
//                                  [--previous-state FILE --next-state FILE [--unchanged-before MS]] [--words-cache DIR]
// `npm run build` runs it with the state files, so that only shards whose pages changed are indexed;
// without them every shard is. --report writes the figures as JSON for programs; the log is for people.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './search-indexer.ts';
import { buildSettings } from '../../src/build-settings.ts';
import { SEARCH_INDEX_DIR } from '../../src/search/shards.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'max-shard-pages': { type: 'string' },
    report: { type: 'string' },
    'previous-state': { type: 'string' },
    'next-state': { type: 'string' },
    'unchanged-before': { type: 'string' },
    'words-cache': { type: 'string' },
  },
});
const site = resolve(positionals[0] ?? buildSettings.outDir);
const { pages, seconds, shards, rebuilt, reused, dropped, files, words } = await buildSearchIndex(site, {
  // The default comes from src/site.config.ts; tests and benchmarks may ask for smaller shards.
  maxShardPages: Number(values['max-shard-pages']) || buildSettings.searchShardMaxPages,
  previousState: values['previous-state'],
  nextState: values['next-state'],
  unchangedBefore: values['unchanged-before'] ? Number(values['unchanged-before']) : undefined,
  wordsCache: values['words-cache'],
  onShard: ({ shard, seconds }) => console.log(`[search] dựng phần ${shard.id}: ${shard.pages} trang, ${seconds.toFixed(1)} s`),
});
console.log(
  `[search] Pagefind: ${pages} trang trong ${shards.length} phần (dựng lại ${rebuilt.length}, giữ nguyên ${reused.length}), ` +
    `chỉ mục ở ${join(site, SEARCH_INDEX_DIR)}, ${seconds.toFixed(1)} s`,
);
const directory = { keys: words.keys, buckets: words.ref.buckets, bytes: words.bytes, written: words.written };
if (values.report)
  writeFileSync(
    values.report,
    `${JSON.stringify({ pages, shards: shards.length, rebuilt, reused, dropped, files, seconds, words: directory })}\n`,
  );

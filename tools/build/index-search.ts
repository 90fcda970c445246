#!/usr/bin/env node
// Indexes a built site for search (Pagefind, in shards), without building it again:
//   npm run index:search -- [dist] [--max-shard-pages N] [--report FILE.json]
//                                  [--previous-state FILE --next-state FILE [--unchanged-before MS]] [--words-cache DIR]
// `npm run build` calls the same indexer with its state files, so that only shards whose pages changed
// are indexed; without them every shard is. --report writes the figures as JSON for programs; the log is for people.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, searchIndexLog, searchIndexReport } from './search-indexer.ts';
import { buildSettings } from '../../src/build-settings.ts';

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
const result = await buildSearchIndex(site, {
  // The default comes from src/site.config.ts; tests and benchmarks may ask for smaller shards.
  maxShardPages: Number(values['max-shard-pages']) || buildSettings.searchShardMaxPages,
  previousState: values['previous-state'],
  nextState: values['next-state'],
  unchangedBefore: values['unchanged-before'] ? Number(values['unchanged-before']) : undefined,
  wordsCache: values['words-cache'],
  onShard: (progress) => console.log(searchIndexLog.shard(progress)),
});
console.log(searchIndexLog.done(site, result));
if (values.report) writeFileSync(values.report, `${JSON.stringify(searchIndexReport(result))}\n`);

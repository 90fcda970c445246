// A worker thread of the search indexer (search-indexer.ts): indexes the one shard it is given, with a
// Pagefind backend of its own, reports which of the shard's files it left and removed, and ends. An
// error ends the thread with it, and so the build.
import { parentPort, workerData } from 'node:worker_threads';
import { indexShard, type ShardTask } from './search-indexer.ts';

const { site, shard, slugs, pages, wordsFile } = workerData as ShardTask;
parentPort!.postMessage(await indexShard(site, shard, slugs, new Map(pages), wordsFile));

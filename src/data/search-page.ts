// What the search page names in its <head> for the browser to fetch alongside it: the Pagefind files
// every search starts with, from the newest shard (src/search/shards.ts). Its folder is named by the
// newest article's month as its page carries it (Vietnam time), which is what the indexer plans from.
import { toVietnamIso } from '../lib/dates.ts';
import { newestShardId, pagefindStartFiles } from '../search/shards.ts';

/** None in dev (its index is whatever the last build left) or before the first article is published. */
export function searchStartFiles(newestArticle: { publishedAt: Date } | undefined, dev: boolean) {
  if (!newestArticle || dev) return undefined;
  return pagefindStartFiles(newestShardId(toVietnamIso(newestArticle.publishedAt).slice(0, 7)));
}

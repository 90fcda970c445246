// Writes the search index's word directory (src/search/word-directory.ts) from each shard's words:
// gzipped JSON buckets of { key: shards holding it } under /pagefind/words/<version>/<n>.pf_words
// (a name no server knows, so none adds or strips a Content-Encoding), the version a hash of their
// content, so a reader's browser never mixes two directories (and may cache a bucket for good). Older
// versions are removed: the manifest written beside it names the new one. A directory already there
// under the same version is the same bytes and is not written again (the build then keeps it from
// its pruning, tools/build/build.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  bucketFile,
  bucketOf,
  shardSetOf,
  WORD_DIRECTORY_DIR,
  type WordBucket,
  type WordDirectoryRef,
} from '../../src/search/word-directory.ts';

/**
 * At most about this many bytes of JSON per bucket (~2–3 KB gzipped): a search fetches one bucket per
 * word it looks up (measured at 10,000 articles: 24 KB buckets, sent as they are, added 60 KB to a
 * two-word query's 190 KB).
 */
const BUCKET_BYTES = 8_000;

export interface WordDirectoryFigures {
  ref: WordDirectoryRef;
  keys: number;
  /** Bytes of all buckets, uncompressed. */
  bytes: number;
  /** False when the same directory (same version) was there already and was kept. */
  written: boolean;
}

/**
 * Builds and writes the directory for `shardWords` (each shard's words, in the manifest's order: a
 * key's shard set holds these positions) into `indexDir`/words/.
 */
export function writeWordDirectory(indexDir: string, shardWords: readonly (readonly string[])[]): WordDirectoryFigures {
  const shardsOf = new Map<string, number[]>();
  shardWords.forEach((words, position) => {
    for (const word of words) {
      const positions = shardsOf.get(word);
      if (positions) positions.push(position);
      else shardsOf.set(word, [position]);
    }
  });
  const entries = [...shardsOf].map(([key, positions]) => [key, shardSetOf(positions)] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const estimated = entries.reduce((sum, [key, set]) => sum + key.length + set.length + 6, 2);
  let buckets = 1;
  while (estimated / buckets > BUCKET_BYTES) buckets *= 2;

  const contents: WordBucket[] = Array.from({ length: buckets }, () => ({}));
  for (const [key, set] of entries) contents[bucketOf(key, buckets)][key] = set;
  const texts = contents.map((bucket) => JSON.stringify(bucket));
  const version = createHash('sha256')
    .update(`${buckets}\n${texts.join('\n')}`)
    .digest('hex')
    .slice(0, 16);
  const ref: WordDirectoryRef = { version, buckets };

  // Written aside, then renamed: a folder named by a version is always complete.
  const root = join(indexDir, WORD_DIRECTORY_DIR);
  const folder = join(root, version);
  const written = !existsSync(folder);
  if (written) {
    const staging = `${folder}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    texts.forEach((text, bucket) => writeFileSync(join(staging, bucketFile(bucket)), gzipSync(text, { level: 9 })));
    renameSync(staging, folder);
  }
  for (const other of readdirSync(root)) if (other !== version) rmSync(join(root, other), { recursive: true, force: true });
  return { ref, keys: entries.length, bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0), written };
}

// Writes the search index's word directory (src/search/word-directory.ts) from each shard's words:
// gzipped JSON buckets of { key: shards holding it } under /pagefind/words/<version>/<n>.pf_words
// (a name no server knows, so none adds or strips a Content-Encoding), the version a hash of their
// content, so a reader's browser never mixes two directories (and may cache a bucket for good). Older
// versions are removed: the manifest written beside it names the new one. A directory already there
// under the same version is the same bytes and is not written again (the build then keeps it from
// its pruning, tools/build/build.ts).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  bucketFile,
  bucketOf,
  positionsOf,
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
 * What the indexer keeps of a directory it wrote (in its words cache) to update it when a shard's words
 * change, instead of building it again from every shard's words (at 100,000 articles: 818,000 words
 * from 65 shards, ~5 s).
 */
export interface WordDirectoryState {
  version: string;
  buckets: number;
  keys: number;
  /** The sum the bucket count is chosen by (estimatedSize). */
  estimated: number;
  /** Each bucket's JSON, in bucket order. */
  texts: string[];
}

/** A shard whose words changed: its position in the manifest, its words before and after. */
export interface ShardWordsChange {
  position: number;
  before: readonly string[];
  after: readonly string[];
}

/** What one key and its shard set add to the directory's size, as the bucket count reckons it. */
const entrySize = (key: string, shardSet: string) => key.length + shardSet.length + 6;

function bucketCountFor(estimated: number): number {
  let buckets = 1;
  while (estimated / buckets > BUCKET_BYTES) buckets *= 2;
  return buckets;
}

/** A bucket's JSON: its keys in order (as they were inserted when it was first built), so the same content is the same bytes. */
const bucketText = (bucket: WordBucket) => JSON.stringify(Object.fromEntries(Object.entries(bucket).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * Writes the buckets' texts into `indexDir`/words/<version>/ (unless that version is there already) and
 * removes other versions. A bucket whose text is the same as in `reuse` (the previous directory, still in
 * place) is copied from it rather than compressed again: same text, same gzip bytes.
 */
function writeBuckets(
  indexDir: string,
  buckets: number,
  texts: readonly string[],
  reuse?: { version: string; texts: readonly string[] },
): { ref: WordDirectoryRef; written: boolean } {
  const version = createHash('sha256')
    .update(`${buckets}\n${texts.join('\n')}`)
    .digest('hex')
    .slice(0, 16);
  // Written aside, then renamed: a folder named by a version is always complete.
  const root = join(indexDir, WORD_DIRECTORY_DIR);
  const folder = join(root, version);
  const written = !existsSync(folder);
  if (written) {
    const staging = `${folder}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const reused = reuse && existsSync(join(root, reuse.version)) ? reuse : undefined;
    texts.forEach((text, bucket) => {
      const file = join(staging, bucketFile(bucket));
      if (reused?.texts[bucket] === text) {
        try {
          // A copy, not a link: a new file of this build (the build prunes the index of older files).
          copyFileSync(join(root, reused.version, bucketFile(bucket)), file);
          return;
        } catch {
          // not there after all: compressed below
        }
      }
      writeFileSync(file, gzipSync(text, { level: 9 }));
    });
    renameSync(staging, folder);
  }
  for (const other of readdirSync(root)) if (other !== version) rmSync(join(root, other), { recursive: true, force: true });
  return { ref: { version, buckets }, written };
}

const figuresOf = (state: WordDirectoryState, written: boolean): WordDirectoryFigures => ({
  ref: { version: state.version, buckets: state.buckets },
  keys: state.keys,
  bytes: state.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  written,
});

/**
 * Builds and writes the directory for `shardWords` (each shard's words, in the manifest's order: a
 * key's shard set holds these positions) into `indexDir`/words/.
 */
export function writeWordDirectory(
  indexDir: string,
  shardWords: readonly (readonly string[])[],
): WordDirectoryFigures & { state: WordDirectoryState } {
  const shardsOf = new Map<string, number[]>();
  shardWords.forEach((words, position) => {
    for (const word of words) {
      const positions = shardsOf.get(word);
      if (positions) positions.push(position);
      else shardsOf.set(word, [position]);
    }
  });
  const entries = [...shardsOf].map(([key, positions]) => [key, shardSetOf(positions)] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const estimated = entries.reduce((sum, [key, set]) => sum + entrySize(key, set), 2);
  const buckets = bucketCountFor(estimated);
  const contents: WordBucket[] = Array.from({ length: buckets }, () => ({}));
  for (const [key, set] of entries) contents[bucketOf(key, buckets)][key] = set;
  const texts = contents.map((bucket) => JSON.stringify(bucket));
  const { ref, written } = writeBuckets(indexDir, buckets, texts);
  const state: WordDirectoryState = { version: ref.version, buckets, keys: entries.length, estimated, texts };
  return { ...figuresOf(state, written), state };
}

/**
 * The directory `previous` with the words of some shards changed, written into `indexDir`/words/: the
 * same bytes as writeWordDirectory of every shard's words would write, at the cost of the words that
 * came or went (a typo fix: a few; a new article: its new words). Undefined when the change calls for
 * another bucket count: then the directory is built again.
 */
export function updateWordDirectory(
  indexDir: string,
  previous: WordDirectoryState,
  changes: readonly ShardWordsChange[],
): (WordDirectoryFigures & { state: WordDirectoryState }) | undefined {
  const touched = new Map<number, WordBucket>();
  const bucketAt = (index: number) => {
    let bucket = touched.get(index);
    if (!bucket) touched.set(index, (bucket = JSON.parse(previous.texts[index]) as WordBucket));
    return bucket;
  };
  let { keys, estimated } = previous;
  for (const { position, before, after } of changes) {
    const was = new Set(before);
    const is = new Set(after);
    const move = (key: string, holds: boolean) => {
      const bucket = bucketAt(bucketOf(key, previous.buckets));
      const set = bucket[key];
      if (set !== undefined) {
        estimated -= entrySize(key, set);
        keys--;
      }
      const positions = (set === undefined ? [] : positionsOf(set)).filter((p) => p !== position);
      if (holds) positions.push(position);
      if (!positions.length) {
        delete bucket[key];
        return;
      }
      bucket[key] = shardSetOf(positions);
      estimated += entrySize(key, bucket[key]);
      keys++;
    };
    for (const key of is) if (!was.has(key)) move(key, true);
    for (const key of was) if (!is.has(key)) move(key, false);
  }
  if (bucketCountFor(estimated) !== previous.buckets) return undefined;
  const texts = [...previous.texts];
  for (const [index, bucket] of touched) texts[index] = bucketText(bucket);
  const { ref, written } = writeBuckets(indexDir, previous.buckets, texts, previous);
  const state: WordDirectoryState = { version: ref.version, buckets: previous.buckets, keys, estimated, texts };
  return { ...figuresOf(state, written), state };
}

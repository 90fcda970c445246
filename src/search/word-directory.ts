// The search index's word directory: for each word the index holds, which shards hold it, whole. The
// search page asks it first and opens only the shards that hold every word of the query, so a word
// found nowhere costs a few kilobytes instead of a step of shards (each shard a reader opens costs
// ~150 KB before any result), and a word only old articles hold goes straight to their shards.
//
// Keys are Pagefind's own (read from its index chunks by tools/build/pagefind-words.ts), and a typed
// word is turned into a key the way Pagefind's search turns it (pagefindKey), so "the directory says
// shard S holds w" means exactly "a quoted search for w in S finds pages". The directory is split into
// buckets by a hash of the key; a search fetches one bucket per word it looks up. Shared by the
// indexer, which writes it, and the browser, which reads it.

/** Where the directory lives under the index folder, and what the shard manifest says of it. */
export const WORD_DIRECTORY_DIR = 'words';

export interface WordDirectoryRef {
  /** Names the folder of this directory's buckets (a hash of their content): /pagefind/words/<version>/. */
  version: string;
  /** How many buckets the keys are spread over (a power of two). */
  buckets: number;
}

/** One bucket: each key in it, and the shards holding it (shardSetOf's encoding, over the manifest's shard order). */
export type WordBucket = Record<string, string>;

// The graphemes Pagefind drops from a query (pagefind_web_js coupled_search.ts, kept with its grouping).
const PAGEFIND_DROPPED = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/**
 * A typed word as Pagefind looks it up: punctuation dropped ("8.430,54" → "843054"), lower case,
 * marks removed ("Đình" → "đinh": đ has no decomposition and stays).
 */
export function pagefindKey(word: string): string {
  let kept = '';
  for (const char of word) if (!PAGEFIND_DROPPED.test(char)) kept += char.toLocaleLowerCase();
  return kept.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The bucket a key is in: FNV-1a over its UTF-16 code units, modulo the bucket count. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** A bucket's file name (gzipped JSON, named like Pagefind's own files so that servers send it as it is), and its path under the index folder. */
export const bucketFile = (bucket: number) => `${bucket}.pf_words`;
export const bucketPath = (ref: WordDirectoryRef, bucket: number) => `${WORD_DIRECTORY_DIR}/${ref.version}/${bucketFile(bucket)}`;

/** A bucket's JSON from its file's bytes: gzip, or already unzipped by a server that recognised it. */
export async function readBucket(bytes: ArrayBuffer): Promise<WordBucket> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const stream = new Blob([bytes]).stream();
  const text = await new Response(gzipped ? stream.pipeThrough(new DecompressionStream('gzip')) : stream).text();
  return JSON.parse(text) as WordBucket;
}

/** Shard positions (in the manifest's order) as a short text: a hexadecimal bit set, lowest positions first. */
export function shardSetOf(positions: Iterable<number>): string {
  const nibbles: number[] = [];
  for (const position of positions) {
    const at = position >> 2;
    while (nibbles.length <= at) nibbles.push(0);
    nibbles[at] |= 1 << (position & 3);
  }
  return nibbles.map((n) => n.toString(16)).join('');
}

/** The shard positions of shardSetOf's text, ascending. */
export function positionsOf(shardSet: string): number[] {
  const positions: number[] = [];
  for (let at = 0; at < shardSet.length; at++) {
    const nibble = parseInt(shardSet[at], 16);
    for (let bit = 0; bit < 4; bit++) if (nibble & (1 << bit)) positions.push(at * 4 + bit);
  }
  return positions;
}

/**
 * The shard positions that can answer a query: for each word, the shards holding any of its variants
 * (đ for d), and of those, the shards holding every word. Words no shard holds are returned as
 * `missing` (the query then has no result, and says which word).
 */
export function shardsHolding(
  words: readonly (readonly string[])[],
  shardsOfKey: (key: string) => readonly number[],
): { positions: number[]; missing: number[] } {
  let common: Set<number> | undefined;
  const missing: number[] = [];
  words.forEach((variants, i) => {
    const holding = new Set(variants.flatMap((variant) => shardsOfKey(pagefindKey(variant))));
    if (!holding.size) missing.push(i);
    common = common ? new Set([...common].filter((p) => holding.has(p))) : holding;
  });
  return { positions: [...(common ?? [])].sort((a, b) => a - b), missing };
}

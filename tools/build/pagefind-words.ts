// The words a Pagefind index holds, read from its own index chunks: the keys Pagefind looks a quoted
// word up by (folded: no marks, lower case; đ kept), so a shard's vocabulary is exactly what Pagefind
// would find in it. The word directory (word-directory-files.ts) is built from these.
//
// A chunk (index/*.pf_index) is gzip of "pagefind_dcd" and CBOR: [[word, pages, variants], ...] inside
// a one-element array (pagefind_web/src/index.rs, decode_index_chunk). Only the word keys are read; the
// rest is skipped. The format is Pagefind's own, pinned with it (package.json: pagefind 1.6): a chunk
// that does not read as this shape throws, naming the file, and tests read real indexes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** A CBOR reader over one buffer: definite lengths only (what minicbor writes). */
class Cbor {
  position = 0;
  private readonly bytes: Buffer;
  constructor(bytes: Buffer) {
    this.bytes = bytes;
  }

  /** Major type and its argument (a length, a count or an integer's magnitude). */
  head(): [major: number, argument: number] {
    const first = this.bytes[this.position++];
    const major = first >> 5;
    const info = first & 31;
    if (info < 24) return [major, info];
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`unsupported CBOR item (major ${major}, info ${info}) at byte ${this.position - 1}`);
    const argument = size === 8 ? Number(this.bytes.readBigUInt64BE(this.position)) : this.bytes.readUIntBE(this.position, size);
    this.position += size;
    return [major, argument];
  }

  array(): number {
    const [major, count] = this.head();
    if (major !== 4) throw new Error(`expected an array at byte ${this.position}, found major type ${major}`);
    return count;
  }

  text(): string {
    const [major, length] = this.head();
    if (major !== 3) throw new Error(`expected a text string at byte ${this.position}, found major type ${major}`);
    const text = this.bytes.toString('utf8', this.position, this.position + length);
    this.position += length;
    return text;
  }

  /** Skips one item, however deep. */
  skip(): void {
    const [major, argument] = this.head();
    if (major === 2 || major === 3) this.position += argument;
    else if (major === 4) for (let i = 0; i < argument; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * argument; i++) this.skip();
    else if (major === 6) this.skip();
  }
}

/** The word keys of one index chunk (its decompressed bytes). */
function wordsOfChunk(bytes: Buffer): string[] {
  if (bytes.toString('utf8', 0, SIGNATURE.length) !== SIGNATURE) throw new Error(`not a Pagefind index chunk (no "${SIGNATURE}")`);
  const cbor = new Cbor(bytes.subarray(SIGNATURE.length));
  cbor.array();
  const count = cbor.array();
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const fields = cbor.array();
    words.push(cbor.text());
    for (let f = 1; f < fields; f++) cbor.skip();
  }
  return words;
}

/** Every word key of the Pagefind index in `indexDir` (a shard's folder), sorted, once each. */
export function wordsOfIndex(indexDir: string): string[] {
  const chunks = join(indexDir, 'index');
  const words = new Set<string>();
  for (const file of readdirSync(chunks).filter((f) => f.endsWith('.pf_index'))) {
    try {
      for (const word of wordsOfChunk(gunzipSync(readFileSync(join(chunks, file))))) words.add(word);
    } catch (error) {
      throw new Error(`${join(chunks, file)}: ${(error as Error).message}`, { cause: error });
    }
  }
  return [...words].sort();
}

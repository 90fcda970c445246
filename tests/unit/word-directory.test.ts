import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { bucketOf, bucketPath, pagefindKey, positionsOf, readBucket, shardSetOf, shardsHolding } from '../../src/search/word-directory.ts';

describe('pagefindKey', () => {
  it('turns a typed word into the key Pagefind looks it up by: marks gone, đ kept, lower case', () => {
    expect(pagefindKey('Đình')).toBe('đinh');
    expect(pagefindKey('Vì')).toBe('vi');
    expect(pagefindKey('UBND')).toBe('ubnd');
    expect(pagefindKey('HĐND')).toBe('hđnd');
  });
  it('drops the separators of numbers, as Pagefind does', () => {
    expect(pagefindKey('8.430,54')).toBe('843054');
    expect(pagefindKey('73.616')).toBe('73616');
  });
  it('gives one key for decomposed (NFD) and composed input', () => {
    expect(pagefindKey('Đi\u0300nh')).toBe(pagefindKey('Đình'));
  });
});

describe('buckets', () => {
  it('put a key in the same bucket every time, spread over all buckets', () => {
    expect(bucketOf('đinh', 64)).toBe(bucketOf('đinh', 64));
    const used = new Set(
      ['ba', 'đinh', 'thi', 'đua', 'ngân', 'sách', 'hà', 'nội', 'ubnd', '843054', 'vi', 'xuân'].map((k) => bucketOf(k, 4)),
    );
    expect(used.size).toBe(4);
    expect(bucketOf('anything', 1)).toBe(0);
  });
  it('live in a folder named by the directory version', () => {
    expect(bucketPath({ version: 'abc', buckets: 8 }, 5)).toBe('words/abc/5.pf_words');
  });
  it('are read gzipped, or as plain JSON when a server unzipped them on the way', async () => {
    const json = JSON.stringify({ đinh: '3', ba: 'f' });
    const plain = new TextEncoder().encode(json);
    const zipped = gzipSync(json);
    expect(await readBucket(plain.buffer)).toEqual({ đinh: '3', ba: 'f' });
    expect(await readBucket(zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.length))).toEqual({ đinh: '3', ba: 'f' });
  });
});

describe('shard sets', () => {
  it('round-trip shard positions through a short text', () => {
    for (const positions of [[0], [3], [4], [0, 1, 2, 3], [0, 5, 64], [1, 7, 8, 9, 63]]) {
      expect(positionsOf(shardSetOf(positions))).toEqual(positions);
    }
    expect(shardSetOf([0, 1, 2, 3, 4])).toBe('f1');
    expect(positionsOf('')).toEqual([]);
  });
});

describe('shardsHolding', () => {
  const directory = new Map([
    ['ba', [0, 1, 2]],
    ['đinh', [1]],
    ['dinh', [2]],
    ['vi', [0]],
  ]);
  const lookUp = (key: string) => directory.get(key) ?? [];
  it('keeps the shards holding every word, any variant of a word counting', () => {
    expect(shardsHolding([['ba'], ['dinh', 'đinh']], lookUp)).toEqual({ positions: [1, 2], missing: [] });
    expect(shardsHolding([['ba'], ['Vì']], lookUp)).toEqual({ positions: [0], missing: [] });
  });
  it('names the words no shard holds, and then holds no shard', () => {
    expect(shardsHolding([['ba'], ['xyzzy'], ['qq']], lookUp)).toEqual({ positions: [], missing: [1, 2] });
  });
  it('may find no shard holding all words, though each is held somewhere', () => {
    expect(shardsHolding([['vi'], ['đinh']], lookUp)).toEqual({ positions: [], missing: [] });
  });
});

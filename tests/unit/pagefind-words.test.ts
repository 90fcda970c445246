// The words of a real Pagefind index (a shard built by the indexer from a tiny site).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { wordsOfIndex } from '../../tools/build/pagefind-words.ts';
import { buildSearchIndex } from '../../tools/build/search-indexer.ts';

describe('wordsOfIndex', () => {
  const site = mkdtempSync(join(tmpdir(), 'pagefind-words-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it("reads every word key of a shard's index: folded, lower case, đ kept, numbers without separators", async () => {
    mkdirSync(join(site, 'bai-viet', 'bai-a'), { recursive: true });
    writeFileSync(
      join(site, 'bai-viet', 'bai-a', 'index.html'),
      '<!doctype html><html lang="vi"><body><article data-pagefind-body><div hidden data-pagefind-sort="date:2024-03-01T08:00:00+07:00"></div>' +
        '<h1 data-pagefind-meta="title">Quận Ba Đình (giả lập)</h1><p>Dự toán 8.430,54 tỷ đồng; UBND phường.</p></article></body></html>',
    );
    const { shards } = await buildSearchIndex(site);
    const words = wordsOfIndex(join(site, 'pagefind', shards[0].id));
    expect(words).toEqual(expect.arrayContaining(['quan', 'ba', 'đinh', 'gia', 'lap', 'ubnd', 'đong', '843054']));
    expect(words).not.toContain('Đình');
    expect(words).toEqual([...new Set(words)].sort());
  }, 30_000);

  it('names a chunk that is not a Pagefind index', () => {
    const shard = mkdtempSync(join(site, 'broken-'));
    mkdirSync(join(shard, 'index'));
    writeFileSync(join(shard, 'index', 'vi_0.pf_index'), gzipSync('something else'));
    expect(() => wordsOfIndex(shard)).toThrow(/index\/vi_0\.pf_index: not a Pagefind index chunk/);
    expect(readdirSync(join(shard, 'index'))).toHaveLength(1);
  });
});

// The indexer on tiny built sites, with the real Pagefind.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../tools/build/search-indexer.ts';

const page = (title: string, iso: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<article data-pagefind-body><div hidden data-pagefind-sort="date:${iso}"></div><h1 data-pagefind-meta="title">${title}</h1><p>Nội dung giả lập.</p></article></body></html>`;

describe('buildSearchIndex', () => {
  const dirs: string[] = [];
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-site-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes an empty manifest for a site with no article yet', async () => {
    const dir = site();
    const result = await buildSearchIndex(dir);
    expect(result.pages).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8'))).toEqual({ version: 1, shards: [] });
  });

  it('indexes each shard on its own, skipping folders that are not article pages, and names a page without a date', async () => {
    const dir = site();
    for (const [slug, iso] of [
      ['bai-a', '2024-03-01T08:00:00+07:00'],
      ['bai-b', '2021-07-01T08:00:00+07:00'],
    ]) {
      mkdirSync(join(dir, 'bai-viet', slug), { recursive: true });
      writeFileSync(join(dir, 'bai-viet', slug, 'index.html'), page(`Bài ${slug} (giả lập)`, iso));
    }
    mkdirSync(join(dir, 'bai-viet', 'page', '2'), { recursive: true }); // another generator's listing folder
    const result = await buildSearchIndex(dir, { maxShardPages: 1 });
    expect(result.shards.map((s) => [s.id, s.pages])).toEqual([
      ['2024', 1],
      ['2021', 1],
    ]);
    for (const id of ['2024', '2021']) expect(existsSync(join(dir, 'pagefind', id, 'pagefind.js')), id).toBe(true);
    expect(existsSync(join(dir, '.search-staging'))).toBe(false);

    writeFileSync(
      join(dir, 'bai-viet', 'bai-a', 'index.html'),
      '<html><body><article data-pagefind-body>không có ngày</article></body></html>',
    );
    await expect(buildSearchIndex(dir)).rejects.toThrow(/bai-viet\/bai-a\/index\.html: no data-pagefind-sort="date:…"/);
  });
});

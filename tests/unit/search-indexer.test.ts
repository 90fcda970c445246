// The indexer on tiny built sites, with the real Pagefind.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexedPartOf, replaceFolderContents } from '../../tools/build/search-indexer.ts';
import { parseShardManifest } from '../../src/search/shards.ts';
import { bucketOf, positionsOf, readBucket } from '../../src/search/word-directory.ts';

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
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8'))).toEqual({
      version: 3,
      shards: [],
      pagesPerStep: 20_000,
      words: { version: expect.stringMatching(/^[0-9a-f]{16}$/), buckets: 1 },
    });
    // As `npm run build` runs it, with a words cache not made yet (no shard wrote words into it).
    const cached = await buildSearchIndex(dir, { wordsCache: join(dir, 'cache', 'search-words') });
    expect(cached.words.ref).toEqual(result.words.ref);
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
      ['2024-03-03', 1],
      ['2021', 1],
    ]);
    for (const id of ['2024-03-03', '2021']) expect(existsSync(join(dir, 'pagefind', id, 'pagefind.js')), id).toBe(true);
    expect(existsSync(join(dir, '.search-staging'))).toBe(false);

    writeFileSync(
      join(dir, 'bai-viet', 'bai-a', 'index.html'),
      '<html><body><article data-pagefind-body>không có ngày</article></body></html>',
    );
    await expect(buildSearchIndex(dir)).rejects.toThrow(/bai-viet\/bai-a\/index\.html: no data-pagefind-sort="date:…"/);
  });

  describe('with the state of the last run', () => {
    const articles = [
      ['bai-a', '2024-03-01T08:00:00+07:00'],
      ['bai-b', '2024-03-02T08:00:00+07:00'],
      ['bai-c', '2023-05-01T08:00:00+07:00'],
      ['bai-d', '2022-07-01T08:00:00+07:00'],
    ];
    const write = (dir: string, slug: string, iso: string, text = `Bài ${slug} (giả lập)`) => {
      mkdirSync(join(dir, 'bai-viet', slug), { recursive: true });
      writeFileSync(join(dir, 'bai-viet', slug, 'index.html'), page(text, iso));
    };
    const snapshot = (dir: string) =>
      Object.fromEntries(
        readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => {
            const file = join(e.parentPath, e.name);
            return [file.slice(dir.length), readFileSync(file, 'base64')];
          }),
      );

    /** A site with the articles, and where its indexer state is kept (removed after the test). */
    const siteWithArticles = () => {
      const dir = site();
      const state = join(dir, '..', `${basename(dir)}-state.json`);
      dirs.push(state);
      for (const [slug, iso] of articles) write(dir, slug, iso);
      return { dir, state };
    };

    it('keeps shards whose pages did not change, and gives what indexing everything again gives', async () => {
      const { dir, state } = siteWithArticles();
      const first = await buildSearchIndex(dir, { maxShardPages: 1, nextState: state });
      expect(first.shards.map((s) => s.id)).toEqual(['2024-03-03', '2023', '2022']);
      expect(first.reused).toEqual([]);

      const again = await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, nextState: state });
      expect(again).toMatchObject({ rebuilt: [], reused: ['2024-03-03', '2023', '2022'] });

      write(dir, 'bai-c', '2023-05-01T08:00:00+07:00', 'Bài bai-c đã sửa (giả lập)');
      const edited = await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, nextState: state });
      expect(edited).toMatchObject({ rebuilt: ['2023'], reused: ['2024-03-03', '2022'] });

      const fresh = site();
      cpSync(join(dir, 'bai-viet'), join(fresh, 'bai-viet'), { recursive: true });
      await buildSearchIndex(fresh, { maxShardPages: 1 });
      expect(snapshot(dir)).toEqual(snapshot(fresh));
    }, 60_000);

    it('takes pages older than `unchangedBefore` (a copy of the published site) from the state, without reading them', async () => {
      const { dir, state } = siteWithArticles();
      await buildSearchIndex(dir, { maxShardPages: 1, nextState: state });
      // The standby copy: the same pages with other file times (and one that would fail if it were read).
      const copy = site();
      cpSync(dir, copy, { recursive: true });
      const unread = join(copy, 'bai-viet', 'bai-d', 'index.html');
      writeFileSync(unread, 'x'.repeat(statSync(unread).size));
      const since = statSync(unread).mtimeMs + 1;
      const result = await buildSearchIndex(copy, { maxShardPages: 1, previousState: state, unchangedBefore: since });
      expect(result).toMatchObject({ rebuilt: [], reused: ['2024-03-03', '2023', '2022'] });
      // Without it, changed file times mean reading: the damaged page is found.
      await expect(buildSearchIndex(copy, { maxShardPages: 1, previousState: state })).rejects.toThrow(
        /bai-d\/index\.html: no data-pagefind-sort/,
      );
    }, 60_000);

    it('does not even stat the pages the build says it did not write, when the state describes them', async () => {
      const { dir, state } = siteWithArticles();
      await buildSearchIndex(dir, { maxShardPages: 1, nextState: state });
      // Damaged in a way a stat would see (another size), and said to be unchanged: taken from the state.
      const damaged = join(dir, 'bai-viet', 'bai-d', 'index.html');
      writeFileSync(damaged, 'x');
      const unchangedPages = new Set(['bai-viet/bai-d/index.html', 'bai-viet/bai-e/index.html']);
      const result = await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, unchangedPages });
      expect(result).toMatchObject({ rebuilt: [], reused: ['2024-03-03', '2023', '2022'] });
      // A page the state does not know is read, whatever the build says (bai-e is new).
      write(dir, 'bai-e', '2021-08-01T08:00:00+07:00');
      expect(await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, unchangedPages })).toMatchObject({ rebuilt: ['2021'] });
      // Not said to be unchanged: looked at, and the damage is found.
      await expect(buildSearchIndex(dir, { maxShardPages: 1, previousState: state })).rejects.toThrow(
        /bai-d\/index\.html: no data-pagefind-sort/,
      );
    }, 60_000);

    it('indexes a shard again when its folder is gone, and removes shards no longer planned', async () => {
      const { dir, state } = siteWithArticles();
      await buildSearchIndex(dir, { maxShardPages: 1, nextState: state });
      rmSync(join(dir, 'pagefind', '2022'), { recursive: true });
      rmSync(join(dir, 'bai-viet', 'bai-c'), { recursive: true });
      const result = await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, nextState: state });
      expect(result).toMatchObject({ rebuilt: ['2022'], reused: ['2024-03-03'] });
      expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['2022', '2024-03-03', 'shards.json', 'words']);
    }, 60_000);

    /** The word directory as the search page reads it: each key, and the ids of the shards holding it. */
    const directory = async (dir: string) => {
      const manifest = parseShardManifest(JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8')));
      const folder = join(dir, 'pagefind', 'words', manifest.words.version);
      expect(readdirSync(folder)).toHaveLength(manifest.words.buckets);
      const shardsOf = new Map<string, string[]>();
      for (const file of readdirSync(folder)) {
        const bytes = readFileSync(join(folder, file));
        const bucket = await readBucket(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
        for (const [key, set] of Object.entries(bucket)) {
          expect(bucketOf(key, manifest.words.buckets), key).toBe(Number(file.replace('.pf_words', '')));
          shardsOf.set(
            key,
            positionsOf(set).map((position) => manifest.shards[position].id),
          );
        }
      }
      return shardsOf;
    };

    it('writes the word directory: which shards hold each word, whole and folded, kept up to date as shards change', async () => {
      const { dir, state } = siteWithArticles();
      write(dir, 'bai-d', '2022-07-01T08:00:00+07:00', 'Lễ hội ở Ba Vì (giả lập)');
      const words = join(dir, '..', `${basename(dir)}-words`);
      dirs.push(words);
      await buildSearchIndex(dir, { maxShardPages: 1, nextState: state, wordsCache: words });
      const first = await directory(dir);
      expect(first.get('gia')).toEqual(['2024-03-03', '2023', '2022']); // "giả lập" in every page
      expect(first.get('vi')).toEqual(['2022']); // "Vì", folded as Pagefind folds it
      expect(first.get('hoi')).toEqual(['2022']);
      expect(first.has('v')).toBe(false); // whole words only, not prefixes

      // An edit moves "Ba Vì" to another shard; the directory follows, the old version is gone.
      write(dir, 'bai-d', '2022-07-01T08:00:00+07:00', 'Bài bai-d (giả lập)');
      write(dir, 'bai-c', '2023-05-01T08:00:00+07:00', 'Đình làng ở Ba Vì (giả lập)');
      const edited = await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, nextState: state, wordsCache: words });
      expect(edited.rebuilt.sort()).toEqual(['2022', '2023']);
      expect((await directory(dir)).get('vi')).toEqual(['2023']);
      expect((await directory(dir)).get('đinh')).toEqual(['2023']);
      expect(readdirSync(join(dir, 'pagefind', 'words'))).toHaveLength(1);

      // Reused shards' words come from the cache, not their index: with a damaged chunk in a reused
      // shard, the directory is still complete (and without the cache, the damage is named).
      const chunks = join(dir, 'pagefind', '2024-03-03', 'index');
      for (const chunk of readdirSync(chunks)) writeFileSync(join(chunks, chunk), 'not an index');
      write(dir, 'bai-c', '2023-05-01T08:00:00+07:00', 'Bài bai-c (giả lập)');
      await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, nextState: state, wordsCache: words });
      expect((await directory(dir)).get('gia')).toEqual(['2024-03-03', '2023', '2022']);
      // With no shard changed, the directory is kept as it is: no shard's words are read at all.
      const unchanged = await buildSearchIndex(dir, { maxShardPages: 1, previousState: state, nextState: state });
      expect(unchanged.rebuilt).toEqual([]);
      expect(unchanged.words.written).toBe(false);
      expect((await directory(dir)).get('gia')).toEqual(['2024-03-03', '2023', '2022']);
      // Once a shard changes, every shard's words are needed again.
      write(dir, 'bai-d', '2022-07-01T08:00:00+07:00', 'Bài bai-d đã sửa (giả lập)');
      await expect(buildSearchIndex(dir, { maxShardPages: 1, previousState: state })).rejects.toThrow(/2024-03-03\/index\/.*\.pf_index/);
    }, 60_000);
  });
});

describe('replaceFolderContents', () => {
  it('leaves the files whose bytes are already there, replaces the others and removes those gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-folder-'));
    try {
      const folder = join(dir, 'shard');
      const fresh = join(dir, 'fresh');
      const put = (root: string, files: Record<string, string>) => {
        for (const [file, text] of Object.entries(files)) {
          mkdirSync(join(root, file, '..'), { recursive: true });
          writeFileSync(join(root, file), text);
        }
      };
      put(folder, { 'same.txt': 'a', 'sub/same.txt': 'b', 'changed.txt': 'old', 'size.txt': 'x', 'gone.txt': 'c' });
      put(fresh, { 'same.txt': 'a', 'sub/same.txt': 'b', 'changed.txt': 'new', 'size.txt': 'xy', 'sub/new.txt': 'd' });
      const inode = (file: string) => statSync(join(folder, file)).ino;
      const before = { same: inode('same.txt'), changed: inode('changed.txt') };

      const { kept, removed } = replaceFolderContents(folder, fresh);
      expect(kept.sort()).toEqual(['same.txt', join('sub', 'same.txt')]);
      expect(removed).toEqual(['gone.txt']);
      expect(inode('same.txt')).toBe(before.same); // untouched
      expect(inode('changed.txt')).not.toBe(before.changed);
      const text = (file: string) => readFileSync(join(folder, file), 'utf8');
      expect([text('same.txt'), text('sub/same.txt'), text('changed.txt'), text('size.txt'), text('sub/new.txt')]).toEqual([
        'a',
        'b',
        'new',
        'xy',
        'd',
      ]);
      expect(existsSync(join(folder, 'gone.txt'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('indexedPartOf', () => {
  const page = (outside: string, inside: string) =>
    `<!doctype html><html lang="vi"><body><nav>${outside}</nav><article data-pagefind-body><div data-pagefind-sort="date:2024-01-01T08:00:00+07:00"></div>` +
    `<section><article>lồng</article>${inside}</section></article><aside data-pagefind-filter="x:y">${outside}</aside></body></html>`;
  it('is what Pagefind reads: the marked element, data-pagefind-* attributes and the language, not the rest', () => {
    expect(indexedPartOf(page('tin khác', 'nội dung'))).toBe(indexedPartOf(page('tin khác nữa', 'nội dung')));
    expect(indexedPartOf(page('tin khác', 'nội dung'))).not.toBe(indexedPartOf(page('tin khác', 'nội dung đã sửa')));
    expect(indexedPartOf(page('a', 'b'))).toContain('<article>lồng</article>b</section></article>');
    expect(indexedPartOf(page('a', 'b').replace('lang="vi"', 'lang="en"'))).not.toBe(indexedPartOf(page('a', 'b')));
  });
});

// Astro's glob loader, told by a stat per file which articles a build need not read.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { globOfChangedFiles } from '../../src/loaders/changed-article-files.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; filePath?: string; assetImports?: string[] };

/** A store that skips an entry whose digest it holds, as Astro's does. */
function memoryStore() {
  const entries = new Map<string, Entry>();
  const assetImports: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set(entry: Entry) {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    has: (id: string) => entries.has(id),
    addAssetImports: (assets: string[]) => void assetImports.push(...assets),
    addModuleImport() {},
  };
  return { store, entries, assetImports };
}

describe('globOfChangedFiles', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function setup() {
    const root = mkdtempSync(join(tmpdir(), 'changed-files-'));
    dirs.push(root);
    mkdirSync(join(root, 'articles/2021'), { recursive: true });
    mkdirSync(join(root, '.cache'));
    const { store, entries, assetImports } = memoryStore();
    const read: string[] = [];
    // A Markdown entry type whose frontmatter is one "title:" line; it notes each file the loader read.
    const markdown = {
      extensions: ['.md'],
      getEntryInfo({ contents, fileUrl }: { contents: string; fileUrl: URL }) {
        read.push(fileUrl.pathname.slice(fileUrl.pathname.indexOf('/articles/') + 10));
        const [, title = '', body = ''] = /^---\ntitle: (.*)\n---\n([\s\S]*)$/.exec(contents) ?? [];
        return { data: { title }, body, slug: '', rawData: '' };
      },
    };
    const context = (watcher?: unknown) =>
      ({
        config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`), cacheDir: pathToFileURL(`${root}/.cache/`) },
        logger: { debug() {}, info() {}, warn() {}, error() {} },
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: (value: unknown) => createHash('sha1').update(String(value)).digest('hex'),
        collection: 'articles',
        entryTypes: new Map([['.md', markdown]]),
        store,
        watcher,
      }) as unknown as LoaderContext;
    // Files written now count as settled: the clock is moved on past the settling time.
    const loader = globOfChangedFiles(
      { pattern: '**/[^_.]*.md', base: 'articles', generateId: ({ entry }) => basename(entry, '.md') },
      { now: () => Date.now() + 10_000 },
    );
    /** One sync as a build runs it; returns the files it read. */
    const sync = async (watcher?: unknown) => {
      read.length = 0;
      await loader.load(context(watcher));
      return read.splice(0).sort();
    };
    const write = (name: string, title: string, body = 'Nội dung.') =>
      writeFileSync(join(root, 'articles', name), `---\ntitle: ${title}\n---\n${body}\n`);
    const titles = () => Object.fromEntries([...entries.values()].map((e) => [e.id, e.data.title]).sort());
    return { root, entries, assetImports, sync, write, titles };
  }

  it('reads every file the first time, then only those that changed, and holds what a full read holds', async () => {
    const { sync, write, titles, root } = setup();
    write('2021/bai-a.md', 'A');
    write('2021/bai-b.md', 'B');
    write('2021/bai-c.md', 'C');
    expect(await sync()).toEqual(['2021/bai-a.md', '2021/bai-b.md', '2021/bai-c.md']);
    expect(await sync()).toEqual([]);

    write('2021/bai-b.md', 'B sửa'); // edited
    write('2021/bai-d.md', 'D'); // new
    unlinkSync(join(root, 'articles/2021/bai-c.md')); // deleted
    expect(await sync()).toEqual(['2021/bai-b.md', '2021/bai-d.md']);
    expect(titles()).toEqual({ 'bai-a': 'A', 'bai-b': 'B sửa', 'bai-d': 'D' });
    expect(await sync()).toEqual([]);

    // What a build from an empty store holds.
    const fresh = setup();
    for (const [id, title] of Object.entries(titles())) fresh.write(`2021/${id}.md`, title as string);
    fresh.write('2021/bai-b.md', 'B sửa');
    await fresh.sync();
    expect(fresh.titles()).toEqual(titles());
  });

  it('reads a file again whose contents changed though its size and modification time were put back', async () => {
    const { sync, write, titles, root } = setup();
    const file = join(root, 'articles/2021/bai-a.md');
    write('2021/bai-a.md', 'Một');
    await sync();
    const { atime, mtime } = statSync(file);
    write('2021/bai-a.md', 'Hai'); // same size
    utimesSync(file, atime, mtime); // as `touch -r`, a copy keeping times, or a checkout could
    expect(await sync()).toEqual(['2021/bai-a.md']); // its change time tells
    expect(titles()).toEqual({ 'bai-a': 'Hai' });
  });

  it('reads a file again when the store no longer holds what it was read into', async () => {
    const { sync, write, entries } = setup();
    write('2021/bai-a.md', 'A');
    await sync();
    entries.clear(); // Astro clears the store when its configuration changed
    expect(await sync()).toEqual(['2021/bai-a.md']);
    entries.set('bai-a', { ...entries.get('bai-a')!, digest: 'other' });
    expect(await sync()).toEqual(['2021/bai-a.md']);
  });

  it('reads everything while a symbolic link is in the folder, and in the dev server', async () => {
    const { sync, write, root } = setup();
    write('2021/bai-a.md', 'A');
    await sync();
    expect(await sync({ add() {}, on() {} })).toEqual(['2021/bai-a.md']); // a watcher: the dev server
    mkdirSync(join(root, 'other'));
    writeFileSync(join(root, 'other/bai-l.md'), '---\ntitle: L\n---\nx\n');
    symlinkSync(join(root, 'other'), join(root, 'articles/lien-ket'));
    expect(await sync()).toEqual(['2021/bai-a.md', 'lien-ket/bai-l.md']);
  });

  it("keeps an unchanged entry's images bundled, as the glob loader does", async () => {
    const { sync, write, entries, assetImports } = setup();
    write('2021/bai-a.md', 'A');
    await sync();
    entries.set('bai-a', { ...entries.get('bai-a')!, assetImports: ['./anh.jpg'] });
    assetImports.length = 0;
    expect(await sync()).toEqual([]);
    expect(assetImports).toEqual(['./anh.jpg']);
  });
});

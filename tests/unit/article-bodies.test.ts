import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { bodyOnDisk, storeWithBodiesOnDisk, unchangedTest } from '../../src/loaders/article-bodies.ts';
import { articleBodyFile, BODY_FILE_KEY } from '../../src/loaders/body-files.ts';

type DataStore = LoaderContext['store'];

/** A plain in-memory store with the DataStore methods the glob loader uses. */
function memoryStore() {
  const entries = new Map<string, ReturnType<DataStore['get']>>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: NonNullable<ReturnType<DataStore['get']>>) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    clear: () => entries.clear(),
    addModuleImport: () => {},
  } as unknown as DataStore;
  return { store, entries };
}

describe('article bodies on disk', () => {
  const dirs: string[] = [];
  const bodyDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodies-'));
    dirs.push(dir);
    return join(dir, 'article-bodies');
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const rendered = (html: string, metadata: Record<string, unknown> = {}) => ({
    html,
    metadata: { headings: [], frontmatter: { readingMinutes: 3 }, ...metadata },
  });

  it('keeps the metadata in the store and the HTML in a file, read back exactly', async () => {
    const { store, entries } = memoryStore();
    const dir = bodyDir();
    const lean = storeWithBodiesOnDisk(store, dir);
    lean.set({
      id: 'bai-a',
      data: { title: 'A' },
      digest: 'd1',
      filePath: 'content/articles/2021/bai-a.md',
      rendered: rendered('<p>Nội dung bài A</p>', {
        // Astro's metadata repeats the file's frontmatter and lists headings: the store need not keep them.
        frontmatter: { title: 'A', readingMinutes: 3, hasVideo: true },
        headings: [{ depth: 2, slug: 'muc-mot', text: 'Mục một' }],
        localImagePaths: [],
      }),
    });
    const stored = entries.get('bai-a')!;
    expect(stored.rendered!.html).toBe('');
    expect(stored.rendered!.metadata).toEqual({
      frontmatter: { readingMinutes: 3, hasVideo: true },
      [BODY_FILE_KEY]: true,
    });
    expect(JSON.stringify(stored)).not.toContain('Nội dung bài A');
    await expect(bodyOnDisk(stored, dir)).resolves.toBe('<p>Nội dung bài A</p>');
    expect(readFileSync(articleBodyFile(dir, 'bai-a'), 'utf8')).toBe('<p>Nội dung bài A</p>');
    expect(lean.get('bai-a')).toBe(stored);
  });

  it('leaves bodies with images in the store, for Astro to optimise their photos', async () => {
    const { store, entries } = memoryStore();
    const lean = storeWithBodiesOnDisk(store, bodyDir());
    lean.set({
      id: 'co-anh',
      data: {},
      digest: 'd',
      rendered: rendered('<img src="__ASTRO_IMAGE_x">', { localImagePaths: ['./anh/x.jpg'] }),
    });
    expect(entries.get('co-anh')!.rendered!.html).toBe('<img src="__ASTRO_IMAGE_x">');
    await expect(bodyOnDisk(entries.get('co-anh')!, '/nowhere')).resolves.toBeUndefined();
  });

  it('reports an article that could not be rendered as missing, so the next build renders it again', async () => {
    const { store, entries } = memoryStore();
    const lean = storeWithBodiesOnDisk(store, bodyDir());
    lean.set({ id: 'loi', data: {}, digest: 'd' });
    lean.set({
      id: 'loi-mdx',
      data: {},
      digest: 'd',
      rendered: rendered('', { frontmatter: { bodyProblems: [{ line: 3, message: 'x' }] } }),
    });
    expect(entries.has('loi')).toBe(true);
    expect(lean.get('loi')).toBeUndefined();
    expect(entries.get('loi-mdx')!.rendered!.metadata!.frontmatter).toMatchObject({ bodyProblems: [{ line: 3 }] });
    await expect(bodyOnDisk(entries.get('loi-mdx')!, '/nowhere')).resolves.toBeUndefined();
    expect(lean.get('loi-mdx')).toBeUndefined();
  });

  it('reports an entry whose body file vanished as missing, so the loader renders it again', async () => {
    const { store, entries } = memoryStore();
    const dir = bodyDir();
    const lean = storeWithBodiesOnDisk(store, dir);
    lean.set({ id: 'bai-b', data: {}, digest: 'd', rendered: rendered('<p>B</p>') });
    rmSync(articleBodyFile(dir, 'bai-b'));
    expect(lean.get('bai-b')).toBeUndefined();
    await expect(bodyOnDisk({ ...entries.get('bai-b')!, filePath: 'content/articles/2021/bai-b.md' }, dir)).rejects.toThrow(
      /content\/articles\/2021\/bai-b\.md: the rendered article body .* is missing/,
    );
  });

  it('does not write again a body the renderer wrote itself, and keeps the same lean entry', () => {
    const { store, entries } = memoryStore();
    const dir = bodyDir();
    const lean = storeWithBodiesOnDisk(store, dir);
    writeFileSync(articleBodyFile(dir, 'bai-d'), '<p>viết trong luồng dựng</p>');
    lean.set({
      id: 'bai-d',
      data: { title: 'D' },
      digest: 'd',
      rendered: { html: '', metadata: { frontmatter: { readingMinutes: 2 }, [BODY_FILE_KEY]: true } },
    });
    expect(readFileSync(articleBodyFile(dir, 'bai-d'), 'utf8')).toBe('<p>viết trong luồng dựng</p>');
    expect(entries.get('bai-d')!.rendered).toEqual({ html: '', metadata: { frontmatter: { readingMinutes: 2 }, [BODY_FILE_KEY]: true } });
    expect(lean.get('bai-d')).toBe(entries.get('bai-d'));
  });

  it('deletes the body file with the entry, and rewrites it when the article changes', () => {
    const { store, entries } = memoryStore();
    const dir = bodyDir();
    const lean = storeWithBodiesOnDisk(store, dir);
    lean.set({ id: 'bai-c', data: {}, digest: 'd1', rendered: rendered('<p>cũ</p>') });
    const file = articleBodyFile(dir, 'bai-c');
    lean.set({ id: 'bai-c', data: {}, digest: 'd2', rendered: rendered('<p>mới</p>') });
    expect(readFileSync(file, 'utf8')).toBe('<p>mới</p>');
    lean.delete('bai-c');
    expect(existsSync(file)).toBe(false);
    expect(entries.has('bai-c')).toBe(false);
  });

  it('in a build, reads which body files exist from one listing of the folder, kept up to date by its own writes', () => {
    const dir = bodyDir();
    const { store, entries } = memoryStore();
    const first = storeWithBodiesOnDisk(store, dir);
    for (const id of ['giu', 'mat', 'xoa']) first.set({ id, data: {}, digest: 'd', rendered: rendered(`<p>${id}</p>`) });
    rmSync(articleBodyFile(dir, 'mat')); // gone between two builds
    const listing = storeWithBodiesOnDisk(store, dir, { listFolder: true });
    expect(listing.get('giu')).toBe(entries.get('giu'));
    expect(listing.get('mat')).toBeUndefined();
    listing.set({ id: 'mat', data: {}, digest: 'd', rendered: rendered('<p>mat</p>') });
    expect(listing.get('mat')).toBe(entries.get('mat'));
    const gone = entries.get('xoa')!;
    listing.delete('xoa');
    entries.set('xoa', gone); // the store still lists it: its body is known to be gone
    expect(listing.get('xoa')).toBeUndefined();
    // An older store's entry, which held its body file's path, is rendered again (the file is there).
    const older = join(dir, 'cu.html');
    writeFileSync(older, '<p>cu</p>');
    entries.set('cu', { ...gone, id: 'cu', rendered: { html: '', metadata: { [BODY_FILE_KEY]: older } } });
    expect(listing.get('cu')).toBeUndefined();
  });

  it('knows an unchanged article file by its path and digest, so its frontmatter is not parsed again', () => {
    const { store } = memoryStore();
    const dir = bodyDir();
    const lean = storeWithBodiesOnDisk(store, dir);
    const text = '---\ntitle: A\n---\nNội dung';
    const digest = (contents: string) => `#${contents.length}:${contents}`;
    lean.set({ id: 'bai-a', data: {}, digest: digest(text), filePath: 'content/articles/2021/bai-a.md', rendered: rendered('<p>A</p>') });
    lean.set({ id: 'bai-b', data: {}, digest: digest(text), filePath: 'content/articles/2021/bai-b.md', rendered: rendered('<p>B</p>') });
    rmSync(articleBodyFile(dir, 'bai-b'));
    const unchanged = unchangedTest({ config: { root: new URL('file:///du-an/') } as never, generateDigest: digest }, lean);
    const file = (path: string) => new URL(path, 'file:///du-an/');
    expect(unchanged(file('content/articles/2021/bai-a.md'), text)).toBe(true);
    expect(unchanged(file('content/articles/2021/bai-a.md'), `${text}, đã sửa`)).toBe(false);
    expect(unchanged(file('content/articles/2022/bai-a.md'), text)).toBe(false); // moved: glob looks it up again
    expect(unchanged(file('content/articles/2021/bai-b.md'), text)).toBe(false); // its body file is gone
  });
});

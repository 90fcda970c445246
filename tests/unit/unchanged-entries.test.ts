// file() (categories.yaml, authors.yaml) wrapped so that a sync changes the store only where the file changed.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { file, type LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { withUnchangedEntriesKept } from '../../src/loaders/unchanged-entries.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; filePath?: string };

/** A store that skips an entry whose digest it holds, as Astro's does, and counts what changed it. */
function countingStore() {
  const entries = new Map<string, Entry>();
  const counts = { changes: 0, clears: 0 };
  const store = {
    get: (id: string) => entries.get(id),
    set(entry: Entry) {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      counts.changes++;
      return true;
    },
    delete(id: string) {
      entries.delete(id);
      counts.changes++;
    },
    clear() {
      entries.clear();
      counts.changes++;
      counts.clears++;
    },
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    has: (id: string) => entries.has(id),
  };
  return { store, entries, counts };
}

describe('withUnchangedEntriesKept', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function setup() {
    const root = mkdtempSync(join(tmpdir(), 'file-loader-'));
    dirs.push(root);
    const yaml = join(root, 'categories.yaml');
    const { store, entries, counts } = countingStore();
    const context = (watcher?: unknown) =>
      ({
        config: { root: pathToFileURL(`${root}/`) },
        logger: { debug() {}, info() {}, warn() {}, error() {} },
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex'),
        collection: 'categories',
        store,
        watcher,
      }) as unknown as LoaderContext;
    /** Writes the file, then syncs it through the wrapped loader, as a build does. */
    const sync = async (text: string) => {
      writeFileSync(yaml, text);
      await withUnchangedEntriesKept(file(yaml)).load(context());
    };
    return { yaml, entries, counts, context, sync };
  }

  it('leaves the store untouched when the file did not change, which file() alone does not', async () => {
    const { yaml, entries, counts, context } = setup();
    writeFileSync(yaml, '- slug: thoi-su\n  name: Thời sự\n- slug: kinh-te\n  name: Kinh tế\n');
    await withUnchangedEntriesKept(file(yaml)).load(context());
    expect([...entries.keys()]).toEqual(['thoi-su', 'kinh-te']);
    counts.changes = 0;
    await withUnchangedEntriesKept(file(yaml)).load(context());
    expect(counts.changes).toBe(0);
    await file(yaml).load(context());
    expect(counts.changes).toBeGreaterThan(0); // cleared and set again
  });

  it('holds what the file holds after an edit: changed, added and removed entries', async () => {
    const { entries, sync } = setup();
    await sync('- slug: thoi-su\n  name: Thời sự\n- slug: kinh-te\n  name: Kinh tế\n');
    await sync('- slug: thoi-su\n  name: Thời sự Hà Nội\n- slug: van-hoa\n  name: Văn hóa\n');
    expect([...entries.keys()].sort()).toEqual(['thoi-su', 'van-hoa']);
    expect(entries.get('thoi-su')!.data).toEqual({ slug: 'thoi-su', name: 'Thời sự Hà Nội' });
  });

  it('keeps the entries when the file cannot be read, as file() does', async () => {
    const { entries, sync } = setup();
    await sync('- slug: thoi-su\n  name: Thời sự\n');
    await sync('- slug: [không đóng\n');
    expect([...entries.keys()]).toEqual(['thoi-su']);
  });

  it('in the dev server, is file() itself: each change of the file syncs again, with no end to wait for', async () => {
    const { yaml, counts, context } = setup();
    writeFileSync(yaml, '- slug: thoi-su\n  name: Thời sự\n');
    const watcher = { add() {}, on() {} };
    await withUnchangedEntriesKept(file(yaml)).load(context(watcher));
    await withUnchangedEntriesKept(file(yaml)).load(context(watcher));
    expect(counts.clears).toBe(2);
  });
});

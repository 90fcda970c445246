// Article bodies on disk instead of in Astro's content store.
//
// Astro's glob loader keeps every Markdown article's rendered HTML in its data store: in memory during
// the build, in one JSON file on disk, and in a module the dev server reloads after every edit. That is
// what does not scale: at 10,000 articles the store is 63 MB, which the dev server rewrites and re-imports
// on each save (~10 s); at 100,000 the build runs out of memory while syncing it (4 GB heap), and one
// JSON string of it would pass V8's maximum string length.
//
// `withBodiesOnDisk(glob(...))` keeps the glob loader (same files, ids, schema, digests, watching) but
// moves each rendered body into its own file, `<cacheDir>/article-bodies/<id>.html`, leaving the store
// with the metadata only. Bodies with local images stay in the store: `render()` turns their image
// placeholders into optimised images, and they are few. Pages get a body with `articleBody()`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];
type DataEntry = NonNullable<ReturnType<DataStore['get']>>;

/** Where, in a stored entry's rendered metadata, the body file's path is kept. */
export const BODY_FILE_KEY = 'bodyFile';

const hasImages = (entry: DataEntry) => {
  const metadata = entry.rendered?.metadata ?? {};
  return ['imagePaths', 'localImagePaths', 'remoteImagePaths'].some((key) => ((metadata[key] as unknown[] | undefined)?.length ?? 0) > 0);
};

function bodyDirOf(cacheDir: URL | string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'article-bodies');
}

/**
 * A copy whose strings are fresh. Values parsed from a file (YAML fields, heading texts) are often V8
 * "sliced strings" that keep the whole file's text alive: 100,000 stored entries then hold every
 * article's full text in memory (heap profile: ~8 KB per entry, 84 MB at 10,000 articles).
 */
function detached<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** A store that writes rendered bodies to files and keeps the rest. */
export function storeWithBodiesOnDisk(store: DataStore, bodyDir: string): DataStore {
  mkdirSync(bodyDir, { recursive: true });
  const fileOf = (id: string) => join(bodyDir, `${encodeURIComponent(id)}.html`);
  const lean: Partial<DataStore> = {
    set(entry) {
      const rendered = entry.rendered;
      const data = detached(entry.data);
      if (!rendered || hasImages(entry as DataEntry)) {
        rmSync(fileOf(entry.id), { force: true });
        return store.set({ ...entry, data, ...(rendered ? { rendered: detached(rendered) } : {}) });
      }
      const file = fileOf(entry.id);
      writeFileSync(file, rendered.html);
      return store.set({ ...entry, data, rendered: { html: '', metadata: detached({ ...rendered.metadata, [BODY_FILE_KEY]: file }) } });
    },
    // An entry whose body file is gone (cache folder cleaned, project moved) is reported missing, so the
    // glob loader renders it again instead of trusting its unchanged digest.
    get: ((id: string) => {
      const entry = store.get(id);
      const file = entry?.rendered?.metadata?.[BODY_FILE_KEY];
      if (typeof file === 'string' && !existsSync(file)) return undefined;
      return entry;
    }) as DataStore['get'],
    delete(id) {
      rmSync(fileOf(id), { force: true });
      store.delete(id);
    },
  };
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key in lean) return lean[key as keyof DataStore];
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function withBodiesOnDisk(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}-bodies-on-disk`,
    load: (context) => loader.load({ ...context, store: storeWithBodiesOnDisk(context.store, bodyDirOf(context.config.cacheDir)) }),
  };
}

/**
 * The rendered HTML of an entry whose body is on disk, or undefined when the body is in the store (use
 * `render()`). A body file that should exist and does not is an error naming the article: never an
 * article page without its text.
 */
export function bodyOnDisk(entry: {
  id: string;
  filePath?: string;
  rendered?: { metadata?: Record<string, unknown> };
}): string | undefined {
  const file = entry.rendered?.metadata?.[BODY_FILE_KEY];
  if (typeof file !== 'string') return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${entry.filePath ?? entry.id}: the rendered article body ${file} is missing (${(error as Error).message}). ` +
        'Build again from empty caches: `npm run build -- --clean`.',
      { cause: error },
    );
  }
}

/** The frontmatter remark plugins added while rendering (e.g. the reading time) of an entry whose body is on disk. */
export function frontmatterOnDisk(entry: { rendered?: { metadata?: Record<string, unknown> } }): Record<string, unknown> {
  return (entry.rendered?.metadata?.frontmatter ?? {}) as Record<string, unknown>;
}

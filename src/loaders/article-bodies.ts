// Article bodies: rendered once, kept on disk instead of in Astro's content store, MDX included.
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
//
// MDX articles are rendered here too, like Markdown (./article-renderers.ts), instead of being compiled
// into a JavaScript module that the bundler holds and builds again on every build (11 s for 1,000 MDX
// articles at 10,000, and the memory peak at 100,000). An article is content, not code: its MDX is
// parsed, checked against what an article may contain (src/markdown/mdx-content.ts) and its components
// turned into HTML; nothing in it runs. Every article that cannot be rendered is named, with line and
// reason, and the build stops.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { BodyFrontmatter } from '../markdown/body-frontmatter.ts';
import type { BodyProblem } from '../markdown/mdx-content.ts';
import { detached } from '../lib/detached.ts';
import { formatProblem, REFUSED_ARTICLES_FILE, type ContentProblem } from '../model/content-report.ts';
import {
  createBodyRenderer,
  renderPool,
  sharedOptionsOf,
  unifiedProcessorOf,
  type BodyToRender,
  type RenderedBody,
  type RenderError,
} from './article-renderers.ts';
import { articleBodyDir, articleBodyFile, BODY_FILE_KEY, keptOnDisk, leanMetadata } from './body-files.ts';

type DataStore = LoaderContext['store'];

/**
 * A store that writes rendered bodies to files and keeps the rest.
 *
 * `listFolder`: whether a body file's presence may be read from one listing of the folder, taken now
 * and kept up to date by this store, instead of a stat per article on every sync (~0.2 s at 10,000
 * articles, a syscall each). True for a build, which nothing else writes to; false while watching
 * (the dev server), where the folder may change under a listing.
 */
export function storeWithBodiesOnDisk(store: DataStore, bodyDir: string, { listFolder = false } = {}): DataStore {
  mkdirSync(bodyDir, { recursive: true });
  const fileOf = (id: string) => articleBodyFile(bodyDir, id);
  const listed = listFolder ? new Set(readdirSync(bodyDir)) : undefined;
  const exists = (file: string) => (listed && dirname(file) === bodyDir ? listed.has(basename(file)) : existsSync(file));
  const lean: Partial<DataStore> = {
    set(entry) {
      const rendered = entry.rendered;
      const data = detached(entry.data);
      if (!rendered || !keptOnDisk(rendered.metadata)) {
        rmSync(fileOf(entry.id), { force: true });
        listed?.delete(basename(fileOf(entry.id)));
        return store.set({ ...entry, data, ...(rendered ? { rendered: detached(rendered) } : {}) });
      }
      const file = fileOf(entry.id);
      // A body the renderer wrote itself (BodyToRender's bodyFile) is not written again.
      if (rendered.metadata?.[BODY_FILE_KEY] !== true) writeFileSync(file, rendered.html);
      listed?.add(basename(file));
      return store.set({ ...entry, data, rendered: { html: '', metadata: detached(leanMetadata(rendered.metadata, data)) } });
    },
    // An entry whose body file is gone (cache folder cleaned), or that could not be rendered (a failed
    // build), is reported missing, so the glob loader renders it again instead of
    // trusting its unchanged digest.
    get: ((id: string) => {
      const entry = store.get(id);
      if (entry && (!entry.rendered || (entry.rendered.metadata?.frontmatter as BodyFrontmatter | undefined)?.bodyProblems))
        return undefined;
      // A mark other than `true` is an older store's (it held the file's path): rendered again.
      const mark = entry?.rendered?.metadata?.[BODY_FILE_KEY];
      if (mark !== undefined && (mark !== true || !exists(fileOf(id)))) return undefined;
      return entry;
    }) as DataStore['get'],
    delete(id) {
      rmSync(fileOf(id), { force: true });
      listed?.delete(basename(fileOf(id)));
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

type RenderFunction = Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>;

/** What an unchanged article's file "contains" for the glob loader, which keeps the stored entry instead. */
const UNCHANGED_ENTRY = Object.freeze({ data: Object.freeze({}), body: '', rawData: '', slug: '' });

/**
 * Whether an article file is as the content store last saw it: the glob loader's own test (same digest,
 * an entry with a body), the entry found by the file's path. Glob's id comes from the file's path (its
 * name: src/model/article-id.ts), so the entry found is the one the loader will look up. The digest is
 * computed again by the loader (~10 µs a file; keeping it between the two cost as much).
 */
export function unchangedTest(context: Pick<LoaderContext, 'config' | 'generateDigest'>, store: DataStore) {
  const root = fileURLToPath(context.config.root);
  const idByFile = new Map(store.values().flatMap((entry) => (entry.filePath ? [[entry.filePath, entry.id] as const] : [])));
  return (fileUrl: URL, contents: string) => {
    const id = idByFile.get(relative(root, fileURLToPath(fileUrl)).split(sep).join('/'));
    const stored = id === undefined ? undefined : store.get(id);
    return stored?.digest !== undefined && stored.digest === context.generateDigest(contents);
  };
}

/** The line in the file where a body (frontmatter removed, trimmed) starts, so problems name the file's own lines. */
function bodyFirstLine(file: string, body: string): number {
  try {
    const contents = readFileSync(file, 'utf8');
    const at = body ? contents.indexOf(body) : -1;
    return at < 0 ? 1 : contents.slice(0, at).split('\n').length;
  } catch {
    return 1;
  }
}

/**
 * An article entry type: the given one reads the file (frontmatter and body; for .mdx, @astrojs/mdx's),
 * and bodies are rendered by `render` (./article-renderers.ts), never compiled into modules. Rendering
 * never fails silently: the glob loader would log an error and store the article without its body;
 * here every failure (a syntax error, what an MDX article may not contain) is kept, with the file's own
 * line numbers, and reported: at once in the dev server, all together at the end of a build's content
 * sync, which then fails.
 */
function articleEntryType(
  entryType: ContentEntryType,
  extension: string,
  render: (body: BodyToRender) => Promise<RenderedBody>,
  bodyDir: string,
  onFailure: (problems: ContentProblem[]) => void,
  unchanged: (fileUrl: URL, contents: string) => boolean,
): ContentEntryType {
  const { contentModuleTypes: _compiledModules, ...reading } = entryType;
  return {
    ...reading,
    // An unchanged file's frontmatter is not parsed: the glob loader keeps its stored entry (same
    // digest) and never reads what this returns. ~0.4 s of a build's content sync at 10,000 articles.
    getEntryInfo: (params) => (unchanged(params.fileUrl, params.contents) ? UNCHANGED_ENTRY : reading.getEntryInfo(params)),
    async getRenderFunction(): Promise<RenderFunction> {
      return async (entry) => {
        const file = entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
        const fail = (problems: BodyProblem[]) => {
          const offset = entry.filePath ? bodyFirstLine(entry.filePath, entry.body ?? '') - 1 : 0;
          const located = problems.map((p) => ({ ...p, line: p.line && p.line + offset }));
          onFailure(
            located.map(({ line, column, subject, message }): ContentProblem => ({
              file,
              line,
              column,
              field: subject,
              message,
              severity: 'error',
            })),
          );
          // No body, and the problems kept with the entry: the dev server shows them on the article's
          // page, and the next sync renders the article again (storeWithBodiesOnDisk's get).
          const frontmatter: BodyFrontmatter = { bodyProblems: located };
          return { html: '', metadata: { frontmatter } };
        };
        let rendered: RenderedBody;
        try {
          rendered = await render({
            extension,
            body: entry.body ?? '',
            frontmatter: entry.data,
            filePath: entry.filePath,
            bodyFile: articleBodyFile(bodyDir, entry.id),
          });
        } catch (error) {
          const { line, column, reason, message } = error as RenderError;
          return fail([{ line, column, message: `lỗi cú pháp: ${reason ?? message ?? String(error)}` }]);
        }
        const problems = (rendered.metadata.frontmatter as BodyFrontmatter | undefined)?.bodyProblems;
        if (problems?.length) return fail(problems);
        return rendered;
      };
    },
  };
}

export function withBodiesOnDisk(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}-bodies-on-disk`,
    async load(context) {
      // The glob loader picks an entry type by extension from `entryTypes`, which Astro passes loaders
      // besides the documented context; without it, MDX articles could not be rendered here.
      const given = (context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> }).entryTypes;
      if (!given?.has('.md') || !given.has('.mdx'))
        throw new Error('The article loader needs Astro to pass content entry types (.md, and .mdx from @astrojs/mdx) to loaders.');
      const inThread = await createBodyRenderer(unifiedProcessorOf(context.config), sharedOptionsOf(context.config));
      const pool = renderPool(context.config, inThread);
      const failures: ContentProblem[][] = [];
      const onFailure = (problems: ContentProblem[]) => {
        failures.push(problems);
        context.logger.error(problems.map(formatProblem).join('\n'));
      };
      const bodyDir = articleBodyDir(context.config.cacheDir);
      const store = storeWithBodiesOnDisk(context.store, bodyDir, { listFolder: !context.watcher });
      const unchanged = unchangedTest(context, store);
      const entryTypes = new Map(
        [...given].map(([extension, type]) => [
          extension,
          extension === '.md' || extension === '.mdx'
            ? articleEntryType(type, extension, pool.render, bodyDir, onFailure, unchanged)
            : type,
        ]),
      );
      // The stand-in for an unchanged file's frontmatter must never be taken for an article's data.
      const parseData: LoaderContext['parseData'] = (props) => {
        if (props.data === UNCHANGED_ENTRY.data)
          throw new Error(`${props.filePath}: an unchanged article's entry was not found by its id "${props.id}"`);
        return context.parseData(props);
      };
      try {
        await loader.load({ ...context, entryTypes, store, parseData } as LoaderContext);
      } finally {
        await pool.close();
      }
      // A build stops; the dev server goes on, showing the problems on the articles' pages. The build
      // stops here, in the content sync, before any page is written: the problems are left for
      // `npm run build` (REFUSED_ARTICLES_FILE), and the process ends without Astro's English error
      // report (a location inside this loader and a stack trace, which tell an editor nothing).
      if (failures.length && !context.watcher) {
        writeFileSync(join(fileURLToPath(context.config.cacheDir), REFUSED_ARTICLES_FILE), JSON.stringify(failures.flat()));
        context.logger.error(
          `${failures.length} bài không dựng được (sửa các lỗi ở trên rồi dựng lại; chạy npm run check để xem mọi lỗi nội dung).`,
        );
        process.exit(1);
      }
    },
  };
}

/**
 * The rendered HTML of an entry whose body is on disk in `bodyDir` (articleBodyDir), or undefined when
 * the body is in the store (use `render()`). A body file that should exist and does not is an error
 * naming the article: never an article page without its text.
 */
export async function bodyOnDisk(
  entry: {
    id: string;
    filePath?: string;
    rendered?: { metadata?: Record<string, unknown> };
  },
  bodyDir: string,
): Promise<string | undefined> {
  if (entry.rendered?.metadata?.[BODY_FILE_KEY] !== true) return undefined;
  const file = articleBodyFile(bodyDir, entry.id);
  try {
    // Not read synchronously: Astro renders several pages at a time, and the others go on meanwhile
    // (a synchronous read was ~5 s of the render loop's one thread for 10,000 articles in a profile,
    // though on 2 cores the render phase's wall time did not measurably move).
    return await readFile(file, 'utf8');
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

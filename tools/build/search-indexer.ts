// Builds the search index of a built site with Pagefind's Node API: article pages only (they alone carry
// data-pagefind-body), split into shards of consecutive months (src/search/shards.ts), each shard its
// own Pagefind index under dist/pagefind/<shard>/, plus dist/pagefind/shards.json for the search page.
//
// Run by `npm run build` after `astro build` has exited, so the indexer never shares memory with Astro,
// and one shard at a time with Pagefind's backend restarted in between, so memory is bounded by the
// largest shard, not by the archive (one index of 30,000 pages needs ~8 GB; of 100,000, over 24 GB).
//
// With a state file (what the last run indexed), a shard whose pages are the same as last time in what
// Pagefind reads of them (indexedPartOf), and whose folder is still there, is kept as it is: Pagefind
// writes the same bytes for the same input, so the result is what indexing everything again would give.
//
// Beside the shards, the word directory (src/search/word-directory.ts) says which shards hold each word,
// so a search opens only those; each shard's words are read from its index once, when it is indexed,
// and kept in the words cache for the builds that reuse it.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { wordsOfIndex } from './pagefind-words.ts';
import { isUnchangedFile } from '../lib/unchanged-file.ts';
import { updateWordDirectory, writeWordDirectory, type WordDirectoryFigures, type WordDirectoryState } from './word-directory-files.ts';
import { articleUrl } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/site.config.ts';
import {
  planSearchShards,
  shardOfMonth,
  SEARCH_INDEX_DIR,
  SHARD_MANIFEST_FILE,
  type SearchShard,
  type ShardManifest,
} from '../../src/search/shards.ts';
import { WORD_DIRECTORY_DIR } from '../../src/search/word-directory.ts';

/**
 * The code that reads a shard's words and writes the directory (the browser reads it with the same
 * src/search module): cached words and a kept directory are only good for the code that made them.
 */
const WORD_DIRECTORY_CODE = createHash('sha256')
  .update(
    ['../../src/search/word-directory.ts', './word-directory-files.ts', './pagefind-words.ts']
      .map((file) => readFileSync(new URL(file, import.meta.url)))
      .join('\n'),
  )
  .digest('hex')
  .slice(0, 12);

/** Where each shard's pages are gathered (hard links) for Pagefind, one folder per shard. */
const STAGING_DIR = '.search-staging';

/** Files Pagefind writes for its own UIs; the search page uses only its JS API. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function check(errors: string[], step: string) {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

const DATE_SORT = /data-pagefind-sort="date:(\d{4}-\d{2})-\d{2}T[^"]*"/;

/** What the indexer remembers of a page: enough to know, from its size and time, that it has not changed, and the hash of what Pagefind reads of it. */
interface PageRecord {
  size: number;
  mtimeMs: number;
  month: string;
  hash: string;
}

/** What the last run indexed: each page, and each shard's fingerprint (a hash of its pages' bytes). */
interface SearchIndexState {
  version: 1;
  pages: Record<string, PageRecord>;
  shards: Record<string, string>;
  /** The word directory written: a hash of the shards it was made from (ids and fingerprints, in order), and its figures. */
  directory?: { of: string; figures: WordDirectoryFigures };
}

function readState(file: string | undefined): SearchIndexState {
  const empty: SearchIndexState = { version: 1, pages: {}, shards: {} };
  if (!file || !existsSync(file)) return empty;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexState;
    return state.version === 1 ? state : empty;
  } catch {
    return empty; // a damaged state only costs a full index
  }
}

/**
 * What Pagefind reads of a page: the element marked data-pagefind-body, every data-pagefind-* attribute,
 * and the page's language. The rest (navigation, neighbour lists, the comment form) can change without
 * changing the index, so a shard is not indexed again for it.
 */
export function indexedPartOf(html: string): string {
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '';
  const attributes = [...html.matchAll(/\sdata-pagefind-[\w-]+(?:="[^"]*")?/g)].map((m) => m[0]);
  const open = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-body[\s>=/]/.exec(html);
  let body = '';
  if (open) {
    // The element's end: its closing tag at the same depth.
    const tag = open[1];
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    tags.lastIndex = open.index;
    let depth = 0;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        body = html.slice(open.index, m.index + m[0].length);
        break;
      }
    }
  }
  return `${lang}\n${attributes.join('\n')}\n${body}`;
}

/** A page's month and hash: remembered when the file is unchanged (isUnchangedFile), else read from the file. */
function recordOf(
  file: string,
  { size, mtimeMs }: { size: number; mtimeMs: number },
  previous: PageRecord | undefined,
  unchangedBefore: number | undefined,
): PageRecord {
  if (previous && isUnchangedFile({ size, mtimeMs }, previous, unchangedBefore)) return { ...previous, mtimeMs };
  const html = readFileSync(file, 'utf8');
  const month = DATE_SORT.exec(html)?.[1];
  if (!month) throw new Error(`${file}: no data-pagefind-sort="date:…"; article pages must carry their date for the search index`);
  return { size, mtimeMs, month, hash: createHash('sha256').update(indexedPartOf(html)).digest('hex') };
}

interface IndexProgress {
  shard: SearchShard;
  done: number;
  of: number;
  seconds: number;
}

export interface SearchIndexResult {
  pages: number;
  seconds: number;
  shards: SearchShard[];
  /** Shards indexed in this run, kept from the last, and removed as no longer planned (ids). */
  rebuilt: string[];
  reused: string[];
  dropped: string[];
  /**
   * Of the rebuilt shards' folders (paths from the site's root): files left as they were (the same
   * bytes), and files removed. The others were written in this run.
   */
  files: ShardFileChanges;
  words: WordDirectoryFigures;
}

export interface SearchIndexOptions {
  maxShardPages?: number;
  /** Shards indexed at once (each with a Pagefind backend of its own); by default the cores, at most 4. */
  parallel?: number;
  /** How many pages' worth of shards a search opens at a time (written to the manifest); siteConfig's by default. */
  pagesPerStep?: number;
  /** What the last run indexed into this folder; without it, every shard is indexed. */
  previousState?: string;
  /** Where to write what this run indexed (the build makes it the previous state once the site is published). */
  nextState?: string;
  /**
   * A folder keeping each indexed shard's words (by its fingerprint) for the runs that reuse it; without
   * it, the words of reused shards are read from their index again.
   */
  wordsCache?: string;
  /**
   * Files last modified before this time (the file clock's ms) are the pages the previous state describes,
   * unchanged: `npm run build` builds in a copy of the published site, so a page it did not write is the
   * published one, though the copy's file times differ from those the state recorded.
   */
  unchangedBefore?: number;
  /**
   * Pages (paths from the site's root) this run's build did not write, known without a look (Astro
   * skipped them): with their record in the previous state, they are not even stat'ed.
   */
  unchangedPages?: ReadonlySet<string>;
  onShard?: (progress: IndexProgress) => void;
}

/** Files of a rebuilt shard's folder (paths from the site's root): left as they were, and removed. */
export interface ShardFileChanges {
  kept: string[];
  removed: string[];
}

/** The files under `dir`, as paths from it ("fragment/vi_1a2b.pf_fragment"). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/**
 * Makes `folder` hold exactly what `fresh` holds, leaving alone each file whose bytes are already there:
 * editing one article changes a few of its shard's ~2,500 files (the page's fragment, some index chunks,
 * the metadata), so the others keep their times, the build's prune and the standby's catch-up skip them,
 * and an operator's rsync or a CDN sees only what changed. `fresh` is emptied (its files moved in).
 */
export function replaceFolderContents(folder: string, fresh: string): { kept: string[]; removed: string[] } {
  const before = new Set(filesUnder(folder));
  const kept: string[] = [];
  for (const file of filesUnder(fresh)) {
    const from = join(fresh, file);
    const to = join(folder, file);
    if (before.delete(file) && statSync(to).size === statSync(from).size && readFileSync(to).equals(readFileSync(from))) {
      kept.push(file);
      continue;
    }
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  for (const file of before) rmSync(join(folder, file));
  return { kept, removed: [...before] };
}

/**
 * Indexes one shard into dist/pagefind/<shard>/ with a Pagefind backend of its own (ended afterwards),
 * and writes the words its index holds to `wordsFile`, one per line. Pagefind writes into a folder of its
 * own, and only the files that differ replace the shard's (replaceFolderContents).
 */
export async function indexShard(
  site: string,
  shard: SearchShard,
  slugs: readonly string[],
  pageOf: ReadonlyMap<string, string>,
  wordsFile: string,
): Promise<ShardFileChanges> {
  const articlesDir = articleUrl('').replace(/^\/|\/+$/g, '');
  const output = join(site, SEARCH_INDEX_DIR, shard.id);
  // A staging folder of hard links (no copies) holding this shard's pages, and Pagefind's output.
  const root = join(site, STAGING_DIR, shard.id);
  const fresh = join(site, STAGING_DIR, `${shard.id}.index`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    for (const slug of slugs) {
      const dir = join(root, articlesDir, slug);
      mkdirSync(dir, { recursive: true });
      try {
        linkSync(pageOf.get(slug)!, join(dir, 'index.html'));
      } catch {
        copyFileSync(pageOf.get(slug)!, join(dir, 'index.html'));
      }
    }
    const { index, errors } = await pagefind.createIndex({});
    check(errors, `createIndex (shard ${shard.id})`);
    try {
      const added = await index!.addDirectory({ path: root, glob: `${articlesDir}/**/*.html` });
      check(added.errors, `indexing shard ${shard.id}`);
      if (added.page_count !== shard.pages)
        throw new Error(`shard ${shard.id}: Pagefind indexed ${added.page_count} pages, expected ${shard.pages}`);
      const written = await index!.writeFiles({ outputPath: fresh });
      check(written.errors, `writing shard ${shard.id}`);
    } finally {
      await pagefind.close(); // ends the backend process: its memory goes with it
    }
    for (const file of readdirSync(fresh)) if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(fresh, file));
    const { kept, removed } = replaceFolderContents(output, fresh);
    mkdirSync(dirname(wordsFile), { recursive: true });
    writeFileSync(wordsFile, wordsOfIndex(output).join('\n'));
    const fromSite = (file: string) => join(SEARCH_INDEX_DIR, shard.id, file).split(sep).join('/');
    return { kept: kept.map(fromSite), removed: removed.map(fromSite) };
  } finally {
    // This shard's only: others may be staging beside it.
    for (const dir of [root, fresh]) rmSync(dir, { recursive: true, force: true });
  }
}

/** What a worker indexes (tools/build/index-shard-worker.ts): one shard, and the built file of each of its pages. */
export interface ShardTask {
  site: string;
  shard: SearchShard;
  slugs: string[];
  pages: [slug: string, file: string][];
  wordsFile: string;
}

/**
 * Runs the tasks in up to `parallel` worker threads, one task at a time each; rejects with the first
 * failure. Resolves with what each worker reported of its shard's files.
 */
async function inWorkers(
  tasks: ShardTask[],
  parallel: number,
  onDone: (task: ShardTask, seconds: number) => void,
): Promise<ShardFileChanges[]> {
  const queue = [...tasks];
  const changes: ShardFileChanges[] = [];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const thread = new Worker(new URL('./index-shard-worker.ts', import.meta.url), { workerData: task });
        let reported: ShardFileChanges | undefined;
        thread.once('message', (message: ShardFileChanges) => (reported = message));
        thread.once('error', reject);
        thread.once('exit', (code) => {
          if (code === 0 && reported) {
            changes.push(reported);
            resolve();
          } else reject(new Error(`indexing shard ${task!.shard.id} stopped (exit ${code})`));
        });
      });
      onDone(task, (performance.now() - started) / 1000);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, tasks.length)) }, worker));
  return changes;
}

/** The word directory the last run wrote (in the words cache): the shards it was made from, and its state. */
interface CachedDirectory {
  /** "<shard id> <fingerprint>", in the manifest's order. */
  shards: string[];
  state: WordDirectoryState;
}

function readCachedDirectory(file: string): CachedDirectory | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CachedDirectory;
  } catch {
    return undefined; // none, or damaged: the directory is built from every shard's words
  }
}

/**
 * The shards whose words changed since the cached directory, with the words file each had then; undefined
 * when the shards themselves changed (another plan: positions differ), and the directory is built again.
 */
function directoryChanges(
  cached: CachedDirectory,
  shards: readonly SearchShard[],
  shardList: readonly string[],
  wordsFileOf: (id: string, fingerprint: string) => string,
): { position: number; before: string }[] | undefined {
  if (cached.shards.length !== shards.length || cached.shards.some((entry, i) => entry.split(' ')[0] !== shards[i].id)) return undefined;
  return shardList.flatMap((entry, position) =>
    entry === cached.shards[position]
      ? []
      : [{ position, before: wordsFileOf(shards[position].id, cached.shards[position].split(' ')[1]) }],
  );
}

export async function buildSearchIndex(site: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const started = performance.now();
  const articlesDir = articleUrl('').replace(/^\/|\/+$/g, '');
  const output = join(site, SEARCH_INDEX_DIR);
  const previous = readState(options.previousState);
  mkdirSync(output, { recursive: true });

  // 1. Each article page, its month and the hash of its bytes, from the built files (what is indexed is
  // what was built). A site with no published article yet has no article folder: an empty manifest.
  const slugs = existsSync(join(site, articlesDir))
    ? readdirSync(join(site, articlesDir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const pageOf = new Map<string, string>();
  const pages: Record<string, PageRecord> = {};
  const perMonth = new Map<string, number>();
  /** Pages taken from the previous state without a look. */
  let trusted = 0;
  for (const slug of slugs) {
    // At most one stat per page (this runs for every article on every build), none for a page the build
    // did not write.
    const page = join(site, articlesDir, slug, 'index.html');
    const known = previous.pages[slug];
    let record: PageRecord;
    if (known && options.unchangedPages?.has(`${articlesDir}/${slug}/index.html`)) {
      record = known;
      trusted++;
    } else {
      const stat = statSync(page, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue; // not an article page (another generator's /bai-viet/page/2/, say)
      record = recordOf(page, stat, known, options.unchangedBefore);
    }
    pageOf.set(slug, page);
    pages[slug] = record;
    perMonth.set(record.month, (perMonth.get(record.month) ?? 0) + 1);
  }
  const shards = planSearchShards(perMonth, options.maxShardPages ?? siteConfig.searchShardMaxPages);
  const slugsOf = new Map<SearchShard, string[]>(shards.map((shard) => [shard, []]));
  for (const [slug, { month }] of Object.entries(pages)) slugsOf.get(shardOfMonth(shards, month)!)!.push(slug);

  // 2. Shards whose pages did not change are kept; the others are indexed, one at a time.
  const fingerprints: Record<string, string> = {};
  const reused: string[] = [];
  const toIndex: SearchShard[] = [];
  for (const shard of shards) {
    const members = slugsOf.get(shard)!;
    fingerprints[shard.id] = createHash('sha256')
      .update(members.map((slug) => `${slug} ${pages[slug].hash}`).join('\n'))
      .digest('hex');
    const kept = previous.shards[shard.id] === fingerprints[shard.id] && existsSync(join(output, shard.id, 'pagefind-entry.json'));
    if (kept) reused.push(shard.id);
    else toIndex.push(shard);
  }
  // Shards are indexed side by side, each in a worker with its own Pagefind backend: one backend keeps
  // about one core busy (measured: 115 % of a CPU), and small shards leave memory for several.
  const wordsDir = options.wordsCache ?? join(site, STAGING_DIR, WORD_DIRECTORY_DIR);
  const wordsFileOf = (shard: SearchShard) => join(wordsDir, `${shard.id}-${fingerprints[shard.id]}-${WORD_DIRECTORY_CODE}.txt`);
  let done = 0;
  const shardFiles = await inWorkers(
    toIndex.map((shard) => ({
      site,
      shard,
      slugs: slugsOf.get(shard)!,
      pages: slugsOf.get(shard)!.map((slug) => [slug, pageOf.get(slug)!]),
      wordsFile: wordsFileOf(shard),
    })),
    options.parallel ?? Math.min(availableParallelism(), 4),
    (task, seconds) => options.onShard?.({ shard: task.shard, done: ++done, of: toIndex.length, seconds }),
  );
  const rebuilt = toIndex.map((shard) => shard.id);

  // 3. The word directory, from every shard's words: those just indexed, kept ones from the cache (or
  // read again from their index when the cache does not have them). It depends only on the shards, so
  // when every shard was kept it is kept too, without reading 800,000 words again (at 100,000 articles).
  const directoryOf = createHash('sha256')
    .update(`${WORD_DIRECTORY_CODE}\n`)
    .update(shards.map((shard) => `${shard.id} ${fingerprints[shard.id]}`).join('\n'))
    .digest('hex');
  const kept = previous.directory;
  const keepDirectory =
    kept?.of === directoryOf && existsSync(join(output, WORD_DIRECTORY_DIR, kept.figures.ref.version)) ? kept.figures : undefined;
  const readWords = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const wordsOf = (shard: SearchShard) => {
    const file = wordsFileOf(shard);
    if (existsSync(file)) return readWords(file);
    const words = wordsOfIndex(join(output, shard.id));
    mkdirSync(wordsDir, { recursive: true });
    writeFileSync(file, words.join('\n'));
    return words;
  };
  // The directory written last time, kept to be updated: only the words of shards that changed are read.
  const directoryFile = join(wordsDir, `directory-${WORD_DIRECTORY_CODE}.json`);
  const shardList = shards.map((shard) => `${shard.id} ${fingerprints[shard.id]}`);
  let words: WordDirectoryFigures;
  if (keepDirectory) words = { ...keepDirectory, written: false };
  else {
    const cached = options.wordsCache ? readCachedDirectory(directoryFile) : undefined;
    const changes =
      cached &&
      directoryChanges(cached, shards, shardList, (id, fingerprint) => join(wordsDir, `${id}-${fingerprint}-${WORD_DIRECTORY_CODE}.txt`));
    const updated =
      cached && changes?.every((change) => existsSync(change.before))
        ? updateWordDirectory(
            output,
            cached.state,
            changes.map(({ position, before }) => ({ position, before: readWords(before), after: wordsOf(shards[position]) })),
          )
        : undefined;
    const result = updated ?? writeWordDirectory(output, shards.map(wordsOf));
    if (options.wordsCache) {
      mkdirSync(wordsDir, { recursive: true }); // none yet when no shard has words (a site with no article)
      writeFileSync(`${directoryFile}.tmp`, JSON.stringify({ shards: shardList, state: result.state } satisfies CachedDirectory));
      renameSync(`${directoryFile}.tmp`, directoryFile);
    }
    const { state: _state, ...figures } = result;
    words = figures;
  }
  if (options.wordsCache && existsSync(wordsDir)) {
    const current = new Set([...shards.map((shard) => basename(wordsFileOf(shard))), basename(directoryFile)]);
    for (const file of readdirSync(wordsDir)) if (!current.has(file)) rmSync(join(wordsDir, file), { force: true });
  }
  rmSync(join(site, STAGING_DIR), { recursive: true, force: true });

  // Shards of an older plan are gone from this one.
  const planned = new Set([...shards.map((s) => s.id), WORD_DIRECTORY_DIR]);
  const dropped: string[] = [];
  for (const entry of readdirSync(output, { withFileTypes: true })) {
    if (!entry.isDirectory() || planned.has(entry.name)) continue;
    rmSync(join(output, entry.name), { recursive: true, force: true });
    dropped.push(entry.name);
  }

  const manifest: ShardManifest = {
    version: 3,
    shards,
    pagesPerStep: options.pagesPerStep ?? siteConfig.searchPagesPerStep,
    words: words.ref,
  };
  writeFileSync(join(output, SHARD_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  if (options.nextState) {
    mkdirSync(dirname(options.nextState), { recursive: true });
    // Every page as the state had it, every shard and the directory kept: the state is the same, and
    // copying it saves writing it again (~0.5 s at 100,000 articles).
    const unchanged =
      trusted > 0 &&
      trusted === Object.keys(previous.pages).length &&
      trusted === Object.keys(pages).length &&
      !rebuilt.length &&
      !dropped.length &&
      keepDirectory !== undefined;
    if (unchanged && options.previousState) copyFileSync(options.previousState, `${options.nextState}.tmp`);
    else {
      const state: SearchIndexState = {
        version: 1,
        pages,
        shards: fingerprints,
        directory: { of: directoryOf, figures: { ...words, written: true } },
      };
      writeFileSync(`${options.nextState}.tmp`, JSON.stringify(state));
    }
    renameSync(`${options.nextState}.tmp`, options.nextState);
  }
  const pagesIndexed = shards.reduce((sum, shard) => sum + shard.pages, 0);
  const files = { kept: shardFiles.flatMap((f) => f.kept), removed: shardFiles.flatMap((f) => f.removed) };
  return { pages: pagesIndexed, seconds: (performance.now() - started) / 1000, shards, rebuilt, reused, dropped, files, words };
}

/** What the indexer reports to programs (`npm run build`'s report, --report): its figures without the shard plan. */
export interface SearchIndexReport {
  pages: number;
  shards: number;
  rebuilt: string[];
  reused: string[];
  dropped: string[];
  files: ShardFileChanges;
  seconds: number;
  /** The word directory: distinct words, buckets, bytes of all buckets, and whether it changed (was written). */
  words: { keys: number; buckets: number; bytes: number; written: boolean };
}

export function searchIndexReport({
  pages,
  shards,
  rebuilt,
  reused,
  dropped,
  files,
  seconds,
  words,
}: SearchIndexResult): SearchIndexReport {
  const directory = { keys: words.keys, buckets: words.ref.buckets, bytes: words.bytes, written: words.written };
  return { pages, shards: shards.length, rebuilt, reused, dropped, files, seconds, words: directory };
}

/** The indexer's lines in the build's log (in Vietnamese, like the editors' messages): a shard indexed, and the whole. */
export const searchIndexLog = {
  shard: ({ shard, seconds }: IndexProgress) => `[search] dựng phần ${shard.id}: ${shard.pages} trang, ${seconds.toFixed(1)} s`,
  done: (site: string, { pages, shards, rebuilt, reused, seconds }: SearchIndexResult) =>
    `[search] Pagefind: ${pages} trang trong ${shards.length} phần (dựng lại ${rebuilt.length}, giữ nguyên ${reused.length}), ` +
    `chỉ mục ở ${join(site, SEARCH_INDEX_DIR)}, ${seconds.toFixed(1)} s`,
};

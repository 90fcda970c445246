// Search page island: reads the query from the URL, runs it through the Vietnamese-aware search
// (src/search/vietnamese-search.ts) against the Pagefind index served from this site, and renders accessible results.
import {
  dVariants,
  MAX_QUERY_WORDS,
  queryWords,
  shardedSearch,
  type LoadedHit,
  type PagefindApi,
  type ShardedSearch,
} from '../search/vietnamese-search.ts';
import { readSearchState, writeSearchState, type SearchState } from '../search/search-url.ts';
import { excerptOf } from '../search/excerpt.ts';
import {
  nextSearchStep,
  pagefindStartFiles,
  parseShardManifest,
  shardFolder,
  periodOf,
  SEARCH_INDEX_DIR,
  shardsToSearch,
  SHARD_MANIFEST_PATH,
  type SearchShard,
  type ShardManifest,
} from '../search/shards.ts';
import { bucketOf, bucketPath, pagefindKey, positionsOf, readBucket, shardsHolding, type WordBucket } from '../search/word-directory.ts';
import { formatDateTime, prepareVietnamTime, toVietnamIso } from '../lib/dates.ts';
import { fill } from '../i18n/template.ts';
import type { ui } from '../i18n/vi.ts';

interface PageConfig {
  categories: { id: string; name: string }[];
  pageSize: number;
  strings: typeof ui.search;
  /** The newest shard's id as the build planned it (src/data/search-page.ts); absent in dev. */
  newestShard?: string;
}

const INDEX_BASE = `/${SEARCH_INDEX_DIR}/`;

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string }): PagefindApi & {
    options(options: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
  };
}

/** Loads once and keeps the result; a failed load is forgotten, so the next search tries again. */
const loads = new Map<string, Promise<unknown>>();
function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = loads.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    loads.set(key, pending);
    pending.catch(() => loads.delete(key));
  }
  return pending;
}

/** The index's shards, newest first, and how many pages' worth a step opens (written by the build next to the shards). */
const loadManifest = () =>
  loadOnce('manifest', async () => {
    const response = await fetch(SHARD_MANIFEST_PATH);
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return parseShardManifest(await response.json());
  });

/** A bucket of the word directory (named by its version, so it never changes: kept for the page's life). */
const loadBucket = (manifest: ShardManifest, bucket: number) =>
  loadOnce(`words:${manifest.words.version}:${bucket}`, async () => {
    const response = await fetch(`${INDEX_BASE}${bucketPath(manifest.words, bucket)}`);
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return readBucket(await response.arrayBuffer());
  });

/**
 * The shards that hold every word of the query (whole, any variant of đ), from the word directory, and
 * the words no shard holds. If the directory cannot be read, every shard: slower, never fewer results.
 */
async function shardsForQuery(manifest: ShardManifest, words: readonly string[]): Promise<{ shards: SearchShard[]; missing: string[] }> {
  const variants = words.map(dVariants);
  const bucketOfKey = (key: string) => bucketOf(key, manifest.words.buckets);
  const wanted = [...new Set(variants.flat().map((variant) => bucketOfKey(pagefindKey(variant))))];
  let buckets: Map<number, WordBucket>;
  try {
    buckets = new Map(await Promise.all(wanted.map(async (bucket) => [bucket, await loadBucket(manifest, bucket)] as const)));
  } catch {
    return { shards: manifest.shards, missing: [] };
  }
  const { positions, missing } = shardsHolding(variants, (key) => positionsOf(buckets.get(bucketOfKey(key))?.[key] ?? ''));
  return { shards: positions.map((position) => manifest.shards[position]), missing: missing.map((i) => words[i]) };
}

/**
 * Instances start one after another. Pagefind's worker keeps its WebAssembly in one module-wide
 * binding, and wasm-bindgen's "already loaded?" check comes before its await: two instances starting
 * at once (the newest shard started ahead while a search opens another) each instantiated it, the
 * second replaced the first's, and the first's searches then found nothing (browser tests, 1 run in 8).
 */
let starting: Promise<unknown> = Promise.resolve();

/** One Pagefind instance per shard, opened on first use; all share one copy of Pagefind's script and worker. */
const openShard = (shard: Pick<SearchShard, 'id'>): Promise<PagefindApi> =>
  loadOnce(`shard:${shard.id}`, () => {
    const started = starting.then(async () => {
      const module = await loadOnce(
        'pagefind',
        () => import(/* @vite-ignore */ pagefindStartFiles(shard.id).script) as Promise<PagefindModule>,
      );
      const pf = module.createInstance({ basePath: shardFolder(shard.id), baseUrl: '/' });
      // Weigh exact diacritics more than Pagefind's default, so "bão về" ranks "bão về" above "bảo vệ"
      // (measured on the fixture corpus; the default lets a title match with other marks win).
      await pf.options({ excerptLength: 30, ranking: { diacriticSimilarity: 5 } });
      await pf.init();
      return pf;
    });
    starting = started.catch(() => undefined);
    return started;
  });

export function startSearchPage(root: ParentNode = document) {
  const page = root.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  const config = JSON.parse(page.dataset.config ?? '{}') as PageConfig;
  const t = config.strings;
  const form = page.querySelector<HTMLFormElement>('[data-search-form]')!;
  const statusLine = page.querySelector<HTMLElement>('[data-search-status]')!;
  /**
   * The status line, and its state for machines (benchmarks, tests): data-state is "idle" (no query),
   * "searching", "done" or "failed", and data-result-count the results found so far when done. Never parse
   * the translated text.
   */
  const status = (text: string, state: 'idle' | 'searching' | 'done' | 'failed', count?: number) => {
    statusLine.textContent = text;
    statusLine.dataset.state = state;
    if (count === undefined) delete statusLine.dataset.resultCount;
    else statusLine.dataset.resultCount = String(count);
  };
  const list = page.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = page.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const categoryName = new Map(config.categories.map((c) => [c.id, c.name]));
  let session: ShardedSearch<SearchShard> | undefined;
  /** The manifest's: how many pages' worth of shards one step opens. */
  let pagesPerStep = 1;
  let lastState: SearchState | undefined;
  let generation = 0;

  function formState(): SearchState {
    return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
  }

  function showState(state: SearchState) {
    field('q').value = state.query;
    field('chuyen-muc').value = categoryName.has(state.category) ? state.category : '';
    field('nam').value = state.year;
    field('sap-xep').value = state.sort === 'newest' ? 'moi-nhat' : '';
  }

  function renderHits(hits: readonly LoadedHit[], words: readonly string[]) {
    const items = hits.map(({ data }) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const heading = document.createElement('h2');
      heading.className = 'search-result__title';
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = data.meta.title ?? data.url;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'search-result__meta';
      const date = data.meta.date ? new Date(data.meta.date) : undefined;
      if (date && !Number.isNaN(date.getTime())) {
        const time = document.createElement('time');
        time.dateTime = toVietnamIso(date);
        time.textContent = formatDateTime(date);
        meta.append(time);
      }
      const category = data.filters?.category?.[0];
      if (category) meta.append(document.createTextNode(`${meta.childNodes.length ? ' · ' : ''}${category}`));
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      // Escaped page text with <mark> around whole query words, without the title (src/search/excerpt.ts).
      excerpt.innerHTML = data.content === undefined ? data.excerpt : excerptOf(data.content, data.meta.title ?? '', words);
      item.append(heading, meta, excerpt);
      return item;
    });
    list.append(...items);
    return items;
  }

  /** The status line and the "more" button after results changed. */
  function describe(state: SearchState, search: ShardedSearch<SearchShard>) {
    const words = queryWords(state.query);
    const q = words.join(' ');
    const truncated = words.length >= MAX_QUERY_WORDS ? ` ${fill(t.truncated, { n: MAX_QUERY_WORDS })}` : '';
    const partial = search.remaining.length > 0;
    const period = partial ? ` ${fill(t.searchedPeriod, { period: periodOf(search.searched) })}` : '';
    const filtered = state.category || state.year ? ` (${t.filtered})` : '';
    let text: string;
    if (search.total > 0) text = `${fill(t.resultCount, { n: search.total, q })}${period}${filtered}.${truncated}`;
    else if (partial) text = `${fill(t.noResultsIn, { q, period: periodOf(search.searched) })}${truncated}`;
    else if (search.unmatched.length) text = `${fill(t.unmatched, { words: search.unmatched.join(', ') })} ${t.noResultsHint}`;
    else text = `${fill(t.noResults, { q })} ${t.noResultsHint}${truncated}`;
    status(text, 'done', search.total);
    if (search.pending > 0) more.textContent = t.more;
    else if (partial) more.textContent = fill(t.older, { period: periodOf(nextSearchStep(search.remaining, pagesPerStep)) });
    more.hidden = search.pending === 0 && !partial;
  }

  /** Next page of results, searching older shards (one step's worth at most) when the searched ones run out. */
  async function showMore(focusFirst: boolean) {
    const search = session;
    if (!search || !lastState) return;
    const mine = generation;
    more.disabled = true;
    if (search.pending < config.pageSize && search.remaining.length) status(t.loading, 'searching');
    try {
      const step = nextSearchStep(search.remaining, pagesPerStep).length;
      for (let opened = 0; search.pending < config.pageSize && opened < step; opened++) {
        await search.searchNext();
        if (mine !== generation) return;
      }
      const hits: LoadedHit[] = await search.next(config.pageSize);
      if (mine !== generation) return;
      const items = renderHits(hits, queryWords(lastState.query));
      describe(lastState, search);
      if (focusFirst && items[0]) items[0].querySelector('a')?.focus();
    } catch {
      if (mine === generation) status(t.failed, 'failed');
    } finally {
      more.disabled = false;
    }
  }

  async function run(state: SearchState) {
    const mine = ++generation;
    session = undefined;
    lastState = state;
    list.replaceChildren();
    more.hidden = true;
    document.title = state.query ? `${state.query} – ${t.heading}` : t.heading;
    if (!state.query.trim()) {
      status('', 'idle');
      return;
    }
    if (!queryWords(state.query).length) {
      status(t.empty, 'done', 0);
      return;
    }
    status(t.loading, 'searching');
    let shards: SearchShard[];
    let missing: string[];
    try {
      const manifest = await loadManifest();
      const holding = await shardsForQuery(manifest, queryWords(state.query));
      shards = shardsToSearch(holding.shards, state.year);
      missing = holding.missing;
      pagesPerStep = manifest.pagesPerStep;
    } catch {
      if (mine === generation) status(import.meta.env.DEV ? t.noIndex : t.failed, 'failed');
      return;
    }
    if (mine !== generation) return;
    // A word no article holds: no shard is opened, and the reader is told which word.
    if (missing.length) {
      status(`${fill(t.unmatched, { words: missing.join(', ') })} ${t.noResultsHint}`, 'done', 0);
      return;
    }
    session = shardedSearch(shards, openShard, {
      query: state.query,
      filters: { category: categoryName.get(state.category) ?? '', year: state.year },
      sort: state.sort,
    });
    await showMore(false);
  }

  function navigate(state: SearchState) {
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(formState());
  });
  for (const name of ['chuyen-muc', 'nam', 'sap-xep']) field(name).addEventListener('change', () => navigate(formState()));
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    const state = readSearchState(location.search);
    showState(state);
    void run(state);
  });

  const initial = readSearchState(location.search);
  showState(initial);
  void run(initial);
  // Start Pagefind on the newest shard at once (its script, worker and WebAssembly, and the shard's
  // metadata: ~80 KB), where most searches begin: while a reader types a query, or, for a query in the
  // address, while the shard list and the word directory say which shards hold it. The page names the
  // newest shard (the build plans it from the newest article's month, as the indexer does), so the
  // start need not wait for the shard list; without it (dev), the list's newest. A failed start is
  // forgotten (loadOnce) and retried by the search itself.
  const newest = config.newestShard
    ? openShard({ id: config.newestShard })
    : loadManifest().then((manifest) => manifest.shards[0] && openShard(manifest.shards[0]));
  // The dates of results need Vietnam time's formatter (20–80 ms to create in a fresh page): made once
  // Pagefind has started, while its worker searches, rather than before the first request.
  void newest.catch(() => undefined).then(() => setTimeout(prepareVietnamTime));
}

// Search page island: reads the query from the URL, runs it through the Vietnamese-aware search
// (src/lib/search.ts) against the Pagefind index served from this site, and renders accessible results.
import { MAX_QUERY_WORDS, queryWords, searchVietnamese, type PagefindApi, type ResultCursor } from '../lib/search.ts';
import { readSearchState, writeSearchState, type SearchState } from '../lib/search-url.ts';
import { formatDateTime, toVietnamIso } from '../lib/dates.ts';

interface PageConfig {
  categories: { id: string; name: string }[];
  pageSize: number;
  strings: Record<string, string>;
}

const INDEX_URL = '/pagefind/pagefind.js';

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const pf = await import(/* @vite-ignore */ INDEX_URL);
    // Weigh exact diacritics more than Pagefind's default, so "bão về" ranks "bão về" above "bảo vệ"
    // (measured on the fixture corpus; the default lets a title match with other marks win).
    await pf.options({ excerptLength: 30, ranking: { diacriticSimilarity: 5 } });
    await pf.init();
    return pf as PagefindApi;
  })();
  return pagefind;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));

export function startSearchPage(root: ParentNode = document) {
  const page = root.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  const config = JSON.parse(page.dataset.config ?? '{}') as PageConfig;
  const t = config.strings;
  const form = page.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = page.querySelector<HTMLElement>('[data-search-status]')!;
  const list = page.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = page.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const categoryName = new Map(config.categories.map((c) => [c.id, c.name]));
  let cursor: ResultCursor | undefined;
  let shown = 0;
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

  function renderHits(hits: Awaited<ReturnType<ResultCursor['next']>>) {
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
      excerpt.innerHTML = data.excerpt; // Pagefind's excerpt: escaped page text with <mark> around matches
      item.append(heading, meta, excerpt);
      return item;
    });
    list.append(...items);
    return items;
  }

  async function showMore(focusFirst: boolean) {
    if (!cursor) return;
    const mine = generation;
    const hits = await cursor.next(config.pageSize);
    if (mine !== generation) return;
    const items = renderHits(hits);
    shown += hits.length;
    more.hidden = shown >= cursor.total;
    if (focusFirst && items[0]) items[0].querySelector('a')?.focus();
  }

  async function run(state: SearchState) {
    const mine = ++generation;
    cursor = undefined;
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    document.title = state.query ? `${state.query} – ${t.heading}` : t.heading;
    if (!state.query.trim()) {
      status.textContent = '';
      return;
    }
    const words = queryWords(state.query);
    if (!words.length) {
      status.textContent = t.empty;
      return;
    }
    status.textContent = t.loading;
    let api: PagefindApi;
    try {
      api = await loadPagefind();
    } catch {
      status.textContent = import.meta.env.DEV ? t.noIndex : t.failed;
      return;
    }
    const outcome = await searchVietnamese(api, {
      query: state.query,
      filters: { category: categoryName.get(state.category) ?? '', year: state.year },
      sort: state.sort,
    });
    if (mine !== generation) return;
    const q = words.join(' ');
    const truncated = words.length >= MAX_QUERY_WORDS ? ` ${fill(t.truncated, { n: MAX_QUERY_WORDS })}` : '';
    if (outcome.kind === 'empty') status.textContent = t.empty;
    else if (outcome.kind === 'unmatched') status.textContent = `${fill(t.unmatched, { words: outcome.words.join(', ') })} ${t.noResultsHint}`;
    else if (outcome.cursor.total === 0) status.textContent = `${fill(t.noResults, { q })} ${t.noResultsHint}`;
    else {
      cursor = outcome.cursor;
      await showMore(false);
      if (mine !== generation) return;
      const filtered = state.category || state.year ? ` (${t.filtered})` : '';
      status.textContent = `${fill(t.resultCount, { n: cursor.total, q })}${filtered}.${truncated}`;
    }
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
}

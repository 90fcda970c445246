// Vietnamese-aware search on top of Pagefind's JS API, with no extra index cost.
//
// Pagefind folds tone and vowel marks but not đ/Đ (no Unicode decomposition), drops query terms that
// match nothing, matches every term as the start of a longer word ("ba" finds "bàn", "bão"), and ranks
// syllables, not Vietnamese words. So, per query:
//  1. each typed word that contains d/D is expanded into its d→đ variants ("dinh" → dinh, đinh) and
//     only variants the index holds as a whole word are kept (a quoted one-word search: Pagefind looks
//     quoted words up whole); a word with no such variant means no result, and is named;
//  2. every combination of kept variants is searched plainly (for scores), as a quoted phrase, and,
//     for three words or more, each pair of neighbouring words as a phrase: Vietnamese words are
//     mostly compounds of two syllables ("kiểm tra", "hàng hóa"), so a pair that stands together in a
//     page is likely a word of the query, where the same syllables apart are not. Plain results are
//     kept only where every word of the combination stands whole (step 1's pages): "ba vi" does not
//     list a page that has only "bàn việc";
//  3. results are merged: pages where the words stand together and in order (phrase hits) first,
//     then pages by how many of the query's pairs they hold together, each tier by Pagefind's score
//     (which favours exactly-accented matches), then newest first.

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (title first), from which the search page makes its own excerpt. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  search: (query: string, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 10;
const MAX_VARIANTS_PER_WORD = 8;
const MAX_COMBINATIONS = 8;

/**
 * Splits what a reader typed into search words: NFC, at most MAX_QUERY_WORDS words of letters and
 * digits (numbers keep their separators: "73.616", "7.140,35"). Punctuation alone gives no words.
 */
export function queryWords(raw: string): string[] {
  const text = raw.normalize('NFC').slice(0, MAX_QUERY_CHARS);
  const words = text.match(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu) ?? [];
  return words.slice(0, MAX_QUERY_WORDS);
}

/** "dinh" → ["dinh", "đinh"]; "Dung" → ["Dung", "Đung"]; words without d/D → [word]. */
export function dVariants(word: string): string[] {
  const positions = [...word].flatMap((ch, i) => (ch === 'd' || ch === 'D' ? [i] : []));
  if (!positions.length) return [word];
  const chars = [...word];
  const variants: string[] = [];
  const count = Math.min(1 << positions.length, MAX_VARIANTS_PER_WORD);
  for (let mask = 0; mask < count; mask++) {
    const next = [...chars];
    positions.forEach((pos, bit) => {
      if (mask & (1 << bit)) next[pos] = next[pos] === 'd' ? 'đ' : 'Đ';
    });
    variants.push(next.join(''));
  }
  return variants;
}

/** Cartesian product of per-word choices, capped (the typed form first). */
export function combinations(choices: readonly (readonly string[])[], limit = MAX_COMBINATIONS): string[][] {
  let result: string[][] = [[]];
  for (const options of choices) {
    const next: string[][] = [];
    for (const prefix of result) for (const option of options) next.push([...prefix, option]);
    result = next.slice(0, limit);
  }
  return result;
}

export interface RankedHit {
  result: PagefindResult;
  /** Words stand together and in order in this page. */
  phrase: boolean;
  /** How many pairs of neighbouring query words stand together in this page (candidate compounds). */
  pairs?: number;
}

/**
 * Merges plain and phrase result lists of several query variants into one ranking, without duplicates.
 * `pairLists[i]`: the pages holding the query's i-th pair of neighbouring words together (any variant).
 */
export function mergeRanked(
  plainLists: readonly PagefindResult[][],
  phraseLists: readonly PagefindResult[][],
  pairLists: readonly (readonly PagefindResult[][])[] = [],
): RankedHit[] {
  const best = new Map<string, PagefindResult>();
  for (const list of plainLists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  const phraseIds = new Set(phraseLists.flat().map((r) => r.id));
  for (const list of phraseLists) for (const r of list) if (!best.has(r.id)) best.set(r.id, { ...r, score: 0 });
  const pairSets = pairLists.map((lists) => new Set(lists.flat().map((r) => r.id)));
  const pairsOf = (id: string) => pairSets.filter((ids) => ids.has(id)).length;
  return [...best.values()]
    .map((result) => ({ result, phrase: phraseIds.has(result.id), pairs: pairsOf(result.id) }))
    .sort(
      (a, b) =>
        Number(b.phrase) - Number(a.phrase) || b.pairs - a.pairs || b.result.score - a.result.score || (a.result.id < b.result.id ? -1 : 1),
    );
}

export interface LoadedHit {
  id: string;
  phrase: boolean;
  data: PagefindResultData;
}

/** Hands out results a page at a time, loading each result's data (a fragment file) only when shown. */
export interface ResultCursor {
  readonly total: number;
  next(count: number): Promise<LoadedHit[]>;
}

const dateOf = (data: PagefindResultData) => Date.parse(data.meta.date ?? '') || 0;

/** Loads each result's data (a fragment file) once, however often a cursor asks for it. */
function dataLoader(): (result: PagefindResult) => Promise<PagefindResultData> {
  const loaded = new Map<string, Promise<PagefindResultData>>();
  return (result) => {
    let data = loaded.get(result.id);
    if (!data) loaded.set(result.id, (data = result.data()));
    return data;
  };
}

/** Same tier, same Pagefind score: the ranking cannot tell the two apart (the same text published twice). */
const tied = (a: RankedHit, b: RankedHit) =>
  a.phrase === b.phrase && (a.pairs ?? 0) === (b.pairs ?? 0) && a.result.score === b.result.score;

/** The most results a tie reaching past the shown page loads ahead to order it by date. */
const MAX_TIE_LOOKAHEAD = 50;

/**
 * A cursor over an already-ranked list. Ties in rank go newest first: dates live in the result data,
 * which is loaded anyway for what is shown, so only a tie that reaches past the shown page costs more
 * (its other members are loaded too, at most MAX_TIE_LOOKAHEAD). Without ties, nothing more is loaded.
 */
export function rankedCursor(ranked: readonly RankedHit[]): ResultCursor {
  const hits = [...ranked];
  const load = dataLoader();
  let position = 0;
  return {
    total: hits.length,
    async next(count) {
      const end = Math.min(position + count, hits.length);
      let reach = end;
      while (end > position && reach < hits.length && reach - end < MAX_TIE_LOOKAHEAD && tied(hits[reach], hits[end - 1])) reach++;
      const data = new Map(
        await Promise.all(hits.slice(position, reach).map(async ({ result }) => [result.id, await load(result)] as const)),
      );
      const newer = (a: RankedHit, b: RankedHit) => dateOf(data.get(b.result.id)!) - dateOf(data.get(a.result.id)!);
      for (let run = position; run < reach;) {
        let runEnd = run + 1;
        while (runEnd < reach && tied(hits[runEnd], hits[run])) runEnd++;
        if (runEnd - run > 1) hits.splice(run, runEnd - run, ...hits.slice(run, runEnd).sort(newer));
        run = runEnd;
      }
      const slice = hits.slice(position, end);
      position = end;
      return slice.map((hit) => ({ id: hit.result.id, phrase: hit.phrase, data: data.get(hit.result.id)! }));
    },
  };
}

/**
 * A cursor that merges several newest-first lists (one per query variant) by date. Dates live in the
 * result data, so it loads at most one more result per list than it hands out.
 */
export function dateMergeCursor(lists: readonly PagefindResult[][]): ResultCursor {
  const union = new Set(lists.flat().map((r) => r.id));
  const positions = lists.map(() => 0);
  const load = dataLoader();
  const emitted = new Set<string>();
  return {
    total: union.size,
    async next(count) {
      const out: LoadedHit[] = [];
      while (out.length < count) {
        let best: { list: number; data: PagefindResultData; result: PagefindResult } | undefined;
        for (let i = 0; i < lists.length; i++) {
          while (positions[i] < lists[i].length && emitted.has(lists[i][positions[i]].id)) positions[i]++;
          const head = lists[i][positions[i]];
          if (!head) continue;
          const data = await load(head);
          if (!best || dateOf(data) > dateOf(best.data)) best = { list: i, data, result: head };
        }
        if (!best) break;
        emitted.add(best.result.id);
        positions[best.list]++;
        out.push({ id: best.result.id, phrase: false, data: best.data });
      }
      return out;
    },
  };
}

type SearchOutcome =
  { kind: 'empty' } | { kind: 'unmatched'; words: string[] } | { kind: 'results'; words: string[]; cursor: ResultCursor };

export interface SearchRequest {
  query: string;
  filters?: Record<string, string>;
  /** 'newest' sorts by the pages' `date` sort key. */
  sort?: 'relevance' | 'newest';
}

/**
 * Pagefind's plain results less the pages where some word of the combination matched only as the start
 * of a longer word ("ba" in "bàn"): a reader who typed a syllable means that syllable, with any marks.
 */
export function wholeWordsOnly(
  results: readonly PagefindResult[],
  combo: readonly string[],
  pagesWith: ReadonlyMap<string, ReadonlySet<string>>,
): PagefindResult[] {
  return results.filter((r) => combo.every((word) => pagesWith.get(word)?.has(r.id)));
}

async function resultsOf(api: PagefindApi, query: string, options?: PagefindSearchOptions): Promise<PagefindResult[]> {
  return (await api.search(query, options))?.results ?? [];
}

async function searchVietnamese(api: PagefindApi, request: SearchRequest): Promise<SearchOutcome> {
  const words = queryWords(request.query);
  if (!words.length) return { kind: 'empty' };

  // 1. Keep, for each word, the variants the index holds as whole words, and the pages holding each
  // (unfiltered; the same index chunks the plain search loads). Searches run side by side: each loads
  // its index chunk, and one after another they cost a round trip each.
  const found = await Promise.all(
    words.map((word) => Promise.all(dVariants(word).map(async (variant) => ({ variant, pages: await resultsOf(api, `"${variant}"`) })))),
  );
  const kept: string[][] = [];
  const pagesWith = new Map<string, ReadonlySet<string>>();
  const unmatched: string[] = [];
  words.forEach((word, i) => {
    const held = found[i].filter(({ pages }) => pages.length);
    for (const { variant, pages } of held) pagesWith.set(variant, new Set(pages.map((r) => r.id)));
    if (held.length) kept.push(held.map(({ variant }) => variant));
    else unmatched.push(word);
  });
  if (unmatched.length) return { kind: 'unmatched', words: unmatched };

  // 2. Every combination, plainly and (for relevance) as a phrase, with the reader's filters.
  const newest = request.sort === 'newest';
  const filters = Object.fromEntries(Object.entries(request.filters ?? {}).filter(([, v]) => v));
  const options: PagefindSearchOptions = { filters, ...(newest ? { sort: { date: 'desc' } } : {}) };
  const searched = await Promise.all(
    combinations(kept).map(async (combo) => {
      const text = combo.join(' ');
      const ranked = !newest && combo.length > 1;
      const [plain, phrase, ...pairs] = await Promise.all([
        resultsOf(api, text, options),
        ranked ? resultsOf(api, `"${text}"`, options) : [],
        // With two words the pair is the phrase; with more, each neighbouring pair is a candidate compound.
        ...(ranked && combo.length > 2 ? combo.slice(1).map((word, i) => resultsOf(api, `"${combo[i]} ${word}"`, options)) : []),
      ]);
      return { plain: wholeWordsOnly(plain, combo, pagesWith), phrase, pairs };
    }),
  );
  const plain = searched.map((s) => s.plain);
  const phrase = searched.map((s) => s.phrase);
  const pairs: PagefindResult[][][] = Array.from({ length: Math.max(0, kept.length - 1) }, (_, i) =>
    searched.filter((s) => s.pairs.length).map((s) => s.pairs[i]),
  );

  // 3. One ranking.
  const cursor = newest ? dateMergeCursor(plain) : rankedCursor(mergeRanked(plain, phrase, pairs));
  return { kind: 'results', words, cursor };
}

/**
 * Search over an index split into shards (src/search/shards.ts), newest shard first. Shards are
 * opened and searched one at a time, only when asked (`searchNext`), so a reader pays for older years
 * only when the newer ones did not give enough. Results of a newer shard come before an older one's;
 * within a shard, ranking is `searchVietnamese`'s (or newest first, which makes the whole list newest first).
 */
export interface ShardedSearch<Shard> {
  /** Shards searched so far, newest first. */
  readonly searched: readonly Shard[];
  /** Shards not searched yet, newest first. */
  readonly remaining: readonly Shard[];
  /** Results found in the searched shards. */
  readonly total: number;
  /** Words that none of the searched shards contains (why there are no results, when there are none). */
  readonly unmatched: readonly string[];
  /** Searches the next shard; its results become available to `next`. */
  searchNext(): Promise<void>;
  /** Results of the searched shards not handed out yet. */
  readonly pending: number;
  next(count: number): Promise<LoadedHit[]>;
}

export function shardedSearch<Shard>(
  shards: readonly Shard[],
  open: (shard: Shard) => Promise<PagefindApi>,
  request: SearchRequest,
): ShardedSearch<Shard> {
  const searched: Shard[] = [];
  const cursors: ResultCursor[] = [];
  let unmatched: Set<string> | undefined;
  let total = 0;
  let handedOut = 0;
  let current = 0;
  let taken = 0;
  return {
    get searched() {
      return searched;
    },
    get remaining() {
      return shards.slice(searched.length);
    },
    get total() {
      return total;
    },
    get unmatched() {
      return [...(unmatched ?? [])];
    },
    get pending() {
      return total - handedOut;
    },
    async searchNext() {
      const shard = shards[searched.length];
      if (shard === undefined) return;
      const outcome = await searchVietnamese(await open(shard), request);
      searched.push(shard);
      if (outcome.kind === 'results') {
        cursors.push(outcome.cursor);
        total += outcome.cursor.total;
        unmatched = new Set();
      } else if (outcome.kind === 'unmatched') {
        unmatched = unmatched ? new Set(outcome.words.filter((w) => unmatched!.has(w))) : new Set(outcome.words);
      }
    },
    async next(count) {
      const out: LoadedHit[] = [];
      while (out.length < count && current < cursors.length) {
        const cursor = cursors[current];
        const hits = await cursor.next(count - out.length);
        out.push(...hits);
        taken += hits.length;
        if (taken >= cursor.total || !hits.length) {
          current++;
          taken = 0;
        }
      }
      handedOut += out.length;
      return out;
    },
  };
}

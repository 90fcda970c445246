// How the search index is split as the archive grows: one Pagefind index per shard, a shard being a run
// of consecutive months. Pagefind cannot update an index in place, so a changed article means indexing its
// whole shard again; the plan keeps that small where it happens most:
//  - the newest month with articles is a shard of its own, so publishing re-indexes one month;
//  - older months are grouped oldest first (whole years together while a shard stays under `maxPages`
//    articles; a larger year split into runs of months), so adding to the newest end never moves the
//    boundaries of older shards: an edit re-indexes only its own shard.
// Readers search the newest shard first and older ones on demand, and the indexer holds one shard in
// memory at a time (one Pagefind index of 30,000 pages needs ~8 GB; 100,000 in one index does not fit in 24 GB).

import type { WordDirectoryRef } from './word-directory.ts';

/** A "YYYY-MM" month in Vietnam time. */
export type Month = string;

export interface SearchShard {
  /** Folder under /pagefind/: "2024", "2019-2021" or "2025-07-12" (months of one year). */
  id: string;
  /** First and last month covered, inclusive ("YYYY-MM"). */
  from: Month;
  to: Month;
  pages: number;
}

export interface ShardManifest {
  version: 3;
  /** Newest first. */
  shards: SearchShard[];
  /**
   * How many pages' worth of shards one search (or one "search older articles" click) may open while it
   * has fewer than a page of results: a query most shards can answer then costs this much of the index.
   */
  pagesPerStep: number;
  /** The word directory: which shards hold each word (./word-directory.ts); positions are in `shards`' order. */
  words: WordDirectoryRef;
}

/** The index's folder in the built site (/pagefind/), and its list of shards there. */
export const SEARCH_INDEX_DIR = 'pagefind';
export const SHARD_MANIFEST_FILE = 'shards.json';
/** The manifest's URL path in the built site, where the search page and the header's box read it. */
export const SHARD_MANIFEST_PATH = `/${SEARCH_INDEX_DIR}/${SHARD_MANIFEST_FILE}`;

const yearOf = (month: Month) => Number(month.slice(0, 4));
const monthNumber = (month: Month) => Number(month.slice(5, 7));
const pad = (n: number) => String(n).padStart(2, '0');

function shardId(from: Month, to: Month): string {
  const [fy, ty] = [yearOf(from), yearOf(to)];
  if (monthNumber(from) === 1 && monthNumber(to) === 12) return fy === ty ? String(fy) : `${fy}-${ty}`;
  return `${fy}-${pad(monthNumber(from))}-${pad(monthNumber(to))}`;
}

/** A shard's folder in the built site, as a URL path: Pagefind's `basePath` for it. */
export const shardFolder = (shardId: string): string => `/${SEARCH_INDEX_DIR}/${shardId}/`;

/** The newest shard's folder: the newest month with articles is always a shard of its own. */
export const newestShardId = (newestMonth: Month): string => shardId(newestMonth, newestMonth);

/**
 * What Pagefind fetches from a shard's folder before it can search it: its script, which starts its
 * worker, which reads the WebAssembly. The search page names the newest shard's in its <head>, so a
 * phone on a slow network fetches them alongside the page instead of one after another. (The entry
 * file is fetched with a cache-busting query, and the metadata is named by a hash only the indexer
 * knows: neither can be fetched ahead.)
 */
export function pagefindStartFiles(shardId: string): { shardId: string; script: string; fetched: string[] } {
  const folder = shardFolder(shardId);
  return { shardId, script: `${folder}pagefind.js`, fetched: [`${folder}pagefind-worker.js`, `${folder}wasm.unknown.pagefind`] };
}

/**
 * Plans the shards from the number of articles per month (a function of the content alone, so a clean
 * build and an incremental one plan the same shards). Newest first. A single month larger than
 * `maxPages` becomes a shard of its own (it cannot be split by date).
 */
export function planSearchShards(perMonth: ReadonlyMap<Month, number>, maxPages: number): SearchShard[] {
  if (!(maxPages >= 1)) throw new Error(`maxPages must be at least 1, got ${maxPages}`);
  const counts = new Map<Month, number>();
  for (const [month, count] of perMonth) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`not a YYYY-MM month: ${JSON.stringify(month)}`);
    if (count > 0) counts.set(month, (counts.get(month) ?? 0) + count);
  }
  const months = [...counts.keys()].sort();
  const newest = months.pop();
  if (!newest) return [];

  // Units, oldest first: whole years, or runs of months of a year too big for one shard (the newest
  // month is not in them: it is the shard new articles land in).
  const units: { from: Month; to: Month; pages: number; wholeYear: boolean }[] = [];
  for (const year of [...new Set(months.map(yearOf))]) {
    const ofYear = months.filter((m) => yearOf(m) === year);
    const total = ofYear.reduce((sum, m) => sum + counts.get(m)!, 0);
    const yearEnd = yearOf(newest) === year ? previousMonth(newest) : `${year}-12`;
    if (total <= maxPages) {
      units.push({ from: `${year}-01`, to: yearEnd, pages: total, wholeYear: yearEnd === `${year}-12` });
      continue;
    }
    let run: { from: Month; to: Month; pages: number } | undefined;
    for (let m = 1; m <= monthNumber(yearEnd); m++) {
      const month = `${year}-${pad(m)}`;
      const count = counts.get(month) ?? 0;
      if (run && run.pages > 0 && run.pages + count > maxPages) {
        units.push({ ...run, wholeYear: false });
        run = undefined;
      }
      run = run ? { ...run, to: month, pages: run.pages + count } : { from: month, to: month, pages: count };
    }
    if (run) units.push({ ...run, to: yearEnd, wholeYear: false });
  }

  // Whole years share a shard, oldest first, while it stays under maxPages; runs of months stand alone.
  const shards: SearchShard[] = [];
  for (const unit of units) {
    const last = shards.at(-1);
    if (last && unit.wholeYear && isWholeYears(last) && last.pages + unit.pages <= maxPages) {
      Object.assign(last, { to: unit.to, pages: last.pages + unit.pages, id: shardId(last.from, unit.to) });
    } else {
      shards.push({ id: shardId(unit.from, unit.to), from: unit.from, to: unit.to, pages: unit.pages });
    }
  }
  shards.push({ id: newestShardId(newest), from: newest, to: newest, pages: counts.get(newest)! });
  return shards.filter((s) => s.pages > 0).reverse();
}

const isWholeYears = (shard: Pick<SearchShard, 'from' | 'to'>) => monthNumber(shard.from) === 1 && monthNumber(shard.to) === 12;

function previousMonth(month: Month): Month {
  const [year, m] = [yearOf(month), monthNumber(month)];
  return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
}

/** The shard holding articles of this month, if any. */
export function shardOfMonth(shards: readonly SearchShard[], month: Month): SearchShard | undefined {
  return shards.find((s) => s.from <= month && month <= s.to);
}

/** The shards to search: all, newest first, or only those covering one year. */
export function shardsToSearch(shards: readonly SearchShard[], year?: string): SearchShard[] {
  if (!year) return [...shards];
  return shards.filter((s) => s.from <= `${year}-12` && `${year}-01` <= s.to);
}

/** What a shard covers, for readers: "2024", "2019–2021", "7–12/2025". */
export function shardPeriod(shard: Pick<SearchShard, 'from' | 'to'>): string {
  const [fy, ty] = [yearOf(shard.from), yearOf(shard.to)];
  const [fm, tm] = [monthNumber(shard.from), monthNumber(shard.to)];
  if (fm === 1 && tm === 12) return fy === ty ? String(fy) : `${fy}–${ty}`;
  if (fy === ty) return fm === tm ? `${fm}/${fy}` : `${fm}–${tm}/${fy}`;
  return `${fm}/${fy}–${tm}/${ty}`;
}

/** The period several shards cover together (they are contiguous when taken in order). */
export function periodOf(shards: readonly Pick<SearchShard, 'from' | 'to'>[]): string {
  if (!shards.length) return '';
  const from = shards.reduce((m, s) => (s.from < m ? s.from : m), shards[0].from);
  const to = shards.reduce((m, s) => (s.to > m ? s.to : m), shards[0].to);
  return shardPeriod({ from, to });
}

/** Reads and checks a manifest (the search page fetches it; a bad one must not fail silently). */
export function parseShardManifest(json: unknown): ShardManifest {
  const manifest = json as ShardManifest;
  if (!manifest || manifest.version !== 3 || !Array.isArray(manifest.shards) || !(manifest.pagesPerStep >= 1))
    throw new Error('not a search shard manifest (version 3)');
  const { words } = manifest;
  if (!words || !/^[0-9a-f]+$/.test(words.version) || !Number.isInteger(words.buckets) || words.buckets < 1)
    throw new Error(`bad word directory in manifest: ${JSON.stringify(words)}`);
  for (const s of manifest.shards) {
    if (typeof s.id !== 'string' || !/^[\w-]+$/.test(s.id) || !/^\d{4}-\d{2}$/.test(s.from) || !/^\d{4}-\d{2}$/.test(s.to)) {
      throw new Error(`bad shard in manifest: ${JSON.stringify(s)}`);
    }
  }
  return manifest;
}

/** The shards one step of a search opens, from the newest not yet searched: at least one, then while they fit in `pagesPerStep`. */
export function nextSearchStep<T extends Pick<SearchShard, 'pages'>>(remaining: readonly T[], pagesPerStep: number): T[] {
  const step: T[] = [];
  let pages = 0;
  for (const shard of remaining) {
    if (step.length && pages + shard.pages > pagesPerStep) break;
    step.push(shard);
    pages += shard.pages;
  }
  return step;
}

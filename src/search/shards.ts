// How the search index is split as the archive grows: one Pagefind index per shard, a shard being a run
// of consecutive months, newest first. Consecutive whole years share a shard while it stays under
// `maxPages` articles; a year larger than that is split into runs of months. So a small site has one
// shard, and a 100,000-article archive has roughly one per year: readers search the newest shard first
// and older shards only on demand, and the indexer never holds more than one shard in memory
// (one Pagefind index of 30,000 pages needs ~8 GB; 100,000 in one index does not fit in 24 GB).

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
  version: 1;
  /** Newest first. */
  shards: SearchShard[];
}

/** The index's folder in the built site (/pagefind/), and its list of shards there. */
export const SEARCH_INDEX_DIR = 'pagefind';
export const SHARD_MANIFEST_FILE = 'shards.json';

const yearOf = (month: Month) => Number(month.slice(0, 4));
const monthNumber = (month: Month) => Number(month.slice(5, 7));
const pad = (n: number) => String(n).padStart(2, '0');

function shardId(from: Month, to: Month): string {
  const [fy, ty] = [yearOf(from), yearOf(to)];
  if (monthNumber(from) === 1 && monthNumber(to) === 12) return fy === ty ? String(fy) : `${fy}-${ty}`;
  return `${fy}-${pad(monthNumber(from))}-${pad(monthNumber(to))}`;
}

/**
 * Plans the shards from the number of articles per month. Whole years are kept together where they
 * fit; a single month larger than `maxPages` becomes a shard of its own (it cannot be split by date).
 */
export function planSearchShards(perMonth: ReadonlyMap<Month, number>, maxPages: number): SearchShard[] {
  if (!(maxPages >= 1)) throw new Error(`maxPages must be at least 1, got ${maxPages}`);
  const byYear = new Map<number, Map<number, number>>();
  for (const [month, count] of perMonth) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`not a YYYY-MM month: ${JSON.stringify(month)}`);
    if (count <= 0) continue;
    const months = byYear.get(yearOf(month)) ?? new Map<number, number>();
    months.set(monthNumber(month), (months.get(monthNumber(month)) ?? 0) + count);
    byYear.set(yearOf(month), months);
  }
  const shards: SearchShard[] = [];
  // A shard of whole years still open for an older year to join it.
  let open: { fromYear: number; toYear: number; pages: number } | undefined;
  const closeOpen = () => {
    if (!open) return;
    shards.push({
      id: shardId(`${open.fromYear}-01`, `${open.toYear}-12`),
      from: `${open.fromYear}-01`,
      to: `${open.toYear}-12`,
      pages: open.pages,
    });
    open = undefined;
  };
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
    const months = byYear.get(year)!;
    const total = [...months.values()].reduce((a, b) => a + b, 0);
    if (total <= maxPages) {
      if (open && open.pages + total <= maxPages) {
        open.fromYear = year;
        open.pages += total;
      } else {
        closeOpen();
        open = { fromYear: year, toYear: year, pages: total };
      }
      continue;
    }
    closeOpen();
    // Too big for one shard: runs of months, newest first. Runs start and end on whole months and
    // together cover the year (empty months fall into a neighbouring run).
    let run: { to: number; from: number; pages: number } | undefined;
    for (let m = 12; m >= 1; m--) {
      const count = months.get(m) ?? 0;
      if (run && run.pages > 0 && run.pages + count > maxPages) {
        shards.push(monthRun(year, run.from, run.to, run.pages));
        run = undefined;
      }
      if (!run) run = { to: m, from: m, pages: 0 };
      run.from = m;
      run.pages += count;
    }
    if (run) shards.push(monthRun(year, 1, run.to, run.pages));
  }
  closeOpen();
  return shards.filter((s) => s.pages > 0);
}

function monthRun(year: number, from: number, to: number, pages: number): SearchShard {
  const first = `${year}-${pad(from)}`;
  const last = `${year}-${pad(to)}`;
  return { id: shardId(first, last), from: first, to: last, pages };
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
  if (!manifest || manifest.version !== 1 || !Array.isArray(manifest.shards)) throw new Error('not a search shard manifest (version 1)');
  for (const s of manifest.shards) {
    if (typeof s.id !== 'string' || !/^[\w-]+$/.test(s.id) || !/^\d{4}-\d{2}$/.test(s.from) || !/^\d{4}-\d{2}$/.test(s.to)) {
      throw new Error(`bad shard in manifest: ${JSON.stringify(s)}`);
    }
  }
  return manifest;
}

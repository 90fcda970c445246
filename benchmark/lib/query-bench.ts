// What a search costs a reader, measured in Chromium against a built site and its real index (shards
// included): bytes and requests to /pagefind/, time until the first results (or the "nothing found"
// answer) are on screen, results found in that first step, shards opened; each with the word directory
// and without it. Each query gets a fresh browser context (empty cache), as a first-time reader on a
// phone would.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tools/lib/chromium.ts';
import { SEARCH_INDEX_DIR } from '../../src/search/shards.ts';
import { WORD_DIRECTORY_DIR } from '../../src/search/word-directory.ts';
import { searchPageUrl, serveSite, submitSearch } from './search-page.ts';

export const STANDARD_QUERIES = [
  'thi dua',
  'ngan sach',
  'do thi',
  'phong trào thi đua',
  'giao thong',
  'uyen',
  '8.430,54',
  'khong co tu nay',
];

export interface QueryCost {
  query: string;
  /** Results counted when the first answer shows (the newest shards searched so far). */
  results: number;
  shardsOpened: number;
  requests: number;
  bytes: number;
  msToFirstResults: number;
  /** The search page's data-state when it answered: always "done" (a failed search stops the benchmark). */
  state: string;
  /**
   * The same query with the word directory unreachable (its requests refused: the search page then opens
   * shards in turn, as it did before the directory), to show what the directory saves, in the same run.
   */
  withoutDirectory: Omit<QueryCost, 'query' | 'withoutDirectory'>;
}

export async function measureQueries(
  dist: string,
  port: number,
  queries = STANDARD_QUERIES,
  onRow?: (row: QueryCost) => void,
): Promise<QueryCost[]> {
  const indexPath = `/${SEARCH_INDEX_DIR}/`;
  const { base, stop } = await serveSite(dist, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

  /** One query from a fresh browser context (empty cache), as a first-time reader on a phone would. */
  async function measure(query: string, directory: boolean): Promise<QueryCost['withoutDirectory']> {
    const context = await browser.newContext();
    if (!directory) await context.route(`**${indexPath}${WORD_DIRECTORY_DIR}/**`, (route) => route.abort());
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const shards = new Set<string>();
    page.on('requestfinished', async (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith(indexPath)) return;
      const folder = /^([\w-]+)\//.exec(path.slice(indexPath.length))?.[1];
      if (folder && folder !== WORD_DIRECTORY_DIR) shards.add(folder);
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) {
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        requests++;
      }
    });
    try {
      await page.goto(searchPageUrl(base));
      const started = await page.evaluate(() => performance.now());
      const answered = await submitSearch(page, query);
      const msToFirstResults = (await page.evaluate(() => performance.now())) - started;
      await page.waitForLoadState('networkidle');
      const state = (await answered.getAttribute('data-state')) ?? '';
      // A search that failed must not pass for one that found nothing.
      if (state !== 'done') throw new Error(`"${query}": the search page's state is "${state}" (${await answered.textContent()})`);
      const results = Number((await answered.getAttribute('data-result-count')) ?? 0);
      return { results, shardsOpened: shards.size, requests, bytes, msToFirstResults, state };
    } finally {
      await context.close();
    }
  }

  const rows: QueryCost[] = [];
  try {
    for (const query of queries) {
      const row = { query, ...(await measure(query, true)), withoutDirectory: await measure(query, false) };
      rows.push(row);
      onRow?.(row);
    }
  } finally {
    await browser.close();
    stop();
  }
  return rows;
}

export const QUERY_TABLE_HEADER =
  'query                  results  shards  reqs      KB   ms to first results   | without the word directory: results  shards      KB     ms';

export function queryRow(r: QueryCost): string {
  const w = r.withoutDirectory;
  return (
    `${JSON.stringify(r.query).padEnd(22)} ${String(r.results).padStart(7)} ${String(r.shardsOpened).padStart(7)} ${String(r.requests).padStart(5)} ` +
    `${(r.bytes / 1024).toFixed(0).padStart(7)} ${r.msToFirstResults.toFixed(0).padStart(9)}             | ` +
    `${String(w.results).padStart(34)} ${String(w.shardsOpened).padStart(7)} ${(w.bytes / 1024).toFixed(0).padStart(7)} ${w.msToFirstResults.toFixed(0).padStart(6)}`
  );
}

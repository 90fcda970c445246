// What a search costs a reader, measured in Chromium against a built site and its real index (shards
// included): bytes and requests to /pagefind/, time until the first results (or the "nothing found"
// answer) are on screen, results found in that first step, shards opened; each with the word directory
// and without it. Each query gets a fresh browser context (empty cache), as a first-time reader on a
// phone would. Three ways a reader asks:
// - typed on the search page: the page is open, the query typed at TYPING_MS_PER_KEY (a fast typist),
//   then Enter; timed from the form's submit to the answer (the page starts Pagefind while the reader
//   types: src/client/search-page.ts);
// - from a link (/tim-kiem/?q=…, a shared link): timed from the start of the navigation to the answer,
//   the page's own loading included; once on this machine's loopback, once on a slow phone network as
//   Lighthouse's mobile profile models it (150 ms round trip, 1.6 Mbps down, 750 kbps up, applied to
//   each request by Chromium's network emulation);
// - from the header's search box on the home page, typed the same way: from that form's submit to the
//   answer on the search page it opens (the box fetches Pagefind's first files when it gets focus:
//   src/client/search-prefetch.ts).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tools/lib/chromium.ts';
import { SEARCH_INDEX_DIR } from '../../src/search/shards.ts';
import { WORD_DIRECTORY_DIR } from '../../src/search/word-directory.ts';
import { searchUrl } from '../../src/lib/urls.ts';
import { searchPageUrl, serveSite } from './search-page.ts';

/** Lighthouse's mobile network (its "slow 4G"): what a phone reader on a poor connection waits on. */
const SLOW_PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

/** 150 ms a key: ~7 keys a second, faster than most readers type on a phone. */
const TYPING_MS_PER_KEY = 150;

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
  /** Typed on the search page: from the form's submit to the answer. */
  msToFirstResults: number;
  /** From a link to /tim-kiem/?q=…: from the start of the navigation to the answer. */
  msFromLink: number;
  /** The same on a slow phone network (SLOW_PHONE_NETWORK). */
  msFromLinkSlow: number;
  /**
   * Typed into the header's search box on the home page (which fetches Pagefind's first files when the
   * box gets focus), then Enter: from that submit to the answer on the search page it opens.
   */
  msFromHeader: number;
  /** The search page's data-state when it answered: always "done" (a failed search stops the benchmark). */
  state: string;
  /**
   * The same query with the word directory unreachable (its requests refused: the search page then opens
   * shards in turn, as it did before the directory), to show what the directory saves, in the same run.
   */
  withoutDirectory: Omit<QueryCost, 'query' | 'withoutDirectory' | 'msFromLink' | 'msFromLinkSlow' | 'msFromHeader'>;
}

/** What the page logs when the search page answers, followed by its state ("done" or "failed"). */
const ANSWERED_MESSAGE = 'bench: search answered, ';

/**
 * Records, in the page's clock (performance.now(), from the navigation's start), when the search form
 * was last submitted and when the search page's status line last said "done" or "failed", and logs the
 * answer to the console (waitForAnswer).
 */
function timeAnswers(context: BrowserContext) {
  return context.addInitScript((answeredMessage) => {
    const times = { submitted: 0, answered: 0, sinceHeaderSubmit: 0 };
    Object.assign(window, { searchTimes: times });
    // Epoch milliseconds, to time across the navigation from the header's form to the search page.
    const now = () => performance.timeOrigin + performance.now();
    addEventListener(
      'submit',
      (event) => {
        times.submitted = performance.now();
        times.answered = 0;
        if ((event.target as Element).matches('header form')) sessionStorage.setItem('headerSubmittedAt', String(now()));
      },
      true,
    );
    new MutationObserver(() => {
      const state = document.querySelector<HTMLElement>('[data-search-status]')?.dataset.state;
      if ((state === 'done' || state === 'failed') && !times.answered) {
        times.answered = performance.now();
        const headerSubmittedAt = Number(sessionStorage.getItem('headerSubmittedAt'));
        if (headerSubmittedAt) times.sinceHeaderSubmit = now() - headerSubmittedAt;
        console.debug(`${answeredMessage}${state}`);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  }, ANSWERED_MESSAGE);
}

/**
 * Resolves when the page logs the search page's answer; throws if the search failed. Waiting on a
 * locator instead would make Playwright evaluate its injected script (~30 ms of the page's main thread,
 * traced) while the page under measurement is still starting Pagefind: a cost no reader has.
 */
function waitForAnswer(page: Page, query: string, timeout = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`"${query}": no answer in ${timeout} ms`)), timeout);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith(ANSWERED_MESSAGE)) return;
      clearTimeout(timer);
      const state = text.slice(ANSWERED_MESSAGE.length);
      if (state === 'done') resolve();
      // A search that failed must not pass for one that found nothing.
      else reject(new Error(`"${query}": the search page's state is "${state}"`));
    });
  });
}
const answerTimes = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { searchTimes: { submitted: number; answered: number; sinceHeaderSubmit: number } }).searchTimes,
  );

export async function measureQueries(
  dist: string,
  port: number,
  queries = STANDARD_QUERIES,
  onRow?: (row: QueryCost) => void,
): Promise<QueryCost[]> {
  const indexPath = `/${SEARCH_INDEX_DIR}/`;
  const { base, stop } = await serveSite(dist, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

  /** One query typed on the search page, from a fresh browser context (empty cache), as a first-time reader on a phone would. */
  async function measure(query: string, directory: boolean): Promise<QueryCost['withoutDirectory']> {
    const context = await browser.newContext();
    await timeAnswers(context);
    if (!directory) await context.route(`**${indexPath}${WORD_DIRECTORY_DIR}/**`, (route) => route.abort());
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const shards = new Set<string>();
    page.on('requestfinished', async (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith(indexPath)) return;
      // A shard is searched when its index chunks are read (the newest one is started ahead, unsearched).
      const folder = /^([\w-]+)\/index\//.exec(path.slice(indexPath.length))?.[1];
      if (folder && folder !== WORD_DIRECTORY_DIR) shards.add(folder);
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) {
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        requests++;
      }
    });
    try {
      await page.goto(searchPageUrl(base));
      await page.locator('#search-q').pressSequentially(query, { delay: TYPING_MS_PER_KEY });
      await page.locator('#search-q').press('Enter');
      const answered = page.locator('[data-search-status][data-state="done"], [data-search-status][data-state="failed"]');
      await answered.waitFor({ state: 'attached', timeout: 120_000 });
      const times = await answerTimes(page);
      await page.waitForLoadState('networkidle');
      const state = (await answered.getAttribute('data-state')) ?? '';
      // A search that failed must not pass for one that found nothing.
      if (state !== 'done') throw new Error(`"${query}": the search page's state is "${state}" (${await answered.textContent()})`);
      const results = Number((await answered.getAttribute('data-result-count')) ?? 0);
      return { results, shardsOpened: shards.size, requests, bytes, msToFirstResults: times.answered - times.submitted, state };
    } finally {
      await context.close();
    }
  }

  /** The same query from a link to the search page: navigation start to answer, fresh cache. */
  async function measureFromLink(query: string, slowNetwork = false): Promise<number> {
    const context = await browser.newContext();
    await timeAnswers(context);
    const page = await context.newPage();
    if (slowNetwork) await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', SLOW_PHONE_NETWORK);
    try {
      const answered = waitForAnswer(page, query);
      await page.goto(`${base}${searchUrl(query)}`);
      await answered;
      return (await answerTimes(page)).answered;
    } finally {
      await context.close();
    }
  }

  /** The same query typed into the header's search box on the home page, fresh cache. */
  async function measureFromHeader(query: string): Promise<number> {
    const context = await browser.newContext();
    await timeAnswers(context);
    const page = await context.newPage();
    try {
      await page.goto(`${base}/`);
      await page.locator('#site-search').focus();
      await page.locator('#site-search').pressSequentially(query, { delay: TYPING_MS_PER_KEY });
      const answered = waitForAnswer(page, query);
      await page.locator('#site-search').press('Enter');
      await answered;
      return (await answerTimes(page)).sinceHeaderSubmit;
    } finally {
      await context.close();
    }
  }

  const rows: QueryCost[] = [];
  try {
    for (const query of queries) {
      const row = {
        query,
        ...(await measure(query, true)),
        msFromLink: await measureFromLink(query),
        msFromLinkSlow: await measureFromLink(query, true),
        msFromHeader: await measureFromHeader(query),
        withoutDirectory: await measure(query, false),
      };
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
  'query                  results  shards  reqs      KB   ms typed  ms from a link  (slow phone network)  ms from the header   | without the word directory: results  shards      KB     ms';

export function queryRow(r: QueryCost): string {
  const w = r.withoutDirectory;
  return (
    `${JSON.stringify(r.query).padEnd(22)} ${String(r.results).padStart(7)} ${String(r.shardsOpened).padStart(7)} ${String(r.requests).padStart(5)} ` +
    `${(r.bytes / 1024).toFixed(0).padStart(7)} ${r.msToFirstResults.toFixed(0).padStart(10)} ${r.msFromLink.toFixed(0).padStart(15)} ${r.msFromLinkSlow.toFixed(0).padStart(21)} ${r.msFromHeader.toFixed(0).padStart(19)}   | ` +
    `${String(w.results).padStart(34)} ${String(w.shardsOpened).padStart(7)} ${(w.bytes / 1024).toFixed(0).padStart(7)} ${w.msToFirstResults.toFixed(0).padStart(6)}`
  );
}

// Runs the relevance suite (./relevance-suite.ts) against a built site in Chromium: each query through
// the real search page (what readers get), and through plain Pagefind on the same index (its own
// ranking of the same words, for comparison). Returns, per query, the article ids in the order listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tools/lib/chromium.ts';
import { parseShardManifest, SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE } from '../../src/search/shards.ts';
import { articleUrl } from '../../src/lib/urls.ts';
import { searchPageUrl, serveSite, submitSearch } from './search-page.ts';
import type { RankedQuery, RelevanceQuery } from './relevance-suite.ts';

/** "/bai-viet/x/" (or a full URL to it) → "x". */
const articleIdOfUrl = (url: string) => {
  const prefix = articleUrl('x').replace(/x\/$/, '');
  const path = new URL(url, 'http://localhost').pathname;
  return path.startsWith(prefix) ? path.slice(prefix.length).replace(/\/$/, '') : path;
};

async function rankedBySearchPage(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(searchPageUrl(base));
  const answered = await submitSearch(page, query, 30_000);
  if ((await answered.getAttribute('data-state')) !== 'done') throw new Error(`"${query}": the search page failed`);
  // Every result, not only the first page: a page listed further down still counts as listed.
  const links = page.locator('[data-search-results] li a');
  const more = page.locator('[data-search-more]');
  for (let shown = await links.count(); await more.isVisible();) {
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('[data-search-results] li').length > before, shown);
    shown = await links.count();
  }
  const hrefs = await links.evaluateAll((found) => found.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(articleIdOfUrl);
}

async function rankedByPlainPagefind(page: Page, shardPath: string, query: string): Promise<string[]> {
  // Given as source text: a test runner that transforms this module (Vitest) would rewrite import().
  const urls = (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${shardPath}pagefind.js`)});
    await pagefind.options({ basePath: ${JSON.stringify(shardPath)}, baseUrl: '/' });
    const search = await pagefind.search(${JSON.stringify(query)});
    const all = await Promise.all((search?.results ?? []).map((r) => r.data()));
    return all.map((d) => d.url);
  })()`)) as string[];
  return urls.map(articleIdOfUrl);
}

/** Serves `dist` (the project's static server) and ranks every query both ways. */
export async function runRelevance(
  dist: string,
  port: number,
  queries: readonly RelevanceQuery[],
): Promise<{ ours: RankedQuery[]; pagefind: RankedQuery[] }> {
  const manifest = parseShardManifest(JSON.parse(readFileSync(join(dist, SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE), 'utf8')));
  if (manifest.shards.length !== 1) throw new Error(`the relevance site should be one shard, not ${manifest.shards.length}`);
  const shardPath = `/${SEARCH_INDEX_DIR}/${manifest.shards[0].id}/`;
  const { base, stop } = await serveSite(dist, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const ours: RankedQuery[] = [];
    for (const q of queries) ours.push({ ...q, ranked: await rankedBySearchPage(page, base, q.query) });
    // Plain Pagefind from a page of the site (same origin as the index), one fresh page for its state.
    const plain = await browser.newPage();
    await plain.goto(`${base}/`);
    const pagefind: RankedQuery[] = [];
    for (const q of queries) pagefind.push({ ...q, ranked: await rankedByPlainPagefind(plain, shardPath, q.query) });
    return { ours, pagefind };
  } finally {
    await browser.close();
    stop();
  }
}

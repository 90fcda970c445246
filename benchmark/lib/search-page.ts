// What the search benchmarks share: the built site served as operators serve it (the project's static
// server, its _headers applied), and a query typed into the real search page, answered when the page's
// machine-readable state says so (src/client/search-page.ts), never by its Vietnamese text.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { searchUrl } from '../../src/lib/urls.ts';

const root = resolve(import.meta.dirname, '../..');

/** Serves `dist` on 127.0.0.1:`port` until `stop()`; resolves once it answers. */
export async function serveSite(dist: string, port: number): Promise<{ base: string; stop: () => void }> {
  const server = spawn(process.execPath, [join(root, 'tools/deploy/serve-static.ts'), dist, '--port', String(port)], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (
    let i = 0;
    i < 50 &&
    !(await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  return { base, stop: () => server.kill() };
}

/** The search page's address on the served site. */
export const searchPageUrl = (base: string) => `${base}${searchUrl()}`;

/** On the search page, submits `query` as a reader would; returns its status line once answered ("done" or "failed"). */
export async function submitSearch(page: Page, query: string, timeout = 120_000): Promise<Locator> {
  await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    input.value = q;
    input.form!.requestSubmit();
  }, query);
  const answered = page.locator('[data-search-status][data-state="done"], [data-search-status][data-state="failed"]');
  await answered.waitFor({ state: 'attached', timeout });
  return answered;
}

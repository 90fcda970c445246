// Browser quality gates: axe-core at WCAG 2.2 AA, every request a page makes (fails on another
// origin), and CSP violations. Each finding names the page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface PageAudit {
  url: string;
  accessibility: string[];
  offOrigin: string[];
  cspViolations: string[];
}

/** Starts recording requests and CSP violations; call before page.goto. */
export async function watch(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) => store.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  return {
    async audit(axe = true): Promise<PageAudit> {
      const url = page.url();
      const origin = new URL(url).origin;
      const accessibility = axe
        ? (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          )
        : [];
      const offOrigin = requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).origin !== origin);
      const cspViolations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
      return { url, accessibility, offOrigin, cspViolations };
    },
  };
}

/** Readable failures, each naming the page; empty when the page passes every gate. */
export function failuresOf(audit: PageAudit): string[] {
  return [
    ...audit.accessibility.map((v) => `${audit.url}: accessibility: ${v}`),
    ...audit.offOrigin.map((r) => `${audit.url}: request to another origin: ${r}`),
    ...audit.cspViolations.map((v) => `${audit.url}: CSP violation: ${v}`),
  ];
}

// Parses HTML with a real, spec-following parser (jsdom, on parse5) for assertions on built pages.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { distFileOf } from '../../tools/lib/dist-files.ts';

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Feeds, sitemaps: parsed as XML (a mistake in them is a parse error, not a repaired tree). */
export function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: 'text/xml' }).window.document;
}

/** The built page for a URL path, e.g. "/bai-viet/x/" → <dist>/bai-viet/x/index.html. */
export function builtPage(dist: string, path: string): Document {
  const file = distFileOf(dist, path);
  if (!file) throw new Error(`${path}: no such page in ${dist}`);
  return parseHtml(readFileSync(file, 'utf8'));
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A page's <meta property|name="key"> content. */
export const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** A page's JSON-LD blocks, parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is checked by schema-org.ts, then read freely
export const jsonLd = (doc: Document): any[] =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));

// Parses HTML with a real, spec-following parser (jsdom, on parse5) for assertions on built pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The built page for a URL path, e.g. "/bai-viet/x/" → <dist>/bai-viet/x/index.html. */
export function builtPage(dist: string, path: string): Document {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return parseHtml(readFileSync(file, 'utf8'));
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

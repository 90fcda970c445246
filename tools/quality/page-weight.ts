// Page weight: the bytes a page costs a reader (HTML plus the CSS and JS it loads from the same origin,
// including modules its scripts import), raw and gzip-compressed as servers send them. Used by the
// budget script and test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distFileOf } from '../lib/dist-files.ts';

interface AssetWeight {
  kind: 'html' | 'css' | 'js';
  path: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  assets: AssetWeight[];
  totals: Record<AssetWeight['kind'], { bytes: number; gzip: number }>;
}

const weigh = (kind: AssetWeight['kind'], path: string, content: Buffer): AssetWeight => ({
  kind,
  path,
  bytes: content.length,
  gzip: gzipSync(content, { level: 9 }).length,
});

/** Same-origin stylesheet and script URLs a page loads. */
function linkedAssets(html: string): { css: string[]; js: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')!).filter(Boolean);
  const js = [...html.matchAll(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g)].map((m) => attr(m[0], 'src')!).filter(Boolean);
  const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
  return { css: css.filter(local), js: js.filter(local) };
}

/** Same-origin modules a script imports statically (each a request the browser makes before running it). */
function staticImports(code: string, from: string): string[] {
  const specifiers = [...code.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
  return specifiers.filter((s) => s.startsWith('.') || s.startsWith('/')).map((s) => new URL(s, `http://site${from}`).pathname);
}

/** Scripts a page loads: its <script src>s and, transitively, what they import (each counted once). */
function scriptsOf(dist: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length) {
    const url = pending.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    pending.push(...staticImports(readFileSync(join(dist, url), 'utf8'), url));
  }
  return [...seen];
}

export function pageWeight(dist: string, pagePath: string): PageWeight {
  const file = distFileOf(dist, pagePath);
  if (!file) throw new Error(`${pagePath}: no such page in ${dist}`);
  const html = readFileSync(file);
  const { css, js } = linkedAssets(html.toString('utf8'));
  const assets = [
    weigh('html', pagePath, html),
    ...css.map((url) => weigh('css', url, readFileSync(join(dist, url)))),
    ...scriptsOf(dist, js).map((url) => weigh('js', url, readFileSync(join(dist, url)))),
  ];
  const totals = { html: { bytes: 0, gzip: 0 }, css: { bytes: 0, gzip: 0 }, js: { bytes: 0, gzip: 0 } };
  for (const a of assets) {
    totals[a.kind].bytes += a.bytes;
    totals[a.kind].gzip += a.gzip;
  }
  return { assets, totals };
}

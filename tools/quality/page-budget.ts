#!/usr/bin/env node
// Prints what each kind of built page costs a reader: HTML, CSS and JS, raw and gzipped.
//   npm run budget [-- <dist>]   (build first)
import { builtSiteOrExit, distFileOf } from '../lib/dist-files.ts';
import { buildSettings } from '../../src/build-settings.ts';
import { pageWeight } from './page-weight.ts';
import { SAMPLE_PAGES } from './sample-pages.ts';

const dist = builtSiteOrExit(process.argv[2], buildSettings.outDir);
const { home, article, category, 'not-found': notFound } = SAMPLE_PAGES;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log('page       HTML raw/gz KB   CSS raw/gz KB   JS raw/gz KB   HTML+CSS gz KB');
for (const [name, path] of Object.entries({ home, article, category, 'not-found': notFound })) {
  if (!distFileOf(dist, path)) continue;
  const { totals: t } = pageWeight(dist, path);
  console.log(
    `${name.padEnd(9)} ${kb(t.html.bytes)} /${kb(t.html.gzip)}  ${kb(t.css.bytes)} /${kb(t.css.gzip)}  ${kb(t.js.bytes)} /${kb(t.js.gzip)}  ${kb(t.html.gzip + t.css.gzip)}`,
  );
}

#!/usr/bin/env node
// Prints what each kind of built page costs a reader: HTML, CSS and JS, raw and gzipped.
// usage: npm run budget [-- <dist>]   (build first)
import { existsSync } from 'node:fs';
import { pageWeight } from '../src/lib/page-weight.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
const pages = {
  home: '/',
  article: '/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/',
  category: '/chuyen-muc/quan-huyen/',
  'not-found': '404.html',
};
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log('page       HTML raw/gz KB   CSS raw/gz KB   JS raw/gz KB   HTML+CSS gz KB');
for (const [name, path] of Object.entries(pages)) {
  if (!existsSync(path.endsWith('/') ? `${dist}${path}index.html` : `${dist}/${path}`)) continue;
  const { totals: t } = pageWeight(dist, path);
  console.log(
    `${name.padEnd(9)} ${kb(t.html.bytes)} /${kb(t.html.gzip)}  ${kb(t.css.bytes)} /${kb(t.css.gzip)}  ${kb(t.js.bytes)} /${kb(t.js.gzip)}  ${kb(t.html.gzip + t.css.gzip)}`,
  );
}

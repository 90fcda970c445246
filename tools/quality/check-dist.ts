#!/usr/bin/env node
// Quality gates over a built site: HTML validity, links and fragments, encoding. Build first.
//   npm run check:dist [-- <dist>]
import { buildSettings } from '../../src/build-settings.ts';
import { checkEncoding, checkHtmlValidity, checkLinks, type GateFailure } from './dist-gates.ts';
import { builtSiteOrExit } from '../lib/dist-files.ts';

const dist = builtSiteOrExit(process.argv[2], buildSettings.outDir);
const site = buildSettings.siteUrl;
const gates: [string, () => Promise<GateFailure[]> | GateFailure[]][] = [
  ['HTML validity (html-validate)', () => checkHtmlValidity(dist)],
  ['internal links and fragments', () => checkLinks(dist, site)],
  ['encoding (UTF-8, no U+FFFD or mojibake, lang="vi")', () => checkEncoding(dist)],
];
let total = 0;
for (const [name, run] of gates) {
  const failures = await run();
  total += failures.length;
  console.log(`${failures.length ? '✗' : '✓'} ${name}: ${failures.length} problem(s)`);
  for (const f of failures) console.log(`    ${f.page}: ${f.message}`);
}
process.exit(total ? 1 : 0);

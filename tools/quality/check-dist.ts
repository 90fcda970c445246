#!/usr/bin/env node
// Quality gates over a built site: HTML validity, links and fragments, encoding, no inline scripts. Build first.
//   npm run check:dist [-- <dist>]
import { buildSettings } from '../../src/build-settings.ts';
import { checkEncoding, checkHtmlValidity, checkInlineScripts, checkLinks, type GateFailure } from './dist-gates.ts';
import { builtSiteOrExit } from '../lib/dist-files.ts';

const dist = builtSiteOrExit(process.argv[2], buildSettings.outDir);
const site = buildSettings.siteUrl;
const gates: [string, () => Promise<GateFailure[]> | GateFailure[]][] = [
  ['HTML validity (html-validate)', () => checkHtmlValidity(dist)],
  ['internal links and fragments', () => checkLinks(dist, site)],
  ['encoding (UTF-8, no U+FFFD or mojibake, lang="vi")', () => checkEncoding(dist)],
  ['no inline scripts or event handlers (the CSP runs none)', () => checkInlineScripts(dist)],
];
let total = 0;
for (const [name, run] of gates) {
  const failures = await run();
  total += failures.length;
  console.log(`${failures.length ? '✗' : '✓'} ${name}: ${failures.length} problem(s)`);
  for (const f of failures) console.log(`    ${f.page}: ${f.message}`);
}
process.exit(total ? 1 : 0);

#!/usr/bin/env node
// Writes a deterministic, clearly synthetic corpus (never site content) for benchmarks:
//   npm run gen:corpus -- --count 10000 --out .bench/corpus-10000 [--seed 2021] [--mdx-share 0.1]
// The folder gets the site's categories.yaml and authors.yaml, and articles/<year>/*.mdx.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '2021' },
    'mdx-share': { type: 'string', default: '0.1' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
const out = resolve(values.out ?? `.bench/corpus-${count}`);
const root = resolve(import.meta.dirname, '..');
if (out === resolve(root, 'content') || out.startsWith(resolve(root, 'content') + '/')) {
  throw new Error('A synthetic corpus must not be written into content/.');
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, 'content/categories.yaml'), join(out, 'categories.yaml'));
cpSync(join(root, 'content/authors.yaml'), join(out, 'authors.yaml'));
writeFileSync(join(out, 'README.txt'), 'Dữ liệu GIẢ LẬP, sinh tự động để đo hiệu năng. Không phải tin thật; không đưa vào content/.\n');

const categories = ['thoi-su', 'quan-huyen', 'kinh-te', 'van-hoa-xa-hoi', 'do-thi'];
const started = Date.now();
let written = 0;
for (const file of generateCorpus({ count, seed: Number(values.seed), categories, mdxShare: Number(values['mdx-share']) })) {
  const path = join(out, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  written++;
  if (written % 5000 === 0 || written === count) process.stdout.write(`  ${written}/${count} articles written\n`);
}
console.log(`synthetic corpus: ${written} articles in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

#!/usr/bin/env node
// Imports text dumps of the legacy portal as MDX articles (rules: tools/editors/legacy-dump.ts).
//   npm run import:legacy -- <file.txt>... --category <slug> [--tags "Ba Đình,Thi đua"] [--force]
//                                         [--published-at 2021-01-20T13:57:00+07:00]
// Prints each path it wrote. A file it cannot make sense of gets an error naming the file and the
// line, and nothing is written for it. An existing article is never overwritten without --force.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importLegacyArticle } from './legacy-dump.ts';
import { contentDir, findArticleById, knownReferences, readAuthors } from '../../src/model/content-folder.ts';
import { referenceProblems } from '../../src/model/references.ts';
import { articleFilePath } from '../../src/model/article-id.ts';
import { parseVietnamIso } from '../../src/lib/iso.ts';

const { values, positionals } = parseArgs({
  options: {
    category: { type: 'string' },
    tags: { type: 'string' },
    force: { type: 'boolean', default: false },
    'published-at': { type: 'string' },
  },
  allowPositionals: true,
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const known = knownReferences(contentDir);
const authors = readAuthors(contentDir);
if (!positionals.length) fail('Cách dùng: npm run import:legacy -- <tệp.txt>... --category <chuyên-mục> [--tags "a,b"] [--force]');
if (!values.category) fail(`Thiếu --category. Các chuyên mục có: ${[...known.categoryIds].join(', ')}`);
for (const problem of referenceProblems({ category: values.category }, known)) fail(`--category: ${problem.message}`);
let publishedAt: Date | undefined;
if (values['published-at']) {
  const parsed = parseVietnamIso(values['published-at']);
  if (typeof parsed === 'string') fail(`--published-at: ${parsed}`);
  publishedAt = parsed as Date;
}
const tags = values.tags
  ? values.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
  : [];

let failed = 0;
for (const input of positionals) {
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    console.error(`${input}: không đọc được tệp (${(error as Error).message})`);
    failed++;
    continue;
  }
  const result = importLegacyArticle(text, { category: values.category!, tags, authors, publishedAt });
  if (!result.ok) {
    for (const p of result.problems) console.error(`${input}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    console.error(`${input}: không nhập (không ghi tệp nào).`);
    failed++;
    continue;
  }
  // Legacy articles keep their photos' captions as <Figure> components, so they are MDX.
  const target = articleFilePath(contentDir, result.year, result.slug, 'mdx');
  const existing = findArticleById(contentDir, result.slug);
  if (existing && !values.force) {
    console.error(`${input}: bài "${result.slug}" đã có ở ${existing}; không ghi đè (dùng --force để ghi đè).`);
    failed++;
    continue;
  }
  if (existing && resolve(existing) !== resolve(target)) {
    console.error(`${input}: bài "${result.slug}" đang nằm ở ${existing}; ghi đè đúng tệp đó.`);
  }
  const out = existing ?? target;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.mdx);
  console.log(relative(process.cwd(), resolve(out)));
}
if (positionals.length - failed > 0)
  console.error('Gợi ý: chạy `npm run lint:content -- --fix` để sửa các lỗi khoảng trắng của văn bản cũ.');
process.exit(failed ? 1 : 0);

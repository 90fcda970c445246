#!/usr/bin/env node
// Vietnamese typography lint for articles (article-lint.ts, over the remark plugin remark-typography.ts).
//   npm run lint:content [-- --fix] [files…]     (default: every article in content/articles/)
// Prints file:line:column, the rule and the problem; `--fix` applies the safe fixes in place.
// Exits 1 while problems remain.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fixArticle, lintArticle } from './article-lint.ts';
import { articleFiles, contentDir } from '../../src/model/content-folder.ts';

const { values, positionals } = parseArgs({ options: { fix: { type: 'boolean', default: false } }, allowPositionals: true });
const files = positionals.length ? positionals : articleFiles(contentDir);

let remaining = 0;
let fixedFiles = 0;
for (const path of files) {
  const source = readFileSync(path, 'utf8');
  let file = await lintArticle(path, source);
  if (values.fix && file.data.typographyFixes?.length) {
    const fixed = await fixArticle(path, source);
    if (fixed !== source) {
      writeFileSync(path, fixed);
      fixedFiles++;
      const before = file.messages.length;
      file = await lintArticle(path, fixed);
      console.log(`${relative(process.cwd(), path)}: đã sửa ${before - file.messages.length} lỗi`);
    }
  }
  for (const message of file.messages) {
    remaining++;
    console.log(`${relative(process.cwd(), path)}:${message.line ?? 1}:${message.column ?? 1}  ${message.ruleId}  ${message.reason}`);
  }
}
console.log(
  `${files.length} bài đã kiểm tra; ${remaining ? `${remaining} lỗi trình bày` : 'không có lỗi trình bày'}` +
    (values.fix ? `; đã sửa ${fixedFiles} tệp` : remaining ? ' (chạy với --fix để sửa các lỗi an toàn)' : ''),
);
process.exit(remaining ? 1 : 0);

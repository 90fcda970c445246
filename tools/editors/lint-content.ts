#!/usr/bin/env node
// Vietnamese typography lint for articles (the remark plugin tools/editors/remark-typography.ts).
//   npm run lint:content [-- --fix] [files…]     (default: every article in content/articles/)
// Prints file:line:column, the rule and the problem; `--fix` applies the safe fixes in place.
// Exits 1 while problems remain.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import remarkTypography from './remark-typography.ts';
import { applyFixes } from './typography.ts';
import { articleParser } from './article-parser.ts';
import { articleFiles, contentDir } from '../../src/model/content-folder.ts';

const { values, positionals } = parseArgs({ options: { fix: { type: 'boolean', default: false } }, allowPositionals: true });
const files = positionals.length ? positionals : articleFiles(contentDir);

async function lint(path: string, source: string) {
  const file = new VFile({ path, value: source });
  const processor = articleParser(path).use(remarkTypography);
  await processor.run(processor.parse(file), file);
  return file;
}

let remaining = 0;
let fixedFiles = 0;
for (const path of files) {
  const source = readFileSync(path, 'utf8');
  let file = await lint(path, source);
  if (values.fix && file.data.typographyFixes?.length) {
    const fixed = applyFixes(source, file.data.typographyFixes);
    if (fixed !== source) {
      writeFileSync(path, fixed);
      fixedFiles++;
      console.log(`${relative(process.cwd(), path)}: đã sửa ${file.messages.length - (await lint(path, fixed)).messages.length} lỗi`);
      file = await lint(path, fixed);
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

#!/usr/bin/env node
// `npm run check`: every content problem at once (file:line [field]: message), exit 1 on errors: the
// content model's check (frontmatter, references, files), and what the bodies may contain (the rules the
// build's loader applies to each article it renders: src/markdown/mdx-content.ts for MDX,
// src/markdown/article-html.ts for the raw HTML of Markdown).
import { readFileSync } from 'node:fs';
import { articleFiles, checkContentFolder, contentDir } from '../../src/model/content-folder.ts';
import { formatProblem, type ContentProblem } from '../../src/model/content-report.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { mdxBodyProblems } from '../../src/markdown/mdx-content.ts';
import { markdownBodyProblems } from '../../src/markdown/article-html.ts';
import { decodeUtf8 } from '../../src/model/text-encoding.ts';

function bodyProblems(file: string): ContentProblem[] {
  const decoded = decodeUtf8(readFileSync(file));
  const block = decoded.ok ? splitFrontmatter(decoded.text) : undefined;
  if (!block) return []; // the content check names a file it cannot read, or a missing frontmatter
  return (file.endsWith('.mdx') ? mdxBodyProblems(block.body) : markdownBodyProblems(block.body)).map(
    ({ line, column, subject, message }) => ({
      file,
      line: line && line + block.bodyLine - 1,
      column,
      field: subject,
      message,
      severity: 'error',
    }),
  );
}

const problems = [...checkContentFolder(contentDir), ...articleFiles(contentDir).flatMap(bodyProblems)];
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  errors || warnings ? `${errors} lỗi, ${warnings} cảnh báo trong ${contentDir}/` : `Nội dung trong ${contentDir}/ không có lỗi.`,
);
process.exit(errors ? 1 : 0);

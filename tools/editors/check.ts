#!/usr/bin/env node
// `npm run check`: every content problem at once (file:line [field]: message), exit 1 on errors: the
// content model's check (frontmatter, references, files), and what the MDX bodies may contain (the rule
// the build's loader applies to each article it renders, src/markdown/mdx-content.ts).
import { readFileSync } from 'node:fs';
import { articleFiles, checkContentFolder, contentDir } from '../../src/model/content-folder.ts';
import { formatProblem, type ContentProblem } from '../../src/model/content-report.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { mdxBodyProblems } from '../../src/markdown/mdx-content.ts';

function mdxProblems(file: string): ContentProblem[] {
  const block = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!block) return []; // the content check names a missing frontmatter
  return mdxBodyProblems(block.body).map(({ line, column, subject, message }) => ({
    file,
    line: line && line + block.bodyLine - 1,
    column,
    field: subject,
    message,
    severity: 'error',
  }));
}

const problems = [
  ...checkContentFolder(contentDir),
  ...articleFiles(contentDir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap(mdxProblems),
];
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  errors || warnings ? `${errors} lỗi, ${warnings} cảnh báo trong ${contentDir}/` : `Nội dung trong ${contentDir}/ không có lỗi.`,
);
process.exit(errors ? 1 : 0);

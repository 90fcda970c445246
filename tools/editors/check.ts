#!/usr/bin/env node
// `npm run check`: every content problem at once (file:line [field]: message), exit 1 on errors.
import { checkContentFolder, contentDir } from '../../src/model/content-folder.ts';
import { formatProblem } from '../../src/model/content-report.ts';

const problems = checkContentFolder(contentDir);
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  errors || warnings ? `${errors} lỗi, ${warnings} cảnh báo trong ${contentDir}/` : `Nội dung trong ${contentDir}/ không có lỗi.`,
);
process.exit(errors ? 1 : 0);

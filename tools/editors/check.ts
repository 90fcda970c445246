#!/usr/bin/env node
// `npm run check`: every content problem at once (file:line [field]: message), exit 1 on errors.
import { contentDir } from '../../src/model/content-paths.ts';
import { checkContentDir } from '../../src/model/content-source.ts';
import { formatProblem } from '../../src/model/content-check.ts';

const problems = checkContentDir(contentDir);
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(errors || warnings ? `${errors} lỗi, ${warnings} cảnh báo trong ${contentDir}/` : `Nội dung trong ${contentDir}/ không có lỗi.`);
process.exit(errors ? 1 : 0);

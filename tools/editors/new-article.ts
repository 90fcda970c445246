#!/usr/bin/env node
// Writes a new draft article and prints its path:
//   npm run new -- "Tiêu đề bài viết" --category <slug> [--slug <slug>] [--mdx]
// Plain Markdown (.md) by default: rendered once and cached, it builds far faster at scale than MDX;
// --mdx for an article that uses components (PullQuote, Callout, VideoEmbed, Figure with a credit).
// Refuses a slug that already exists; a long title gets a slug cut after a whole word (src/lib/slug.ts). The skeleton is valid: the site builds with it as is.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, findArticleById, knownReferences } from '../../src/model/content-folder.ts';
import { referenceProblems } from '../../src/model/references.ts';
import { articleFilePath } from '../../src/model/article-id.ts';
import { isSlug, slugify, SLUG_MAX_LENGTH } from '../../src/lib/slug.ts';
import { articleFields } from '../../src/model/article-fields.ts';
import { vietnamYear } from '../../src/lib/dates.ts';
import { newArticleSkeleton } from './article-skeleton.ts';

const { values, positionals } = parseArgs({
  options: { category: { type: 'string' }, slug: { type: 'string' }, mdx: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const USAGE = 'Cách dùng: npm run new -- "Tiêu đề bài viết" --category <chuyên-mục>';
const title = positionals.join(' ').trim();
const known = knownReferences(contentDir);
if (!title) fail(`Thiếu tiêu đề. ${USAGE}`);
// The title's own rule (length), as the content check will apply it to the file.
const titleCheck = articleFields.title.safeParse(title);
if (!titleCheck.success) fail(`Tiêu đề: ${titleCheck.error.issues[0].message}. Tiêu đề hiện có ${[...title].length} ký tự.`);
if (!values.category) fail(`Thiếu --category. Các chuyên mục có: ${[...known.categoryIds].join(', ')}`);
for (const problem of referenceProblems({ category: values.category }, known)) fail(`--category: ${problem.message}`);
const slug = values.slug ?? slugify(title);
if (!slug) fail('Tiêu đề không có chữ hay số nào để làm slug (đường dẫn của bài): đặt slug bằng --slug, ví dụ --slug tin-moi.');
if (!isSlug(slug)) fail(`Slug "${slug}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.`);
if (slug.length > SLUG_MAX_LENGTH) fail(`Slug dài ${slug.length} ký tự, tối đa ${SLUG_MAX_LENGTH}: hãy rút gọn --slug.`);
const existing = findArticleById(contentDir, slug);
if (existing) fail(`Đã có bài với slug "${slug}": ${existing}. Hãy đặt tiêu đề khác hoặc dùng --slug.`);

const now = new Date();
const path = articleFilePath(contentDir, vietnamYear(now), slug, values.mdx ? 'mdx' : 'md');
if (existsSync(path)) fail(`Tệp đã tồn tại: ${path}`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, newArticleSkeleton(title, values.category!, now, values.mdx ? 'mdx' : 'md'));
console.log(path);

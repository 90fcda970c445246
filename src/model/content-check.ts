// Checks all content at once and reports every problem an editor must fix, each with the file, the
// line where known, the field and a plain Vietnamese message: schema errors, unknown categories or
// authors, duplicate slugs, broken links between articles, missing images, empty bodies.
// Pure: files come in as text; src/model/content-folder.ts reads them from disk.
import { dirname, posix } from 'node:path';
import { slugify } from '../lib/slug.ts';
import { authorSchema, categorySchema } from './article-fields.ts';
import { EMPTY_BODY_MESSAGE, parseArticleFields } from './article-problems.ts';
import { articleIdOf, sharedIdMessage, sharedIds } from './article-id.ts';
import { keyLine, listItemLine, parseYaml, splitFrontmatter } from './frontmatter.ts';
import { referenceProblems } from './references.ts';
import type { ContentProblem } from './content-report.ts';
import { encodingMessage } from './text-encoding.ts';

export interface SourceFile {
  /** Path as the editor knows it, e.g. "content/articles/2021/bai-x.mdx". */
  path: string;
  source: string;
  /** The file is not there (the lists: categories.yaml, authors.yaml). */
  missing?: boolean;
  /** The file is not UTF-8 (src/model/text-encoding.ts): its text cannot be trusted and is not read. */
  notUtf8?: { encoding: string; line?: number; column?: number };
}

/** A file that cannot be read as text at all: missing, or in another encoding than UTF-8. */
function unreadable(file: SourceFile, missing: string): ContentProblem | undefined {
  if (file.notUtf8) {
    const { encoding, line, column } = file.notUtf8;
    return { file: file.path, line: line ?? 1, column, message: encodingMessage(encoding), severity: 'error' };
  }
  if (file.missing) return { file: file.path, line: 1, message: missing, severity: 'error' };
  return undefined;
}

export interface ContentInput {
  articles: readonly SourceFile[];
  categories: SourceFile;
  authors: SourceFile;
  /** Does this path exist (relative to the project root)? Used for images and public files. */
  exists: (path: string) => boolean;
  /** Where files served at "/" come from. */
  publicDir?: string;
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

interface ListSchema<T> {
  safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** What a list holds, for its messages: "chuyên mục" with an example item. */
export interface ListKind {
  noun: string;
  example: string;
  /** May the list be empty (authors: articles can do with bylines)? */
  mayBeEmpty?: boolean;
}

export const CATEGORY_LIST: ListKind = { noun: 'chuyên mục', example: 'hai dòng "- id: thoi-su" và "  name: Thời sự"' };
export const AUTHOR_LIST: ListKind = { noun: 'tác giả', example: 'hai dòng "- id: thu-uyen" và "  name: Thu Uyên"', mayBeEmpty: true };

/** The 1-based line of each top-level item ("- …" at the start of a line) of a YAML list. */
const itemLines = (source: string) => source.split('\n').flatMap((line, i) => (/^-(\s|$)/.test(line) ? [i + 1] : []));

/** Reads a YAML list of `{ id, … }` items (categories.yaml, authors.yaml): the valid items, and a problem for each invalid one. */
export function parseIdList<T extends { id: string }>(
  file: SourceFile,
  schema: ListSchema<T>,
  kind: ListKind,
): { items: T[]; problems: ContentProblem[] } {
  const cannotRead = unreadable(file, `không có tệp ${file.path}: bài viết lấy ${kind.noun} từ danh sách này, mỗi mục ${kind.example}`);
  if (cannotRead) return { items: [], problems: [cannotRead] };
  const problems: ContentProblem[] = [];
  const parsedYaml = parseYaml(file.source);
  if (!parsedYaml.ok)
    return {
      items: [],
      problems: [{ file: file.path, line: parsedYaml.line, field: parsedYaml.field, message: parsedYaml.message, severity: 'error' }],
    };
  const data = parsedYaml.data ?? [];
  if (!Array.isArray(data)) {
    problems.push({
      file: file.path,
      line: 1,
      message: `phải là một danh sách ${kind.noun}, mỗi mục ${kind.example}`,
      severity: 'error',
    });
    return { items: [], problems };
  }
  if (!data.length && !kind.mayBeEmpty)
    problems.push({
      file: file.path,
      line: 1,
      message: `tệp chưa có ${kind.noun} nào: thêm ít nhất một, mỗi mục ${kind.example}`,
      severity: 'error',
    });
  const lines = itemLines(file.source);
  const sourceLines = file.source.split('\n');
  const items: T[] = [];
  const seen = new Set<string>();
  data.forEach((item, i) => {
    const itemLine = lines[i];
    // The line of a key inside this item, else the item's first line.
    const lineOfKey = (key: string) => {
      if (!itemLine) return undefined;
      const end = lines[i + 1] ?? sourceLines.length + 1;
      for (let line = itemLine; line < end; line++) if (new RegExp(`^(-\\s+|\\s+)${key}:`).test(sourceLines[line - 1])) return line;
      return itemLine;
    };
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const id = (item as { id?: unknown } | null)?.id;
        problems.push({
          file: file.path,
          line: lineOfKey(key),
          field: key || undefined,
          message: `${kind.noun} thứ ${i + 1}${typeof id === 'string' ? ` ("${id}")` : ''}: ${issue.message}`,
          severity: 'error',
        });
      }
      return;
    }
    if (seen.has(parsed.data.id))
      problems.push({ file: file.path, line: lineOfKey('id'), field: 'id', message: `id "${parsed.data.id}" bị trùng`, severity: 'error' });
    seen.add(parsed.data.id);
    items.push(parsed.data);
  });
  return { items, problems };
}

interface ParsedArticle {
  file: SourceFile;
  id: string;
  body: string;
  bodyLine: number;
  draft: boolean;
  tags: string[];
}

const INTERNAL_LINK = /\]\((\/[^)\s]*)\)|\bhref=["'](\/[^"']*)["']/g;
const IMPORT = /^import\s+[\w{}\s,*]+\s+from\s+["'](\.{1,2}\/[^"']+)["']/gm;
const IMAGE = /!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<(?:Figure|img|Image|VideoEmbed)\b[^>]*?\b(?:src|poster)=["']([^"']+)["']/g;

export function checkContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const error = (file: string, message: string, line?: number, field?: string) =>
    problems.push({ file, line, field, message, severity: 'error' });
  const warn = (file: string, message: string, line?: number, field?: string) =>
    problems.push({ file, line, field, message, severity: 'warning' });
  const publicDir = input.publicDir ?? 'public';

  const categories = parseIdList(input.categories, categorySchema, CATEGORY_LIST);
  const authors = parseIdList(input.authors, authorSchema, AUTHOR_LIST);
  problems.push(...categories.problems, ...authors.problems);
  // An author's photo is a file beside authors.yaml: a missing one is named here, not by the build in English.
  for (const author of authors.items) {
    if (!author.photo) continue;
    const photo = posix.join(dirname(input.authors.path), author.photo);
    if (input.exists(photo)) continue;
    const at = input.authors.source.search(new RegExp(`^\\s+photo:\\s*["']?${author.photo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    error(
      input.authors.path,
      `tác giả "${author.id}": không thấy ảnh "${author.photo}" (${photo})`,
      at < 0 ? undefined : lineOf(input.authors.source, at),
      'photo',
    );
  }
  const categoryIds = new Set(categories.items.map((c) => c.id));
  const known = {
    categoryIds,
    authorIds: new Set(authors.items.map((a) => a.id)),
    categoriesFile: input.categories.path,
    authorsFile: input.authors.path,
  };

  const parsed: ParsedArticle[] = [];
  for (const file of input.articles) {
    const id = articleIdOf(file.path);
    const cannotRead = unreadable(file, 'không có tệp');
    if (cannotRead) {
      problems.push(cannotRead);
      continue;
    }
    const block = splitFrontmatter(file.source);
    if (!block) {
      error(file.path, 'thiếu phần thông tin đầu bài (frontmatter) nằm giữa hai dòng "---"', 1);
      continue;
    }
    const yaml = parseYaml(block.yaml, block.yamlLine);
    if (!yaml.ok) {
      error(file.path, yaml.message, yaml.line, yaml.field);
      continue;
    }
    const data = yaml.data as Record<string, unknown> | null;
    if (typeof data !== 'object' || data === null) {
      error(file.path, 'phần thông tin đầu bài phải là các dòng "khóa: giá trị"', 2);
      continue;
    }
    const fields = parseArticleFields(data);
    if (!fields.ok)
      for (const { field, item, message } of fields.problems) {
        const line = item ? listItemLine(block, field!, item.index, item.key) : keyLine(block, field);
        error(file.path, message, line, field);
      }
    for (const { field, message } of referenceProblems(data, known)) error(file.path, message, keyLine(block, field), field);
    if (typeof data.cover === 'string') {
      const cover = data.cover.startsWith('/') ? posix.join(publicDir, data.cover) : posix.join(dirname(file.path), data.cover);
      if (!input.exists(cover)) error(file.path, `không thấy ảnh bìa "${data.cover}" (${cover})`, keyLine(block, 'cover'), 'cover');
    }
    // Comments are not published: blank them out (keeping line numbers) before looking for links.
    const body = block.body.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
    const bodyLine = block.bodyLine;
    const readable = body
      .replace(/^(?:import|export)\s.*$/gm, '')
      .replace(/<[^>]*>/g, '')
      .trim();
    if (!readable) error(file.path, EMPTY_BODY_MESSAGE, bodyLine, 'body');
    parsed.push({
      file,
      id,
      body,
      bodyLine,
      draft: data.draft === true,
      tags: fields.ok ? fields.article.tags : [],
    });
  }

  for (const [id, files] of sharedIds(input.articles.map((f) => f.path))) {
    for (const file of files)
      error(
        file,
        sharedIdMessage(
          id,
          files.filter((f) => f !== file),
        ),
        1,
      );
  }

  const articleById = new Map(parsed.map((a) => [a.id, a]));
  const tagSlugs = new Set(parsed.filter((a) => !a.draft).flatMap((a) => a.tags.map(slugify)));
  for (const article of parsed) {
    const where = (index: number) => article.bodyLine + lineOf(article.body, index) - 1;
    for (const m of article.body.matchAll(INTERNAL_LINK)) {
      const target = (m[1] ?? m[2]).replace(/[?#].*$/, '');
      const line = where(m.index!);
      const parts = target.split('/').filter(Boolean);
      if (parts[0] === 'bai-viet') {
        const linked = articleById.get(parts[1] ?? '');
        if (!linked) error(article.file.path, `liên kết hỏng: không có bài "${parts[1] ?? ''}" (${target})`, line, 'body');
        else if (linked.draft && !article.draft)
          warn(article.file.path, `liên kết tới bản nháp ${linked.file.path}: sẽ hỏng khi bài này được đăng trước`, line, 'body');
      } else if (parts[0] === 'chuyen-muc') {
        if (!categoryIds.has(parts[1] ?? ''))
          error(article.file.path, `liên kết hỏng: không có chuyên mục "${parts[1] ?? ''}"`, line, 'body');
      } else if (parts[0] === 'chu-de') {
        if (!tagSlugs.has(parts[1] ?? ''))
          warn(article.file.path, `liên kết tới chủ đề "${parts[1] ?? ''}" mà chưa bài nào dùng`, line, 'body');
      } else if (parts.length && /\.[a-z0-9]{2,5}$/i.test(target) && !input.exists(posix.join(publicDir, target))) {
        error(article.file.path, `liên kết hỏng: không có tệp ${posix.join(publicDir, target)}`, line, 'body');
      }
    }
    for (const m of article.body.matchAll(IMPORT)) {
      const path = posix.join(dirname(article.file.path), m[1]);
      if (!input.exists(path)) error(article.file.path, `không thấy tệp được import "${m[1]}" (${path})`, where(m.index!), 'body');
    }
    for (const m of article.body.matchAll(IMAGE)) {
      const src = m[1] ?? m[2];
      const line = where(m.index!);
      if (/^(https?:)?\/\//.test(src)) {
        error(
          article.file.path,
          `ảnh lấy từ trang khác (${src}): hãy tải ảnh về kho của trang; trang không tải gì từ nguồn ngoài`,
          line,
          'body',
        );
        continue;
      }
      const path = src.startsWith('/') ? posix.join(publicDir, src) : posix.join(dirname(article.file.path), src);
      if (!input.exists(path)) error(article.file.path, `không thấy ảnh "${src}" (${path})`, line, 'body');
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

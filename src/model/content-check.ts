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

/** Something an article points at (a link, an import, a photo, its cover), as written, and the file line. */
interface Mention {
  target: string;
  line: number;
}

/**
 * What the check needs of one article file, read once: the problems of the file on its own, and what
 * the rules across files need (no text of the article: src/model/content-folder.ts keeps these between
 * builds for files that did not change). Plain data.
 */
export interface ArticleFacts {
  path: string;
  /** Problems of the file alone: it cannot be read, its frontmatter or fields are wrong, its body is empty. */
  problems: ContentProblem[];
  /** Absent when the file is not an article at all (unreadable, no frontmatter, YAML that does not parse). */
  article?: {
    draft: boolean;
    tags: string[];
    /** Its category and author ids as written (strings only), and their lines, checked against the lists. */
    category?: string;
    author?: string;
    categoryLine: number;
    authorLine: number;
    cover?: Mention;
    /** Links to the site's own pages and files ("/bai-viet/x/", without ?… or #…). */
    links: Mention[];
    /** Files an MDX article imports (as written, relative to the article). */
    imports: Mention[];
    /** Photos in the body (Markdown images, <Figure>, <img>, <Image>, a video's poster). */
    images: Mention[];
  };
}

const INTERNAL_LINK = /\]\((\/[^)\s]*)\)|\bhref=["'](\/[^"']*)["']/g;
const IMPORT = /^import\s+[\w{}\s,*]+\s+from\s+["'](\.{1,2}\/[^"']+)["']/gm;
const IMAGE = /!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<(?:Figure|img|Image|VideoEmbed)\b[^>]*?\b(?:src|poster)=["']([^"']+)["']/g;

/** The facts of one article file (see ArticleFacts). */
export function articleFacts(file: SourceFile): ArticleFacts {
  const problems: ContentProblem[] = [];
  const facts: ArticleFacts = { path: file.path, problems };
  const error = (message: string, line?: number, field?: string) =>
    problems.push({ file: file.path, line, field, message, severity: 'error' });
  const cannotRead = unreadable(file, 'không có tệp');
  if (cannotRead) {
    problems.push(cannotRead);
    return facts;
  }
  const block = splitFrontmatter(file.source);
  if (!block) {
    error('thiếu phần thông tin đầu bài (frontmatter) nằm giữa hai dòng "---"', 1);
    return facts;
  }
  const yaml = parseYaml(block.yaml, block.yamlLine);
  if (!yaml.ok) {
    error(yaml.message, yaml.line, yaml.field);
    return facts;
  }
  const data = yaml.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null) {
    error('phần thông tin đầu bài phải là các dòng "khóa: giá trị"', 2);
    return facts;
  }
  const fields = parseArticleFields(data);
  if (!fields.ok)
    for (const { field, item, message } of fields.problems) {
      const line = item ? listItemLine(block, field!, item.index, item.key) : keyLine(block, field);
      error(message, line, field);
    }
  // Comments are not published: blank them out (keeping line numbers) before looking for links.
  const body = block.body.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
  const readable = body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]*>/g, '')
    .trim();
  if (!readable) error(EMPTY_BODY_MESSAGE, block.bodyLine, 'body');
  const where = (index: number) => block.bodyLine + lineOf(body, index) - 1;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  facts.article = {
    draft: data.draft === true,
    tags: fields.ok ? fields.article.tags : [],
    category: text(data.category),
    author: text(data.author),
    categoryLine: keyLine(block, 'category'),
    authorLine: keyLine(block, 'author'),
    cover: typeof data.cover === 'string' ? { target: data.cover, line: keyLine(block, 'cover') } : undefined,
    links: [...body.matchAll(INTERNAL_LINK)].map((m) => ({ target: (m[1] ?? m[2]).replace(/[?#].*$/, ''), line: where(m.index) })),
    imports: [...body.matchAll(IMPORT)].map((m) => ({ target: m[1], line: where(m.index) })),
    images: [...body.matchAll(IMAGE)].map((m) => ({ target: m[1] ?? m[2], line: where(m.index) })),
  };
  return facts;
}

/** Every problem of the content: each file's own (./articleFacts), and the rules across files and lists. */
export function checkContent(input: ContentInput): ContentProblem[] {
  return checkArticles({ ...input, articles: input.articles.map(articleFacts) });
}

/** checkContent over facts already taken from the files (src/model/content-folder.ts reads them, or keeps them). */
export function checkArticles(input: Omit<ContentInput, 'articles'> & { articles: readonly ArticleFacts[] }): ContentProblem[] {
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

  const articles = input.articles.flatMap((facts) => (facts.article ? [{ path: facts.path, ...facts.article }] : []));
  for (const facts of input.articles) problems.push(...facts.problems);
  for (const article of articles) {
    for (const { field, message } of referenceProblems(article, known))
      error(article.path, message, field === 'category' ? article.categoryLine : article.authorLine, field);
    if (article.cover) {
      const { target, line } = article.cover;
      const cover = target.startsWith('/') ? posix.join(publicDir, target) : posix.join(dirname(article.path), target);
      if (!input.exists(cover)) error(article.path, `không thấy ảnh bìa "${target}" (${cover})`, line, 'cover');
    }
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

  const articleById = new Map(articles.map((a) => [articleIdOf(a.path), a]));
  const tagSlugs = new Set(articles.filter((a) => !a.draft).flatMap((a) => a.tags.map(slugify)));
  for (const article of articles) {
    for (const { target, line } of article.links) {
      const parts = target.split('/').filter(Boolean);
      if (parts[0] === 'bai-viet') {
        const linked = articleById.get(parts[1] ?? '');
        if (!linked) error(article.path, `liên kết hỏng: không có bài "${parts[1] ?? ''}" (${target})`, line, 'body');
        else if (linked.draft && !article.draft)
          warn(article.path, `liên kết tới bản nháp ${linked.path}: sẽ hỏng khi bài này được đăng trước`, line, 'body');
      } else if (parts[0] === 'chuyen-muc') {
        if (!categoryIds.has(parts[1] ?? '')) error(article.path, `liên kết hỏng: không có chuyên mục "${parts[1] ?? ''}"`, line, 'body');
      } else if (parts[0] === 'chu-de') {
        if (!tagSlugs.has(parts[1] ?? '')) warn(article.path, `liên kết tới chủ đề "${parts[1] ?? ''}" mà chưa bài nào dùng`, line, 'body');
      } else if (parts.length && /\.[a-z0-9]{2,5}$/i.test(target) && !input.exists(posix.join(publicDir, target))) {
        error(article.path, `liên kết hỏng: không có tệp ${posix.join(publicDir, target)}`, line, 'body');
      }
    }
    for (const { target, line } of article.imports) {
      const path = posix.join(dirname(article.path), target);
      if (!input.exists(path)) error(article.path, `không thấy tệp được import "${target}" (${path})`, line, 'body');
    }
    for (const { target: src, line } of article.images) {
      if (/^(https?:)?\/\//.test(src)) {
        error(
          article.path,
          `ảnh lấy từ trang khác (${src}): hãy tải ảnh về kho của trang; trang không tải gì từ nguồn ngoài`,
          line,
          'body',
        );
        continue;
      }
      const path = src.startsWith('/') ? posix.join(publicDir, src) : posix.join(dirname(article.path), src);
      if (!input.exists(path)) error(article.path, `không thấy ảnh "${src}" (${path})`, line, 'body');
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

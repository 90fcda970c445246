// Checks all content at once and reports every problem an editor must fix, each with the file, the
// line where known, the field and a plain Vietnamese message: schema errors, unknown categories or
// authors, duplicate slugs, broken links between articles, missing images, empty bodies.
// Pure: files come in as text; see src/model/content-source.ts for reading them from disk.
import yaml from 'js-yaml';
import { dirname, posix } from 'node:path';
import { articleFileSchema, authorSchema, categorySchema } from './article-fields.ts';
import { articleIdOf, slugify } from '../lib/slug.ts';

export interface SourceFile {
  /** Path as the editor knows it, e.g. "content/articles/2021/bai-x.mdx". */
  path: string;
  source: string;
}

export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
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

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Line of `key:` at the top level of a YAML block that starts on `firstLine`. */
function keyLine(yamlText: string, key: string | undefined, firstLine: number): number {
  if (!key) return firstLine;
  const at = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return at >= 0 ? firstLine + at : firstLine;
}

function loadYaml(file: SourceFile, problems: ContentProblem[]): unknown {
  try {
    return yaml.load(file.source);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    problems.push({ file: file.path, line: mark ? mark.line + 1 : undefined, message: `YAML không đọc được: ${(error as Error).message.split('\n')[0]}`, severity: 'error' });
    return undefined;
  }
}

function checkList<T extends { id: string }>(
  file: SourceFile,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  problems: ContentProblem[],
): T[] {
  const data = loadYaml(file, problems);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file: file.path, line: 1, message: 'phải là một danh sách (mỗi mục bắt đầu bằng "- id: …")', severity: 'error' });
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  data.forEach((item, i) => {
    const id = (item as { id?: unknown })?.id;
    const idIndex = typeof id === 'string' ? file.source.indexOf(`id: ${id}`) : -1;
    const line = idIndex >= 0 ? lineOf(file.source, idIndex) : undefined;
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: file.path, line, field: `[${i}].${String(issue.path[0] ?? '')}`, message: issue.message, severity: 'error' });
      }
      return;
    }
    if (seen.has(parsed.data.id)) problems.push({ file: file.path, line, field: 'id', message: `id "${parsed.data.id}" bị trùng`, severity: 'error' });
    seen.add(parsed.data.id);
    items.push(parsed.data);
  });
  return items;
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
  const error = (file: string, message: string, line?: number, field?: string) => problems.push({ file, line, field, message, severity: 'error' });
  const warn = (file: string, message: string, line?: number, field?: string) => problems.push({ file, line, field, message, severity: 'warning' });
  const publicDir = input.publicDir ?? 'public';

  const categories = checkList(input.categories, categorySchema, problems);
  const authors = checkList(input.authors, authorSchema, problems);
  const categoryIds = new Set(categories.map((c) => c.id));
  const authorIds = new Set(authors.map((a) => a.id));

  const parsed: ParsedArticle[] = [];
  const byId = new Map<string, SourceFile[]>();
  for (const file of input.articles) {
    const id = articleIdOf(file.path);
    byId.set(id, [...(byId.get(id) ?? []), file]);
    const match = FRONTMATTER.exec(file.source);
    if (!match) {
      error(file.path, 'thiếu phần thông tin đầu bài (frontmatter) nằm giữa hai dòng "---"', 1);
      continue;
    }
    const yamlText = match[1];
    const data = loadYaml({ path: file.path, source: yamlText }, problems) as Record<string, unknown> | undefined;
    // YAML errors were reported relative to the block: shift them to file lines.
    const last = problems.at(-1);
    if (data === undefined) {
      if (last?.file === file.path && last.line) last.line += 1;
      continue;
    }
    if (typeof data !== 'object' || data === null) {
      error(file.path, 'phần thông tin đầu bài phải là các dòng "khóa: giá trị"', 2);
      continue;
    }
    const result = articleFileSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        error(file.path, issue.message, keyLine(yamlText, field || undefined, 2), field || undefined);
      }
    }
    const category = data.category;
    if (typeof category === 'string' && !categoryIds.has(category)) {
      error(file.path, `chuyên mục "${category}" không có trong ${input.categories.path} (có: ${[...categoryIds].join(', ')})`, keyLine(yamlText, 'category', 2), 'category');
    }
    const author = data.author;
    if (typeof author === 'string' && !authorIds.has(author)) {
      error(file.path, `tác giả "${author}" không có trong ${input.authors.path}; thêm vào đó, hoặc dùng trường "byline"`, keyLine(yamlText, 'author', 2), 'author');
    }
    if (typeof data.cover === 'string') {
      const cover = data.cover.startsWith('/') ? posix.join(publicDir, data.cover) : posix.join(dirname(file.path), data.cover);
      if (!input.exists(cover)) error(file.path, `không thấy ảnh bìa "${data.cover}" (${cover})`, keyLine(yamlText, 'cover', 2), 'cover');
    }
    // Comments are not published: blank them out (keeping line numbers) before looking for links.
    const body = file.source.slice(match[0].length).replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
    const bodyLine = lineOf(file.source, match[0].length);
    const readable = body.replace(/^(?:import|export)\s.*$/gm, '').replace(/<[^>]*>/g, '').trim();
    if (!readable) error(file.path, 'bài không có nội dung (phần sau thông tin đầu bài đang trống)', bodyLine, 'body');
    parsed.push({
      file,
      id,
      body,
      bodyLine,
      draft: data.draft === true,
      tags: result.success ? result.data.tags : [],
    });
  }

  for (const [id, files] of byId) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((f) => f !== file).map((f) => f.path).join(', ');
      error(file.path, `trùng slug "${id}" với ${others}: hai bài sẽ cùng địa chỉ /bai-viet/${id}/; hãy đổi tên một tệp`, 1);
    }
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
        else if (linked.draft && !article.draft) warn(article.file.path, `liên kết tới bản nháp ${linked.file.path}: sẽ hỏng khi bài này được đăng trước`, line, 'body');
      } else if (parts[0] === 'chuyen-muc') {
        if (!categoryIds.has(parts[1] ?? '')) error(article.file.path, `liên kết hỏng: không có chuyên mục "${parts[1] ?? ''}"`, line, 'body');
      } else if (parts[0] === 'chu-de') {
        if (!tagSlugs.has(parts[1] ?? '')) warn(article.file.path, `liên kết tới chủ đề "${parts[1] ?? ''}" mà chưa bài nào dùng`, line, 'body');
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
        error(article.file.path, `ảnh lấy từ trang khác (${src}): hãy tải ảnh về kho của trang; trang không tải gì từ nguồn ngoài`, line, 'body');
        continue;
      }
      const path = src.startsWith('/') ? posix.join(publicDir, src) : posix.join(dirname(article.file.path), src);
      if (!input.exists(path)) error(article.file.path, `không thấy ảnh "${src}" (${path})`, line, 'body');
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export function formatProblem(p: ContentProblem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  return `${where}: ${p.severity === 'error' ? 'lỗi' : 'cảnh báo'}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;
}

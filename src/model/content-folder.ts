// The content folder on disk: where it is, which files are articles, the categories and authors lists,
// and the whole folder read for the content check. The only file I/O of the content model.
import { existsSync, globSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { buildSettings } from '../build-settings.ts';
import { isAbsolute, join, relative } from 'node:path';
import { siteConfig } from '../site.config.ts';
import { cmsConfig } from './cms-config.ts';
import { ARTICLE_FILES_GLOB, articleIdOf, sharedIdMessage } from './article-id.ts';
import { authorSchema, categorySchema } from './article-fields.ts';
import { AUTHOR_LIST, CATEGORY_LIST, checkContent, parseIdList, type SourceFile } from './content-check.ts';
import { decodeUtf8 } from './text-encoding.ts';
import { ContentError, type ContentProblem } from './content-report.ts';
import type { KnownReferences } from './references.ts';

/** The content folder (NEWS_CONTENT_DIR points builds and tools at another corpus: tests, benchmarks). */
export const contentDir = buildSettings.contentDir;

export const articlesDirOf = (dir: string) => `${dir}/articles`;
export const categoriesFileOf = (dir: string) => `${dir}/categories.yaml`;
export const authorsFileOf = (dir: string) => `${dir}/authors.yaml`;

const onDisk = (path: string, root: string) => (isAbsolute(path) ? path : join(root, path));

function readSource(path: string, root: string): SourceFile {
  const file = onDisk(path, root);
  if (!existsSync(file)) return { path, source: '', missing: true };
  const decoded = decodeUtf8(readFileSync(file));
  return decoded.ok ? { path, source: decoded.text } : { path, source: '', notUtf8: decoded };
}

/** Article files, sorted, as paths under `dir` ("content/articles/2021/x.mdx"). */
export function articleFiles(dir: string, root = process.cwd()): string[] {
  const articles = articlesDirOf(dir);
  return globSync(ARTICLE_FILES_GLOB, { cwd: onDisk(articles, root) })
    .sort()
    .map((file) => `${articles}/${file}`);
}

/** The article file that already has this id, whatever its year folder. */
export function findArticleById(dir: string, id: string, root = process.cwd()): string | undefined {
  return articleFiles(dir, root).find((path) => articleIdOf(path) === id);
}

/** Every content problem of the folder (see content-check.ts). */
export function checkContentFolder(dir: string, root = process.cwd()): ContentProblem[] {
  return checkContent({
    articles: articleFiles(dir, root).map((path) => readSource(path, root)),
    categories: readSource(categoriesFileOf(dir), root),
    authors: readSource(authorsFileOf(dir), root),
    exists: (path) => existsSync(onDisk(path, root)),
  });
}

/** The valid categories and authors, for tools that offer them to editors (the check names the invalid ones). */
function readCategories(dir: string, root = process.cwd()) {
  return parseIdList(readSource(categoriesFileOf(dir), root), categorySchema, CATEGORY_LIST).items;
}

export function readAuthors(dir: string, root = process.cwd()) {
  return parseIdList(readSource(authorsFileOf(dir), root), authorSchema, AUTHOR_LIST).items;
}

/** What articles may refer to, for referenceProblems (references.ts). */
export function knownReferences(dir: string, root = process.cwd()): KnownReferences {
  return {
    categoryIds: new Set(readCategories(dir, root).map((c) => c.id)),
    authorIds: new Set(readAuthors(dir, root).map((a) => a.id)),
    categoriesFile: categoriesFileOf(dir),
    authorsFile: authorsFileOf(dir),
  };
}

/**
 * The glob loader's `generateId`: the id from the file name, and an error when two files share it
 * (they would silently replace each other in the content store). In the dev server a renamed file
 * keeps its old path here until it is gone from disk, so only a file still there counts.
 */
export function articleIdsFor(dir: string, root = process.cwd()): (entry: string) => string {
  const seen = new Map<string, string>();
  const articles = articlesDirOf(dir);
  return (entry) => {
    const id = articleIdOf(entry);
    const previous = seen.get(id);
    if (previous && previous !== entry && existsSync(onDisk(`${articles}/${previous}`, root))) {
      throw new ContentError([
        { file: `${articles}/${entry}`, line: 1, message: sharedIdMessage(id, [`${articles}/${previous}`]), severity: 'error' },
      ]);
    }
    seen.set(id, entry);
    return id;
  };
}

/**
 * The browser CMS's configuration for the content folder `dir` (its path taken relative to the
 * repository's root `root`, where the CMS commits), with today's categories and authors.
 */
function cmsConfigOf(dir: string, root = process.cwd(), siteUrl = buildSettings.siteUrl) {
  return cmsConfig({
    contentDir: relative(root, onDisk(dir, root)).split('\\').join('/'),
    categories: readCategories(dir, root),
    authors: readAuthors(dir, root),
    backend: siteConfig.cms,
    siteUrl,
    siteName: siteConfig.name,
    logo: siteConfig.publisherLogo,
  });
}

/** The same configuration as the file the CMS reads (/admin/config.yml). */
export function cmsConfigFile(dir: string, root = process.cwd(), siteUrl = buildSettings.siteUrl): string {
  const config = cmsConfigOf(dir, root, siteUrl);
  return `# Tạo tự động từ mô hình nội dung (src/model/cms-config.ts) khi dựng trang: đừng sửa tệp này.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`;
}

// The content folder on disk: where it is, which files are articles, the categories and authors lists,
// and the whole folder read for the content check. The only file I/O of the content model.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { createHash } from 'node:crypto';
import yaml from 'js-yaml';
import { buildSettings } from '../build-settings.ts';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { siteConfig } from '../site.config.ts';
import { cmsConfig } from './cms-config.ts';
import { ARTICLE_FILES_GLOB, articleIdOf, sharedIdMessage } from './article-id.ts';
import { authorSchema, categorySchema } from './article-fields.ts';
import {
  articleFacts,
  AUTHOR_LIST,
  CATEGORY_LIST,
  checkArticles,
  parseIdList,
  type ArticleFacts,
  type SourceFile,
} from './content-check.ts';
import { decodeUtf8 } from './text-encoding.ts';
import { detached } from '../lib/detached.ts';
import { ContentError, type ContentProblem } from './content-report.ts';
import type { KnownReferences } from './references.ts';

/** The content folder (NEWS_CONTENT_DIR points builds and tools at another corpus: tests, benchmarks). */
export const contentDir = buildSettings.contentDir;

export const articlesDirOf = (dir: string) => `${dir}/articles`;
export const categoriesFileOf = (dir: string) => `${dir}/categories.yaml`;
export const authorsFileOf = (dir: string) => `${dir}/authors.yaml`;

const onDisk = (path: string, root: string) => (isAbsolute(path) ? path : join(root, path));

/** A file's bytes, or undefined when it is not there. */
function readBytes(path: string, root: string): Buffer | undefined {
  try {
    return readFileSync(onDisk(path, root));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function sourceOf(path: string, bytes: Buffer | undefined): SourceFile {
  if (!bytes) return { path, source: '', missing: true };
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? { path, source: decoded.text } : { path, source: '', notUtf8: decoded };
}

const readSource = (path: string, root: string): SourceFile => sourceOf(path, readBytes(path, root));

/**
 * "Is this file there?", answered from one listing per folder: the check asks it for every photo of
 * every article (at 100,000 articles, a stat each was a second of the check).
 */
function folderListings(root: string): (path: string) => boolean {
  const listings = new Map<string, ReadonlySet<string>>();
  return (path) => {
    const file = resolve(onDisk(path, root));
    const folder = dirname(file);
    let names = listings.get(folder);
    if (!names) {
      try {
        names = new Set(readdirSync(folder));
      } catch {
        names = new Set();
      }
      listings.set(folder, names);
    }
    return names.has(basename(file));
  };
}

/**
 * Article files, sorted, as paths under `dir` ("content/articles/2021/x.mdx"): listed by the library and
 * the call Astro's glob loader makes, so the check reads every file the build publishes. Node's globSync
 * does not enter a folder that is a symbolic link, which tinyglobby does: an article in such a folder was
 * published unchecked.
 */
export function articleFiles(dir: string, root = process.cwd()): string[] {
  const articles = articlesDirOf(dir);
  return globSync(ARTICLE_FILES_GLOB, { cwd: onDisk(articles, root), expandDirectories: false })
    .sort()
    .map((file) => `${articles}/${file}`);
}

/** The article file that already has this id, whatever its year folder. */
export function findArticleById(dir: string, id: string, root = process.cwd()): string | undefined {
  return articleFiles(dir, root).find((path) => articleIdOf(path) === id);
}

/**
 * Where the check keeps each article's facts between runs (`npm run build` keeps it in its cache
 * folder), and the version of the code that made them: facts made by other code are not used.
 */
export interface CheckCache {
  file: string;
  version: string;
}

interface CheckCacheFile {
  version: string;
  /**
   * By article path: the file's stamp when it was read ("" when it was too recent to trust), a hash
   * of its bytes, and its facts.
   */
  files: Record<string, [stamp: string, hash: string, facts: ArticleFacts]>;
}

/**
 * What changes whenever a file's bytes do: its size, modification and change times in nanoseconds,
 * and inode (the change time cannot be set back by tools that copy modification times, cp -p or
 * rsync -t). Undefined for a file changed in the last moments: file times come from a coarse clock
 * (a few milliseconds), so it could be written again with the same stamp; it is read until it is
 * older (git's "racily clean" entries, handled the same way).
 */
function fileStamp(file: string, now: bigint): string | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    if (now - stat.mtimeNs < RECENT_NS || now - stat.ctimeNs < RECENT_NS) return undefined;
    return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

const RECENT_NS = 2_000_000_000n;

const hashOf = (bytes: Buffer) => createHash('sha1').update(bytes).digest('base64');

function readCheckCache(cache: CheckCache): CheckCacheFile['files'] {
  try {
    const data = JSON.parse(readFileSync(cache.file, 'utf8')) as CheckCacheFile;
    return data.version === cache.version ? data.files : {};
  } catch {
    return {};
  }
}

function writeCheckCache(cache: CheckCache, files: CheckCacheFile['files']) {
  mkdirSync(dirname(cache.file), { recursive: true });
  writeFileSync(`${cache.file}.tmp`, JSON.stringify({ version: cache.version, files } satisfies CheckCacheFile));
  renameSync(`${cache.file}.tmp`, cache.file);
}

/**
 * Every content problem of the folder (see content-check.ts). Each article's text is read, reduced to
 * its facts (detached from the text) and let go, so the check never holds the whole archive in memory.
 * With a cache, an article whose file has not changed since the last run is not read again, and one
 * whose bytes are the same is not parsed again (at 100,000 articles, reading and parsing them all is
 * most of the check); the rules across files and the lists always run on every article. `files`: the
 * folder's article files (`articleFiles`), when the caller has listed them already.
 */
export function checkContentFolder(
  dir: string,
  root = process.cwd(),
  cache?: CheckCache,
  files: readonly string[] = articleFiles(dir, root),
): ContentProblem[] {
  const previous = cache ? readCheckCache(cache) : {};
  const next: CheckCacheFile['files'] = {};
  let changed = false;
  const now = BigInt(Date.now()) * 1_000_000n;
  const articles = files.map((path) => {
    if (!cache) return detached(articleFacts(readSource(path, root)));
    // Stamped before reading: a file written meanwhile is read again next time.
    const stamp = fileStamp(onDisk(path, root), now) ?? '';
    const known = previous[path];
    if (stamp && known?.[0] === stamp) return (next[path] = known)[2];
    // A new stamp (a fresh clone in CI gives every file one): the same bytes keep their facts.
    const bytes = readBytes(path, root);
    const hash = bytes ? hashOf(bytes) : '';
    const facts = known && hash && known[1] === hash ? known[2] : detached(articleFacts(sourceOf(path, bytes)));
    if (hash) next[path] = [stamp, hash, facts];
    if (!hash || known?.[0] !== stamp || known[2] !== facts) changed = true;
    return facts;
  });
  const problems = checkArticles({
    articles,
    categories: readSource(categoriesFileOf(dir), root),
    authors: readSource(authorsFileOf(dir), root),
    exists: folderListings(root),
  });
  // Rewritten only when an article was read or is gone (at 100,000 articles the file is ~45 MB).
  if (cache && (changed || Object.keys(next).length !== Object.keys(previous).length)) writeCheckCache(cache, next);
  return problems;
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

/**
 * The CMS's list of .mdx articles by id (CMS_MDX_ARTICLES_FILE), their paths from the repository's root
 * `root`; `files`: the folder's article files, when the caller has listed them already (a build).
 */
export function cmsMdxArticlesFile(dir: string, root = process.cwd(), files: readonly string[] = articleFiles(dir, root)): string {
  const mdx = files.filter((path) => path.endsWith('.mdx'));
  return `${JSON.stringify(Object.fromEntries(mdx.map((path) => [articleIdOf(path), relative(root, onDisk(path, root)).split('\\').join('/')])))}\n`;
}

/** The same configuration as the file the CMS reads (/admin/config.yml). */
export function cmsConfigFile(dir: string, root = process.cwd(), siteUrl = buildSettings.siteUrl): string {
  const config = cmsConfigOf(dir, root, siteUrl);
  return `# Tạo tự động từ mô hình nội dung (src/model/cms-config.ts) khi dựng trang: đừng sửa tệp này.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`;
}

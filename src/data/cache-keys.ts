// Cache keys for the incremental build (`npm run build`): Astro renders a page again exactly when its key
// changes or its templates do (it hashes each page's module graph itself; a change to the Markdown
// pipeline or the loader makes tools/build start clean). So a key holds everything a page shows that
// comes from data rather than code: when in doubt, it goes in.
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { buildSettings } from '../build-settings.ts';
import { fileDigests } from './file-digests.ts';
import type { BodyFrontmatter } from '../markdown/body-frontmatter.ts';
import { toCard, type Article, type Category } from './site-data.ts';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** A key from any JSON-able parts (Dates become their ISO text). */
export function cacheKey(...parts: unknown[]): string {
  return sha256(JSON.stringify(parts));
}

/** What every page shows besides its own content: the navigation, and where it lives and posts comments. */
export function siteKey(categories: readonly Category[]): string {
  return cacheKey(categories, buildSettings.siteUrl, buildSettings.commentEndpoint ?? null);
}

/** Files published beside an article's page (videos an MDX article imports): their path in the URL, and on disk. */
export function articleFilesOf(article: Article): { path: string; fsPath: string }[] {
  const file = article.entry.filePath;
  const frontmatter = article.entry.rendered?.metadata?.frontmatter as BodyFrontmatter | undefined;
  if (!file) return [];
  return (frontmatter?.articleFiles ?? []).map((path) => ({ path, fsPath: resolve(dirname(file), path) }));
}

/**
 * Files beside an article that its page shows but its text does not hold: a cover, photos in its body,
 * files it publishes. Their bytes go in the key, so replacing a photo under the same name renders the
 * page again.
 */
function localFilesOf(article: Article): string[] {
  const file = article.entry.filePath;
  if (!file) return [];
  const photos = ((article.entry.rendered?.metadata?.localImagePaths as string[] | undefined) ?? []).map((path) =>
    resolve(dirname(file), path),
  );
  const cover = article.cover as { fsPath?: string } | undefined;
  return [...photos, ...articleFilesOf(article).map((f) => f.fsPath), ...(cover?.fsPath ? [cover.fsPath] : [])];
}

/**
 * The files' bytes, by digest. A build keeps the digests beside Astro's caches (./file-digests.ts), so
 * the archive's photos are not all read again; the dev server renders a page at a time and keeps none.
 */
const digests = fileDigests(import.meta.env.DEV ? undefined : join(buildSettings.astroCacheDir, 'file-digests.json'));
if (!import.meta.env.DEV) process.once('exit', () => digests.save());

export function filesKey(paths: readonly string[]): string[] {
  return paths.map((path) => digests.digest(path));
}

/** What lists show of each article (a card, or its headline: title, date, lead, category, address), hashed once per build. */
const listedFacts = new WeakMap<Article, string>();

/**
 * Articles as a list shows them. Each article's card is hashed once, not serialised into the key of
 * every page listing it (~15 pages each: until 7/12/2026 that was most of the ~0.5 s every build at
 * 10,000 articles spent on keys); and it is the card, not the file's digest, so an edit to the body
 * alone renders the article's page, not the pages listing it.
 */
export function listedKey(articles: readonly Article[]): string[] {
  return articles.map((article) => {
    let facts = listedFacts.get(article);
    if (facts === undefined) listedFacts.set(article, (facts = sha256(JSON.stringify(toCard(article)))));
    return facts;
  });
}

/**
 * An article page: the article (its file's digest), what the YAML lists give it (category and author
 * names, the author's page), files beside it, and the lists it shows (neighbours, related).
 */
export function articleKey(site: string, article: Article, lists: Record<string, readonly Article[]>): string {
  return cacheKey(
    site,
    article.entry.digest,
    article.categoryName,
    article.authorName ?? null,
    article.author ?? null,
    article.cover ?? null,
    filesKey(localFilesOf(article)),
    Object.entries(lists).map(([name, list]) => [name, listedKey(list)]),
  );
}

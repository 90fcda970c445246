// Cache keys for the incremental build (`npm run build`): Astro renders a page again exactly when its key
// changes or its templates do (it hashes each page's module graph itself; a change to the Markdown
// pipeline or the loader makes tools/build start clean). So a key holds everything a page shows that
// comes from data rather than code: when in doubt, it goes in.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildSettings } from '../build-settings.ts';
import type { Article, Category } from './site-data.ts';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** A key from any JSON-able parts (Dates become their ISO text). */
export function cacheKey(...parts: unknown[]): string {
  return sha256(JSON.stringify(parts));
}

/** What every page shows besides its own content: the navigation, and where it lives and posts comments. */
export function siteKey(categories: readonly Category[]): string {
  return cacheKey(categories, buildSettings.siteUrl, buildSettings.commentEndpoint ?? null);
}

const IMPORT_FROM = /^import\s[^'"]*from\s+["'](\.{1,2}\/[^"']+)["']/gm;

/**
 * Files beside an article that its page shows but its text does not hold: a cover, photos in its
 * Markdown, files an MDX article imports. Their bytes go in the key, so replacing a photo under the
 * same name renders the page again.
 */
function localFilesOf(article: Article): string[] {
  const file = article.entry.filePath;
  if (!file) return [];
  const paths = new Set<string>();
  const metadata = article.entry.rendered?.metadata;
  for (const path of (metadata?.localImagePaths as string[] | undefined) ?? []) paths.add(path);
  if (file.endsWith('.mdx')) for (const m of readFileSync(file, 'utf8').matchAll(IMPORT_FROM)) paths.add(m[1]);
  const cover = article.cover as { fsPath?: string } | undefined;
  return [...paths].map((path) => resolve(dirname(file), path)).concat(cover?.fsPath ? [cover.fsPath] : []);
}

function filesKey(paths: readonly string[]): string[] {
  return paths.map((path) => {
    try {
      return sha256(readFileSync(path));
    } catch {
      return `missing:${path}`;
    }
  });
}

/** An article page: the article (its file's digest), what the YAML lists give it, files beside it, its neighbours. */
export function articleKey(site: string, article: Article, neighbours: unknown): string {
  return cacheKey(
    site,
    article.entry.digest,
    article.categoryName,
    article.authorName ?? null,
    article.cover ?? null,
    filesKey(localFilesOf(article)),
    neighbours,
  );
}

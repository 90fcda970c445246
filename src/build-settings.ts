// What the environment sets for a build, read in one place (Node only: the config, the content model
// and the tools; never the browser). Operators set SITE_URL and PUBLIC_COMMENT_ENDPOINT; tests and
// benchmarks point a build at another corpus and output with the NEWS_* variables.
import { join } from 'node:path';
import { parseVietnamIso } from './lib/iso.ts';
import { siteConfig } from './site.config.ts';

const env = process.env;

/** A whole number of at least 1 from the environment, or the default; anything else is an error naming the variable. */
function positiveInteger(name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

/** The build's "now", Vietnam time with its offset ("2026-11-26T09:00:00+07:00"), or the clock's. */
function buildNow(): Date {
  const text = env.NEWS_BUILD_NOW;
  if (!text) return new Date();
  const parsed = parseVietnamIso(text);
  if (typeof parsed === 'string') throw new Error(`NEWS_BUILD_NOW: ${parsed}`);
  return parsed;
}

const cacheDir = (env.NEWS_CACHE_DIR || '.cache').replace(/\/+$/, '');

export const buildSettings = {
  /** SITE_URL: the public address canonical links, feeds, sitemaps and JSON-LD are built on. */
  siteUrl: env.SITE_URL || siteConfig.defaultUrl,
  /** PUBLIC_COMMENT_ENDPOINT: where comments are posted (also allowed by the CSP when on another origin). */
  commentEndpoint: env.PUBLIC_COMMENT_ENDPOINT || undefined,
  /** NEWS_CONTENT_DIR: the content folder (articles/, categories.yaml, authors.yaml). */
  contentDir: (env.NEWS_CONTENT_DIR || 'content').replace(/\/+$/, ''),
  /** NEWS_OUT_DIR: the site readers are served (npm run build replaces it only when a build is complete). */
  outDir: env.NEWS_OUT_DIR || 'dist',
  /**
   * NEWS_CACHE_DIR: everything a build keeps for the next one (the folder a CI caches, with dist/):
   * Astro's content store and page cache, the next site being built, the search index's fingerprints.
   */
  cacheDir,
  /** Where Astro keeps its caches, inside cacheDir. */
  astroCacheDir: join(cacheDir, 'astro'),
  /** Share images drawn so far, by a hash of what drew them (tools/build/share-card.ts), inside cacheDir. */
  shareImageCacheDir: join(cacheDir, 'share-images'),
  /** The browser CMS's bundle, by a hash of what it is built from (tools/build/cms-files.ts), inside cacheDir. */
  cmsBundleCacheDir: join(cacheDir, 'cms'),
  /** NEWS_SEARCH_SHARD_PAGES: another search-index shard size (operators, benchmarks); unset, siteConfig's. */
  searchShardMaxPages: positiveInteger('NEWS_SEARCH_SHARD_PAGES', siteConfig.searchShardMaxPages),
  /** NEWS_BUILD_REPORT: a JSON file `npm run build` writes its figures to (benchmarks read it, not the log). */
  reportFile: env.NEWS_BUILD_REPORT || undefined,
  /**
   * NEWS_BUILD_NOW: the moment the build publishes as of (scheduled articles whose time has come are in);
   * `npm run build` sets it once for all its steps. Tests set it to build "at 09:00".
   */
  now: buildNow(),
  /** NEWS_CMS_BUNDLE: the CMS's bundle, set by `npm run cms` for the dev server (src/integrations/dev-cms.ts). */
  cmsDevBundle: env.NEWS_CMS_BUNDLE || undefined,
  /** Set by `npm run build` for Astro: render only pages whose keys changed, into a kept output folder. */
  incremental: env.NEWS_BUILD_INCREMENTAL === '1',
} as const;

/**
 * What `npm run build` and Astro's process (src/integrations/content-check-before-build.ts) tell each
 * other about the content check, which runs while Astro starts: Astro writes nothing in the site before
 * the check has passed.
 */
export const CONTENT_CHECK_MESSAGES = {
  /** Astro → build: the content is synced; nothing is written in the site until the check has passed. */
  waiting: 'news:waiting-for-content-check',
  /** Build → Astro: the content passed the check. */
  passed: 'news:content-check-passed',
} as const;

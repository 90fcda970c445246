// What the environment sets for a build, read in one place (Node only: the config, the content model
// and the tools; never the browser). Operators set SITE_URL and PUBLIC_COMMENT_ENDPOINT; tests and
// benchmarks point a build at another corpus and output with the NEWS_* variables.
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

export const buildSettings = {
  /** SITE_URL: the public address canonical links, feeds, sitemaps and JSON-LD are built on. */
  siteUrl: env.SITE_URL || siteConfig.defaultUrl,
  /** PUBLIC_COMMENT_ENDPOINT: where comments are posted (also allowed by the CSP when on another origin). */
  commentEndpoint: env.PUBLIC_COMMENT_ENDPOINT || undefined,
  /** NEWS_CONTENT_DIR: the content folder (articles/, categories.yaml, authors.yaml). */
  contentDir: (env.NEWS_CONTENT_DIR || 'content').replace(/\/+$/, ''),
  /** NEWS_OUT_DIR: where the site is built. */
  outDir: env.NEWS_OUT_DIR || 'dist',
  /** NEWS_CACHE_DIR: Astro's cache (content store, rendered bodies); unset, Astro's own default. */
  cacheDir: env.NEWS_CACHE_DIR || undefined,
  /** NEWS_SEARCH_SHARD_PAGES: another search-index shard size (operators, benchmarks); unset, siteConfig's. */
  searchShardMaxPages: positiveInteger('NEWS_SEARCH_SHARD_PAGES', siteConfig.searchShardMaxPages),
  /** NEWS_BUILD_REPORT: a JSON file `npm run build` writes its figures to (benchmarks read it, not the log). */
  reportFile: env.NEWS_BUILD_REPORT || undefined,
} as const;

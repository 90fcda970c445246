// What the environment sets for a build, read in one place (Node only: the config, the content model
// and the tools; never the browser). Operators set SITE_URL and PUBLIC_COMMENT_ENDPOINT; tests and
// benchmarks point a build at another corpus and output with the NEWS_* variables.
import { siteConfig } from './site.config.ts';

const env = process.env;

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
  /** NEWS_SEARCH_SHARD_PAGES: a smaller search-index shard size (tests); unset, siteConfig's. */
  searchShardMaxPages: Number(env.NEWS_SEARCH_SHARD_PAGES) || siteConfig.searchShardMaxPages,
  /** NEWS_BUILD_REPORT: a JSON file `npm run build` writes its figures to (benchmarks read it, not the log). */
  reportFile: env.NEWS_BUILD_REPORT || undefined,
} as const;

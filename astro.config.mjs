// Astro configuration: integrations, Markdown/MDX plugins, and the build's settings (src/build-settings.ts).
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMissingPhotos from './src/markdown/remark-missing-photos.ts';
import remarkReadingTime from './src/markdown/remark-reading-time.ts';
import remarkArticleHtml from './src/markdown/remark-article-html.ts';
import devSearchIndex from './src/integrations/dev-search-index.ts';
import devCms from './src/integrations/dev-cms.ts';
import { buildSettings } from './src/build-settings.ts';
import contentCheckBeforeBuild from './src/integrations/content-check-before-build.ts';
import contentStoreFromDisk from './src/integrations/content-store-from-disk.ts';
import headersFile from './src/integrations/headers-file.ts';
import sitemapFiles from './src/integrations/sitemap-files.ts';
import rehypeArticleLinks from './src/markdown/rehype-article-links.ts';
import rehypeHeadingIds from './src/markdown/rehype-heading-ids.ts';
import rehypeArticleImages from './src/markdown/rehype-article-images.ts';

const site = buildSettings.siteUrl;
const GENERATED_DIRS = /[\\/](\.bench|\.test-work|dist)([\\/]|$)/;
const CONTENT_ROOT = resolve(buildSettings.contentDir);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets stay files: cacheable across pages and allowed by a CSP without 'unsafe-inline'.
    inlineStylesheets: 'never',
    // Pages rendered eight at a time: one at a time, the render loop waits on the file system for each
    // page (its folder, its file, the incremental cache's copy, its article's body), and a third of the
    // render phase was idle. Re-rendering the 14,114 pages of 10,000 articles took 62-75 s one at a
    // time, 48-58 s four, 39-41 s eight and 48 s sixteen at a time, with the same peak memory.
    concurrency: 8,
  },
  // Astro's caches live in the build's one cache folder (src/build-settings.ts): a CI keeps it between runs,
  // and builds of another corpus (tests, benchmarks) keep their own.
  cacheDir: buildSettings.astroCacheDir,
  outDir: buildSettings.outDir,
  // `npm run build` (tools/build/build.ts) renders only the pages whose cache keys (src/data/cache-keys.ts)
  // or templates changed, into an output folder it keeps and prunes itself; a plain `astro build` is a
  // full build into an emptied folder.
  experimental: { incrementalBuild: buildSettings.incremental },
  markdown: {
    // Content transforms are remark/rehype plugins (src/markdown/). Smart punctuation stays off: it
    // would rewrite the editors' text ("..." → "…"); the typography lint makes such changes visibly.
    processor: unified({
      smartypants: false,
      // The article HTML rule first: a refused article is not rendered at all.
      remarkPlugins: [remarkArticleHtml, remarkMissingPhotos, remarkReadingTime],
      rehypePlugins: [[rehypeArticleLinks, { site }], rehypeHeadingIds, rehypeArticleImages],
    }),
  },
  integrations: [
    contentCheckBeforeBuild(),
    // A build's pages read the content store from its file, not from a module compiled from it.
    contentStoreFromDisk(),
    // MDX: the .mdx file type. Articles written in it are not compiled into modules: the article loader
    // renders them like Markdown, components included (src/loaders/article-bodies.ts).
    mdx(),
    // Pages people should land on from a search engine: not search results, 404 or the comment fallback.
    sitemapFiles({ site, exclude: (path) => /\/(tim-kiem|binh-luan)\//.test(path) }),
    devSearchIndex(),
    devCms(),
    headersFile({ commentEndpoint: buildSettings.commentEndpoint, site }),
  ],
  // Keep scripts as files: cacheable across pages and allowed by a CSP without 'unsafe-inline'.
  vite: {
    server: {
      // Benchmarks and test builds write hundreds of thousands of files under these: watching them
      // exhausts the system's file watchers (ENOSPC) and slows the dev server for nothing. The content
      // folder itself is watched even when it lives there (a benchmark's corpus).
      watch: { ignored: (path) => GENERATED_DIRS.test(path) && !resolve(path).startsWith(CONTENT_ROOT) },
    },
    build: {
      emptyOutDir: !buildSettings.incremental,
      assetsInlineLimit: 0,
    },
  },
});

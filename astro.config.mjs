// Astro configuration: integrations, Markdown/MDX plugins and the site URL (one env override: SITE_URL).
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMissingPhotos from './src/markdown/remark-missing-photos.ts';
import remarkReadingTime from './src/markdown/remark-reading-time.ts';
import searchIndex from './src/integrations/dev-search-index.ts';
import { contentDir } from './src/model/content-folder.ts';
import contentCheck from './src/integrations/content-check-before-build.ts';
import securityHeadersFile from './src/integrations/headers-file.ts';
import rehypeArticleLinks from './src/markdown/rehype-article-links.ts';
import rehypeHeadingIds from './src/markdown/rehype-heading-ids.ts';
import rehypeArticleImages from './src/markdown/rehype-article-images.ts';

const site = process.env.SITE_URL || 'https://tin-ha-noi.example';
const GENERATED_DIRS = /[\\/](\.bench|\.test-work|dist)([\\/]|$)/;
const CONTENT_ROOT = resolve(contentDir);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets stay files: cacheable across pages and allowed by a CSP without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Builds of another corpus or into another folder (tests, benchmarks) keep their own content cache,
  // so that two builds never share Astro's data store.
  ...(process.env.NEWS_CACHE_DIR ? { cacheDir: process.env.NEWS_CACHE_DIR } : {}),
  outDir: process.env.NEWS_OUT_DIR || './dist',
  markdown: {
    // Content transforms are remark/rehype plugins (src/markdown/). Smart punctuation stays off: it
    // would rewrite the editors' text ("..." → "…"); the typography lint makes such changes visibly.
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkMissingPhotos, remarkReadingTime],
      rehypePlugins: [[rehypeArticleLinks, { site }], rehypeHeadingIds, rehypeArticleImages],
    }),
  },
  integrations: [
    contentCheck(),
    // Static parts of MDX articles compile to HTML strings, not JSX calls: smaller modules for the
    // bundler to hold (its memory grows with every .mdx). Safe here: mdxComponents maps only our own
    // capitalised components, never plain HTML elements.
    mdx({ optimize: true }),
    // Pages people should land on from a search engine: not search results, 404 or the comment fallback.
    sitemap({ filter: (page) => !/\/(tim-kiem|binh-luan)\//.test(new URL(page).pathname) }),
    searchIndex(),
    securityHeadersFile({ commentEndpoint: process.env.PUBLIC_COMMENT_ENDPOINT, site }),
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
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module triggers this harmless warning (withastro/astro#18087); keep build logs readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

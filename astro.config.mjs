// Astro configuration: integrations, Markdown/MDX plugins and the site URL (one env override: SITE_URL).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const site = process.env.SITE_URL || 'https://tin-ha-noi.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Builds of another corpus (tests, benchmarks) keep their own content cache.
  ...(process.env.NEWS_CONTENT_DIR ? { cacheDir: `./node_modules/.astro-alt/${process.env.NEWS_CONTENT_DIR.replace(/[^\w.-]+/g, '_')}` } : {}),
  outDir: process.env.NEWS_OUT_DIR || './dist',
  integrations: [mdx()],
  // Keep scripts as files: cacheable across pages and allowed by a CSP without 'unsafe-inline'.
  vite: {
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

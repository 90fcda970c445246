// Astro integration: writes the sitemaps (src/lib/sitemap.ts) of every page the build produced, those
// Astro rendered and those it kept from the last build alike.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapFiles } from '../lib/sitemap.ts';

export default function sitemapFilesIntegration(options: { site: string; exclude: (path: string) => boolean }): AstroIntegration {
  return {
    name: 'news-sitemaps',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const files = sitemapFiles(
          pages.map((page) => page.pathname),
          options.site,
          { exclude: options.exclude },
        );
        for (const [name, xml] of files) writeFileSync(join(fileURLToPath(dir), name), xml);
        logger.info(`${files.size - 1} sitemap(s) and their index written`);
      },
    },
  };
}

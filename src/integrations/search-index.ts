// Astro integration: indexes the built article pages with Pagefind's Node API at astro:build:done,
// so `npm run build` leaves a complete, searchable dist/. In dev it serves the last built index.
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export const SEARCH_INDEX_DIR = 'pagefind';

function check(errors: string[], step: string) {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function searchIndex(): AstroIntegration {
  let outDir: string;
  return {
    name: 'news-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Dev server: serve /pagefind/* from the last build, so search works while editing.
        const root = join(outDir, SEARCH_INDEX_DIR);
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (!path.startsWith(`/${SEARCH_INDEX_DIR}/`)) return next();
          const file = normalize(join(outDir, decodeURIComponent(path)));
          if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end();
            return;
          }
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
          res.setHeader('Content-Type', type);
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(res);
        });
        if (!existsSync(join(root, 'pagefind.js'))) {
          logger.warn('Chưa có chỉ mục tìm kiếm: chạy `npm run build` một lần để trang /tim-kiem/ tìm được bài viết.');
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        check(errors, 'createIndex');
        try {
          const added = await index!.addDirectory({ path: site });
          check(added.errors, 'indexing');
          const written = await index!.writeFiles({ outputPath: join(site, SEARCH_INDEX_DIR) });
          check(written.errors, 'writing the index');
          logger.info(`Pagefind: ${added.page_count} trang bài viết được lập chỉ mục trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

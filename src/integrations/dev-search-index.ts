// Astro integration for search in development: the dev server serves /pagefind/* from the last build,
// so the search page works while editing. The index itself is built by `npm run build` (tools/build/build.ts)
// after `astro build` exits; see tools/build/search-indexer.ts.
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE } from '../search/shards.ts';
import { sendFileFrom } from './send-file.ts';

export default function devSearchIndex(): AstroIntegration {
  let outDir: string;
  return {
    name: 'news-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = join(outDir, SEARCH_INDEX_DIR);
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (!path.startsWith(`/${SEARCH_INDEX_DIR}/`)) return next();
          sendFileFrom(root, path.slice(`/${SEARCH_INDEX_DIR}/`.length), res);
        });
        if (!existsSync(join(root, SHARD_MANIFEST_FILE))) {
          logger.warn('Chưa có chỉ mục tìm kiếm: chạy `npm run build` một lần để trang /tim-kiem/ tìm được bài viết.');
        }
      },
    },
  };
}

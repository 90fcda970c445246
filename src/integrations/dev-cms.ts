// Astro integration for the browser CMS in development (`npm run cms`): the dev server serves /admin/
// from the CMS's bundle (built by tools/build/cms-files.ts; `npm run cms` passes its folder in
// NEWS_CMS_BUNDLE) and /admin/config.yml generated afresh on every request, so a category added to
// categories.yaml is in the form at the next reload. "Xem trên trang web" then opens the dev server's
// page of the article, which shows each save as soon as the CMS writes the file.
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { buildSettings } from '../build-settings.ts';
import { CMS_PATH } from '../lib/security-headers.ts';
import { CMS_MDX_ARTICLES_FILE } from '../model/cms-config.ts';
import { cmsConfigFile, cmsMdxArticlesFile, contentDir } from '../model/content-folder.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export default function devCms(): AstroIntegration {
  return {
    name: 'news-dev-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const bundle = buildSettings.cmsDevBundle;
        if (!bundle) return;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (!path.startsWith(CMS_PATH)) return next();
          res.setHeader('Cache-Control', 'no-cache');
          if (path === `${CMS_PATH}config.yml`) {
            res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
            res.end(cmsConfigFile(contentDir, process.cwd(), `http://${req.headers.host}`));
            return;
          }
          if (path === `${CMS_PATH}${CMS_MDX_ARTICLES_FILE}`) {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(cmsMdxArticlesFile(contentDir, process.cwd()));
            return;
          }
          const file = normalize(join(bundle, decodeURIComponent(path.slice(CMS_PATH.length)) || 'index.html'));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}

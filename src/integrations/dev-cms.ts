// Astro integration for the browser CMS in development (`npm run cms`): the dev server serves /admin/
// from the CMS's bundle (built by tools/build/cms-files.ts; `npm run cms` passes its folder in
// NEWS_CMS_BUNDLE) and /admin/config.yml and mdx-articles.json generated afresh on every request, so a
// category added to categories.yaml is in the form at the next reload. "Xem trên trang web" then opens the dev server's
// page of the article, which shows each save as soon as the CMS writes the file.
import type { AstroIntegration } from 'astro';
import { buildSettings } from '../build-settings.ts';
import { CMS_PATH } from '../lib/security-headers.ts';
import { contentTypeOf } from '../lib/content-types.ts';
import { sendFileFrom } from './send-file.ts';
import { CMS_CONFIG_FILE, CMS_MDX_ARTICLES_FILE } from '../model/cms-config.ts';
import { cmsConfigFile, cmsMdxArticlesFile, contentDir } from '../model/content-folder.ts';

/** The files the build generates beside the bundle, made afresh for each request (by their name under /admin/). */
const generated: Record<string, (siteUrl: string) => string> = {
  [CMS_CONFIG_FILE]: (siteUrl) => cmsConfigFile(contentDir, process.cwd(), siteUrl),
  [CMS_MDX_ARTICLES_FILE]: () => cmsMdxArticlesFile(contentDir, process.cwd()),
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
          const generate = generated[path.slice(CMS_PATH.length)];
          if (generate) {
            res.setHeader('Cache-Control', 'no-cache');
            res.setHeader('Content-Type', contentTypeOf(path));
            res.end(generate(`http://${req.headers.host}`));
            return;
          }
          sendFileFrom(bundle, path.slice(CMS_PATH.length) || 'index.html', res);
        });
      },
    },
  };
}

// Astro integration: before a build, checks all content at once (src/model/content-check.ts) and stops
// with the full list of problems, rather than Astro's first schema error alone.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentFolder, contentDir } from '../model/content-folder.ts';
import { ContentError, formatProblem } from '../model/content-report.ts';
import { buildSettings } from '../build-settings.ts';

export default function contentCheckBeforeBuild(): AstroIntegration {
  return {
    name: 'news-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // `npm run build` has checked already, before touching anything; a plain `astro build` checks here.
        if (command !== 'build' || buildSettings.incremental) return;
        const started = performance.now();
        const problems = checkContentFolder(contentDir, fileURLToPath(config.root));
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        if (errors.length) throw new ContentError(errors);
        logger.info(`Nội dung hợp lệ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}

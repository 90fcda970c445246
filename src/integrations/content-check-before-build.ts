// Astro integration: no page is written before all content has been checked (src/model/content-check.ts),
// so an editor gets the full list of problems, in Vietnamese, rather than Astro's first schema error alone.
//
// A plain `astro build` checks here, first. `npm run build` (tools/build/build.ts) checks in its own
// process while Astro starts and syncs the content, which touch only Astro's cache folder (at 100,000
// articles the check is 4–9 s and Astro's start and sync ~15 s: run one after the other, both are paid).
// That build gives Astro a message channel: here Astro waits, before writing anything in the site, for
// the check's verdict; a refused build is stopped before that point.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentFolder, contentDir } from '../model/content-folder.ts';
import { ContentError, formatProblem } from '../model/content-report.ts';
import { buildSettings, CONTENT_CHECK_MESSAGES } from '../build-settings.ts';

/** The check's verdict from the build that started this process; resolves when it passed. */
function verdictFromParent(): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message !== CONTENT_CHECK_MESSAGES.passed) return;
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      // Nothing more comes: the channel must not keep this process alive once the build is done.
      process.disconnect?.();
      resolve();
    };
    const onDisconnect = () => reject(new Error('npm run build stopped before the content check finished'));
    process.on('message', onMessage);
    process.once('disconnect', onDisconnect);
    process.send!(CONTENT_CHECK_MESSAGES.waiting);
  });
}

export default function contentCheckBeforeBuild(): AstroIntegration {
  return {
    name: 'news-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || buildSettings.incremental) return;
        const started = performance.now();
        const problems = checkContentFolder(contentDir, fileURLToPath(config.root));
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        if (errors.length) throw new ContentError(errors);
        logger.info(`Nội dung hợp lệ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
      // After the content sync, before Vite's build, which writes the first file in the site.
      'astro:build:start': async () => {
        if (buildSettings.incremental && process.send) await verdictFromParent();
      },
    },
  };
}

// Astro integration: before a build, checks all content at once (src/model/content-check.ts) and stops
// with the full list of problems, rather than Astro's first schema error alone.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../model/content-source.ts';
import { formatProblem } from '../model/content-check.ts';
import { contentDir } from '../model/content-paths.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'news-content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const problems = checkContentDir(contentDir, fileURLToPath(config.root));
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        if (errors.length) {
          throw new Error(
            `Nội dung có ${errors.length} lỗi, cần sửa trước khi dựng trang:\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}\n` +
              '(Chạy `npm run check` để xem lại danh sách này mà không dựng trang.)',
          );
        }
        logger.info(`Nội dung hợp lệ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}

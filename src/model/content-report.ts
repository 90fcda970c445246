// How content problems and a build's left-out articles are told to editors, in Vietnamese: one format
// for `npm run check`, the check before every build and the dev server.
import { formatDateTime } from '../lib/dates.ts';
import type { ExclusionReason } from '../lib/articles.ts';

export interface ContentProblem {
  /** Path as the editor knows it, e.g. "content/articles/2021/bai-x.mdx". */
  file: string;
  line?: number;
  column?: number;
  /** The frontmatter field, or in a body the component or statement ("Figure", "import"). */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** "content/articles/2021/x.mdx:5: lỗi [category]: …", "…x.mdx:12:3: lỗi [Figure]: …" */
export function formatProblem(p: ContentProblem): string {
  const where = `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
  return `${where}: ${p.severity === 'error' ? 'lỗi' : 'cảnh báo'}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;
}

/**
 * Where (in Astro's cache folder) the article loader leaves the problems of the articles it refused to
 * render, before it stops the build: `npm run build` then knows Astro stopped in the content sync,
 * before writing any page, so the standby site is as it was (and the next build stays incremental).
 */
export const REFUSED_ARTICLES_FILE = 'refused-articles.json';

/** Content errors that stop a build (or a dev-server page): every one of them, then how to see them again. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Nội dung có ${problems.length} lỗi, cần sửa trước khi dựng trang:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n` +
        '(Chạy `npm run check` để xem lại danh sách này mà không dựng trang.)',
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface ExclusionLine {
  file: string;
  reason: ExclusionReason;
  publishedAt: Date;
}

export function formatExclusions(lines: readonly ExclusionLine[]): string {
  const described = lines.map(({ file, reason, publishedAt }) =>
    reason === 'draft'
      ? `  - ${file}: bản nháp (draft: true)`
      : `  - ${file}: hẹn giờ đăng lúc ${formatDateTime(publishedAt)} (giờ Việt Nam)`,
  );
  return `[nội dung] Bản dựng này bỏ qua ${lines.length} bài chưa đăng:\n${described.join('\n')}`;
}

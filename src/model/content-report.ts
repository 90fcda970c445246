// Human-readable reports about content for editors: what a build left out, and content errors.
import { formatDateTime } from '../lib/dates.ts';
import type { ExclusionReason } from '../lib/articles.ts';

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Nội dung có ${problems.length} lỗi:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
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

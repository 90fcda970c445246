import { describe, expect, it } from 'vitest';
import { ContentError, formatExclusions, formatProblem } from '../../src/model/content-report.ts';

const at = (iso: string) => new Date(iso);

describe('formatExclusions', () => {
  it('names each file and says why it was left out, in Vietnam time', () => {
    const text = formatExclusions([
      { file: 'content/articles/2021/a.mdx', reason: 'draft', publishedAt: at('2021-01-01T08:00:00+07:00') },
      { file: 'content/articles/2099/b.mdx', reason: 'scheduled', publishedAt: at('2099-01-01T08:00:00+07:00') },
    ]);
    expect(text).toContain('bỏ qua 2 bài');
    expect(text).toContain('content/articles/2021/a.mdx: bản nháp');
    expect(text).toContain('content/articles/2099/b.mdx: hẹn giờ đăng lúc 08:00 01/01/2099');
  });
});

describe('formatProblem and ContentError', () => {
  const problem = {
    file: 'content/articles/2021/x.mdx',
    line: 5,
    field: 'category',
    message: 'chuyên mục "y" không có',
    severity: 'error',
  } as const;
  it('writes file:line, the severity in Vietnamese, the field and the message', () => {
    expect(formatProblem(problem)).toBe('content/articles/2021/x.mdx:5: lỗi [category]: chuyên mục "y" không có');
    expect(formatProblem({ ...problem, line: 12, column: 3, field: 'Figure', message: 'm' })).toBe(
      'content/articles/2021/x.mdx:12:3: lỗi [Figure]: m',
    );
    expect(formatProblem({ file: 'content/categories.yaml', message: 'phải là một danh sách', severity: 'warning' })).toBe(
      'content/categories.yaml: cảnh báo: phải là một danh sách',
    );
  });
  it('lists every problem in the error a build stops with, and how to see them again', () => {
    const error = new ContentError([problem, { ...problem, line: 9, field: 'title', message: 'thiếu tiêu đề (title)' }]);
    expect(error.message.split('\n')).toEqual([
      'Nội dung có 2 lỗi, cần sửa trước khi dựng trang:',
      '  content/articles/2021/x.mdx:5: lỗi [category]: chuyên mục "y" không có',
      '  content/articles/2021/x.mdx:9: lỗi [title]: thiếu tiêu đề (title)',
      '(Chạy `npm run check` để xem lại danh sách này mà không dựng trang.)',
    ]);
    expect(error.problems).toHaveLength(2);
  });
});

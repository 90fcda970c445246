import { describe, expect, it } from 'vitest';
import ArticleBody from '../../src/components/ArticleBody.astro';
import type { ArticleBody as Body } from '../../src/data/article-body.ts';
import { ui } from '../../src/i18n/vi.ts';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

const body = (extra: Partial<Body> = {}): Body => ({ html: '<p>Nội dung bài.</p>', hasVideo: false, problems: [], ...extra });

describe('ArticleBody', () => {
  it('renders the body as it is, with no problem box and no video script', async () => {
    const doc = await renderComponent(ArticleBody, { body: body() });
    expect(doc.querySelector('p')!.textContent).toBe('Nội dung bài.');
    expect(doc.querySelector('.article__problems')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
  });

  it('an article that could not be rendered (dev server) says why, with the line of each problem', async () => {
    const doc = await renderComponent(ArticleBody, {
      body: body({
        html: '',
        problems: [
          { line: 12, column: 3, subject: 'Foo', message: 'thành phần không có trong danh sách' },
          { message: 'lỗi cú pháp: thẻ chưa đóng' },
        ],
      }),
    });
    const box = doc.querySelector('.article__problems')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(text(box.querySelector('p')!)).toBe(ui.articleProblems);
    expect([...box.querySelectorAll('li')].map((li) => text(li))).toEqual([
      '12:3 [Foo] thành phần không có trong danh sách',
      'lỗi cú pháp: thẻ chưa đóng',
    ]);
  });
});

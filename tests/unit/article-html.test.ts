// The HTML an article may write itself: the raw HTML of Markdown articles (the same rule as MDX's elements).
import { describe, expect, it } from 'vitest';
import { htmlAttributeProblem, htmlElementProblem, markdownBodyProblems } from '../../src/markdown/article-html.ts';

describe('raw HTML in a Markdown article', () => {
  it('text markup passes: sup, br, a table, a details box, comments', () => {
    expect(
      markdownBodyProblems(
        'Diện tích 3 km<sup>2</sup>.<br>\n\n<table><tr><td>1</td></tr></table>\n\n<details><summary>Xem</summary>Chi tiết</details>\n\n<!-- ghi chú -->\n',
      ),
    ).toEqual([]);
  });
  it('what runs code or loads from elsewhere is refused, at its line and column', () => {
    const problems = markdownBodyProblems(
      'Đoạn một.\n\n<script>alert(1)</script>\n\nChữ <span onclick="x()">đỏ</span> và <a href="javascript:alert(1)">x</a>.\n\n<div>\n  <iframe src="https://example.org/"></iframe>\n</div>\n',
    );
    expect(problems).toEqual([
      { line: 3, column: 1, subject: 'script', message: 'thẻ <script> không dùng được trong bài' },
      { line: 5, column: 5, subject: 'span', message: 'thuộc tính "onclick" chạy mã nên không dùng được trong bài' },
      { line: 5, column: 38, subject: 'a', message: 'href: địa chỉ "javascript:alert(1)" không dùng được trong bài' },
      { line: 8, column: 3, subject: 'iframe', message: 'thẻ <iframe> không dùng được trong bài; video dùng <VideoEmbed>' },
    ]);
  });
  it('a component in a .md file is named, not turned into a bare <figure> that loses its caption', () => {
    expect(markdownBodyProblems('Đoạn.\n\n<Figure caption="Chú thích ảnh">\n</Figure>\n')).toEqual([
      {
        line: 3,
        column: 1,
        subject: 'Figure',
        message: expect.stringMatching(/^thành phần <Figure> chỉ dùng được trong tệp \.mdx: đổi đuôi tệp thành \.mdx/),
      },
    ]);
  });
  it('HTML in capitals is HTML, and a component inside a comment is no problem', () => {
    expect(markdownBodyProblems('Dòng một<BR>dòng hai.\n\n<!-- <Figure caption="sẽ thêm ảnh" /> -->\n')).toEqual([]);
    expect(markdownBodyProblems('<Foo />\n').map((p) => p.subject)).toEqual(['Foo']);
  });
  it('styles and local photos written as <img> are refused with the way to write them', () => {
    expect(markdownBodyProblems('<p style="color: red">x</p>\n\n<img src="./anh/x.jpg" alt="x">\n').map((p) => p.message)).toEqual([
      'thuộc tính "style" không dùng được; trình bày do trang quyết định',
      'src: ảnh "./anh/x.jpg" dùng ![mô tả](./anh/x.jpg) (hoặc <Figure> trong tệp .mdx) để trang tối ưu ảnh',
    ]);
  });
});

describe('the rule, shared with MDX', () => {
  it('elements', () => {
    expect(htmlElementProblem('sup')).toBeUndefined();
    expect(htmlElementProblem('h1')).toMatch(/tiêu đề mục dùng ## hoặc ###/);
    expect(htmlElementProblem('object')).toBe('thẻ <object> không dùng được trong bài');
  });
  it('attributes', () => {
    expect(htmlAttributeProblem('a', 'href', '/bai-viet/x/')).toBeUndefined();
    expect(htmlAttributeProblem('a', 'href', ' JavaScript:alert(1)')).toMatch(/không dùng được/);
    expect(htmlAttributeProblem('img', 'src', 'data:image/png;base64,AAA')).toMatch(/không dùng được/);
    expect(htmlAttributeProblem('span', 'onmouseover', undefined)).toMatch(/chạy mã/);
  });
});

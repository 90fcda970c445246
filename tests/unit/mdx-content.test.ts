// What an MDX article may contain (src/markdown/mdx-content.ts): content, never code.
import { describe, expect, it } from 'vitest';
import { parseMdx, resolveMdxContent, syntaxProblem, type BodyProblem } from '../../src/markdown/mdx-content.ts';

const problemsOf = (mdx: string) => resolveMdxContent(parseMdx(mdx)).problems;
const one = (mdx: string): BodyProblem => {
  const problems = problemsOf(mdx);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0];
};
const syntaxOf = (mdx: string): BodyProblem => {
  try {
    parseMdx(mdx);
  } catch (error) {
    return syntaxProblem(error);
  }
  throw new Error('parsed without an error');
};

describe('an MDX article may contain', () => {
  it('the site components with literal props, photos and videos imported from beside it, comments and text HTML', () => {
    const mdx = [
      "import anh from './anh/hoi-nghi.jpg';",
      "import video from './video/hoi-nghi.mp4';",
      '{/* ghi chú của biên tập viên */}',
      '<Figure src={anh} alt="Toàn cảnh" caption={"Chú thích có \\"ngoặc kép\\""} credit="Ảnh: Giả lập" width={800} eager />',
      '<Figure src="/anh/chung.jpg" caption="Ảnh trong public/" />',
      '<PullQuote quote="Câu trích dẫn giả lập." cite="Nhân vật giả lập" />',
      '<Callout title="Thông tin thêm" tone="warning">\nNội dung **giả lập**.\n</Callout>',
      '<VideoEmbed src={video} title="Video giả lập" poster={anh} caption="Video: Giả lập" />',
      'Nước là H<sub>2</sub>O, diện tích 9,2 km<sup>2</sup>.<br />Hết.',
    ].join('\n\n');
    const result = resolveMdxContent(parseMdx(mdx));
    expect(result.problems).toEqual([]);
    expect(result.articleFiles).toEqual(['video/hoi-nghi.mp4']);
    expect(result.hasVideo).toBe(true);
  });
  it('nothing that needs code: plain Markdown passes as it is', () => {
    expect(problemsOf('# Không có thành phần\n\nĐoạn văn **đậm**, [liên kết](/bai-viet/x/).')).toEqual([]);
  });
});

describe('an MDX article may not run code', () => {
  it('imports anything but a photo or video beside it: refused at its line', () => {
    const problem = one("Đoạn đầu.\n\nimport { execSync } from 'node:child_process';\n\nĐoạn sau.");
    expect(problem).toMatchObject({ line: 3, column: 1, subject: 'import' });
    expect(problem.message).toMatch(/chỉ import ảnh hoặc video đặt cạnh bài/);
  });
  it.each([
    ["import anh from '../chung/anh.jpg';", 'a folder outside the article’s'],
    ["import anh from '/anh/x.jpg';", 'an absolute path'],
    ["import tai from './tai-lieu.pdf';", 'a file that is not a photo or video'],
    ["import * as anh from './anh/x.jpg';", 'a namespace import'],
    ["import { a } from './anh/x.jpg';", 'a named import'],
  ])('%s (%s)', (statement) => {
    expect(one(statement).subject).toBe('import');
  });
  it('exports', () => {
    expect(one('export const x = 1;')).toMatchObject({ subject: 'export', message: 'bài không dùng export' });
  });
  it('expressions in the text: {process.env.HOME}, {1 + 1}', () => {
    const problems = problemsOf('Người dựng: {process.env.HOME} và {1 + 1}.');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 13],
      [1, 35],
    ]);
    expect(problems[0].message).toMatch(/viết \\\{ và \\\}/);
  });
  it('expressions as props, and spread props', () => {
    expect(one('<Figure caption={`${1}`} />').message).toMatch(/chỉ viết giá trị cố định/);
    expect(one('<Figure caption={"a" + "b"} />').message).toMatch(/chỉ viết giá trị cố định/);
    expect(one('<Figure {...props} />').message).toMatch(/không dùng biểu thức/);
  });
  it('scripts, embeds, event handlers, styles and javascript: links', () => {
    expect(one('<script>alert(1)</script>')).toMatchObject({ subject: 'script' });
    expect(one('<iframe src="/x" />').message).toMatch(/video dùng <VideoEmbed>/);
    expect(one('<span onClick="alert(1)">x</span>').message).toMatch(/"onclick" chạy mã/);
    expect(one('<span style="color: red">x</span>').message).toMatch(/"style"/);
    expect(one('<a href="javascript:alert(1)">x</a>').subject).toBe('a');
  });
});

describe('mistakes in components are named with their place', () => {
  it('an unknown component, listing the ones there are', () => {
    const problem = one('Đoạn.\n\n<Foo bar="x" />');
    expect(problem).toMatchObject({ line: 3, column: 1, subject: 'Foo' });
    expect(problem.message).toMatch(/dùng được: Figure, PullQuote, Callout, VideoEmbed/);
    expect(problem.message).not.toMatch(/có phải/);
  });
  it('a misspelt component or prop, with the name it most likely meant', () => {
    expect(one('<Figur caption="x" />').message).toBe(
      'thành phần <Figur> không có: có phải <Figure>?; dùng được: Figure, PullQuote, Callout, VideoEmbed',
    );
    expect(one('<Figure captoin="x" />').message).toMatch(/^không có thuộc tính "captoin": có phải "caption"\?; dùng được: /);
  });
  it('an unknown prop, a wrong kind of value, a value not in the list, a missing required prop', () => {
    expect(one('<Figure captoin="x" />')).toMatchObject({ line: 1, column: 9, subject: 'Figure' });
    expect(one('<Figure width="800" />').message).toBe('width phải là một số, ví dụ width={800}');
    expect(one('<Callout tone="do">x</Callout>').message).toMatch(/một trong: info, note, warning/);
    expect(one('<VideoEmbed src="/video/x.mp4" />').message).toMatch(/thiếu thuộc tính "title"/);
  });
  it('a photo that was not imported, a video used as a photo, a photo from another site', () => {
    expect(one('<Figure src={anh} />').message).toMatch(/"anh" chưa được import/);
    expect(one("import v from './v.mp4';\n\n<Figure src={v} />").message).toMatch(/src phải là một ảnh/);
    expect(one('<Figure src="https://cdn.example/anh.jpg" />').message).toMatch(/không dùng ảnh từ trang khác/);
    expect(one('<Figure src="anh.jpg" />').message).toMatch(/phải bắt đầu bằng "\.\/"/);
  });
  it('content inside a component that takes none', () => {
    expect(one('<Figure caption="x">\nChữ lạc vào trong.\n</Figure>').message).toMatch(/không chứa nội dung bên trong/);
  });
});

describe('MDX syntax errors, in the editors’ words', () => {
  it('an unclosed component is named at its opening tag', () => {
    const problem = syntaxOf('Đoạn.\n\n<Callout title="x">\nNội dung');
    expect(problem).toMatchObject({ line: 3, column: 1, subject: 'Callout' });
    expect(problem.message).toMatch(/chưa được đóng: thêm <\/Callout>/);
  });
  it('an unclosed brace', () => {
    expect(syntaxOf('Giá { chưa đóng').message).toMatch(/dấu \{ chưa được đóng/);
  });
  it('anything else keeps the parser’s place and reason', () => {
    const problem = syntaxOf('a </b> c');
    expect(problem).toMatchObject({ line: 1, column: 4 });
    expect(problem.message).toMatch(/^lỗi cú pháp MDX/);
  });
});

describe('resolving for rendering', () => {
  it('unwraps a paragraph holding only a component, as MDX does', () => {
    const tree = parseMdx('<Callout title="x">Nội dung.</Callout>');
    resolveMdxContent(tree);
    expect(tree.children.map((c) => c.type)).toEqual(['mdxJsxFlowElement']);
  });
  it('removes imports and comments, and gives a local photo a Markdown image to be optimised', () => {
    const tree = parseMdx("import anh from './anh/x.jpg';\n\n{/* ghi chú */}\n\n<Figure src={anh} />");
    resolveMdxContent(tree);
    expect(tree.children).toHaveLength(1);
    const figure = tree.children[0] as { children: { type: string; url?: string }[]; data?: { props?: unknown } };
    expect(figure.children).toMatchObject([{ type: 'image', url: './anh/x.jpg' }]);
    expect(figure.data?.props).toEqual({ src: { file: './anh/x.jpg', local: true, kind: 'image' } });
  });
});

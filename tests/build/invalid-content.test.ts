// Bad content fails the build with a message that names the file and the field.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot, workDir } from '../support/build-site.ts';

function siteWith(name: string, frontmatter: string): { contentDir: string } {
  const contentDir = resolve(workDir, `invalid-${name}`);
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(resolve(contentDir, 'articles/2021'), { recursive: true });
  cpSync(resolve(projectRoot, 'content/categories.yaml'), resolve(contentDir, 'categories.yaml'));
  cpSync(resolve(projectRoot, 'content/authors.yaml'), resolve(contentDir, 'authors.yaml'));
  writeFileSync(
    resolve(contentDir, `articles/2021/bai-loi-${name}.mdx`),
    `---\n${frontmatter.trim()}\n---\n\nNội dung bài thử nghiệm (giả lập).\n`,
  );
  return { contentDir };
}

const valid = {
  title: 'title: "Bài thử nghiệm lỗi (giả lập)"',
  lead: 'lead: "Bài giả lập để kiểm tra thông báo lỗi."',
  publishedAt: 'publishedAt: "2021-01-20T13:57:00+07:00"',
  category: 'category: quan-huyen',
};
const frontmatter = (fields: Partial<typeof valid>) => Object.values({ ...valid, ...fields }).join('\n');

const cases = [
  { name: 'missing-title', fields: { title: '' }, field: 'title', message: /thiếu tiêu đề/ },
  {
    name: 'unknown-category',
    fields: { category: 'category: khong-ton-tai' },
    field: 'category',
    message: /chuyên mục "khong-ton-tai" không có/,
  },
  { name: 'bad-date', fields: { publishedAt: 'publishedAt: "20/01/2021 13:57"' }, field: 'publishedAt', message: /không đúng định dạng/ },
  {
    name: 'unquoted-date',
    fields: { publishedAt: 'publishedAt: 2021-01-20T13:57:00+07:00' },
    field: 'publishedAt',
    message: /thiếu dấu nháy/,
  },
  { name: 'misspelt-key', fields: { title: 'tittle: "Bài thử nghiệm lỗi (giả lập)"' }, field: 'tittle', message: /có phải "title"\?/ },
  {
    name: 'unclosed-quote',
    fields: { title: 'title: "Bài thử nghiệm lỗi (giả lập)' },
    field: 'title',
    message: /:2: lỗi \[title\]: .*chưa đóng/,
  },
];

describe('invalid articles fail the build', () => {
  it.each(cases)(
    '$name: names the file and the field',
    async ({ name, fields, field, message }) => {
      const { contentDir } = siteWith(name, frontmatter(fields));
      const result = await buildSite({ contentDir, outDir: resolve(workDir, `dist-invalid-${name}`) });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`bai-loi-${name}.mdx`);
      expect(result.output).toContain(field);
      expect(result.output).toMatch(message);
    },
    60_000,
  );
});

describe('files the build cannot read as they are', () => {
  it('an article saved in Windows-1258 or UTF-16, and a missing categories.yaml, are named as such, not published as "H� N�i"', async () => {
    const { contentDir } = siteWith('encoding', frontmatter({}));
    // "Hà Nội" as an old Vietnamese Windows editor saves it (Windows-1258: à = E0, ộ = F4 + combining dot below F2).
    writeFileSync(
      resolve(contentDir, 'articles/2021/bai-windows-1258.md'),
      Buffer.concat([
        Buffer.from(`---\n${frontmatter({})}\n---\n\nTin `),
        Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69]),
        Buffer.from('.\n'),
      ]),
    );
    writeFileSync(
      resolve(contentDir, 'articles/2021/bai-utf-16.md'),
      Buffer.from(`\ufeff---\n${frontmatter({})}\n---\n\nTin Hà Nội.\n`, 'utf16le'),
    );
    rmSync(resolve(contentDir, 'categories.yaml'));
    const result = await buildSite({ contentDir, outDir: resolve(workDir, 'dist-invalid-encoding') });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/bai-windows-1258\.md:8:6: lỗi: tệp không lưu ở dạng UTF-8 mà có vẻ là Windows-1258/);
    expect(result.output).toMatch(/bai-utf-16\.md:1: lỗi: tệp không lưu ở dạng UTF-8 mà có vẻ là UTF-16/);
    expect(result.output).toMatch(/categories\.yaml:1: lỗi: không có tệp .*categories\.yaml/);
    expect(result.output).not.toMatch(/thiếu phần thông tin đầu bài/);
  }, 60_000);
});

describe('the build reports every content problem at once', () => {
  it('names both broken files and all their fields before building anything', async () => {
    const { contentDir } = siteWith('many', frontmatter({ title: 'title: "Bài"', category: 'category: khong-co' }));
    writeFileSync(
      resolve(contentDir, 'articles/2021/bai-loi-thu-hai.mdx'),
      `---\n${frontmatter({ publishedAt: 'publishedAt: "hôm qua"' })}\n---\n\nXem [bài](/bai-viet/khong-co/).\n`,
    );
    const result = await buildSite({ contentDir, outDir: resolve(workDir, 'dist-invalid-many') });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/Nội dung có 4 lỗi/);
    expect(result.output).toMatch(/bai-loi-many\.mdx:2: lỗi \[title\]/);
    expect(result.output).toMatch(/bai-loi-many\.mdx:5: lỗi \[category\]/);
    expect(result.output).toMatch(/bai-loi-thu-hai\.mdx:4: lỗi \[publishedAt\]/);
    expect(result.output).toMatch(/bai-loi-thu-hai\.mdx:8: lỗi \[body\]: liên kết hỏng/);
  }, 60_000);
});

describe('an article is content, not code', () => {
  it('an MDX article that tries to run code on the build machine is refused, naming each line; nothing runs', async () => {
    const marker = resolve(workDir, 'mdx-code-ran');
    rmSync(marker, { force: true });
    const body = [
      "import { writeFileSync } from 'node:fs';",
      `Người dựng trang: {process.env.HOME}. {writeFileSync(${JSON.stringify(marker)}, 'đã chạy')}`,
      '<Foo />',
    ].join('\n\n');
    const { contentDir } = siteWith('code', frontmatter({}));
    writeFileSync(resolve(contentDir, 'articles/2021/bai-loi-code.mdx'), `---\n${frontmatter({})}\n---\n\n${body}\n`);
    writeFileSync(
      resolve(contentDir, 'articles/2021/bai-loi-the-chua-dong.mdx'),
      `---\n${frontmatter({})}\n---\n\nĐoạn đầu.\n\n<Callout title="Chưa đóng">\nNội dung.\n`,
    );
    const result = await buildSite({ contentDir, outDir: resolve(workDir, 'dist-invalid-code') });
    expect(result.code).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(result.output).not.toContain(process.env.HOME ?? '/root');
    expect(result.output).toMatch(/bai-loi-code\.mdx:8:1: lỗi \[import\]: bài chỉ import ảnh hoặc video/);
    expect(result.output).toMatch(/bai-loi-code\.mdx:10:19: lỗi: dấu \{ \} có nghĩa đặc biệt/);
    expect(result.output).toMatch(/bai-loi-code\.mdx:12:1: lỗi \[Foo\]: thành phần <Foo> không có/);
    expect(result.output).toMatch(/bai-loi-the-chua-dong\.mdx:10:1: lỗi \[Callout\]: thẻ <Callout> chưa được đóng/);
    expect(result.output).toMatch(/2 bài không dựng được/);
  }, 60_000);

  it('a Markdown article with a script, a handler or a component is refused at each line, not published or trusted', async () => {
    const { contentDir } = siteWith('md-html', frontmatter({}));
    const body = ['Đoạn đầu.', '<script>alert(1)</script>', 'Chữ <b onmouseover="alert(1)">đậm</b>.', '<Figure caption="Ảnh hội nghị" />'];
    writeFileSync(resolve(contentDir, 'articles/2021/bai-loi-html.md'), `---\n${frontmatter({})}\n---\n\n${body.join('\n\n')}\n`);
    const outDir = resolve(workDir, 'dist-invalid-md-html');
    const result = await buildSite({ contentDir, outDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/bai-loi-html\.md:10:1: lỗi \[script\]: thẻ <script> không dùng được trong bài/);
    expect(result.output).toMatch(/bai-loi-html\.md:12:5: lỗi \[b\]: thuộc tính "onmouseover" chạy mã/);
    expect(result.output).toMatch(/bai-loi-html\.md:14:1: lỗi \[Figure\]: thành phần <Figure> chỉ dùng được trong tệp \.mdx/);
    expect(result.output).toMatch(/1 bài không dựng được/);
    expect(result.output).not.toMatch(/Stack trace|Location:|\n\s+at /);
    expect(existsSync(resolve(outDir, 'bai-viet/bai-loi-html/index.html'))).toBe(false);
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/model/content-check.ts';
import { formatProblem } from '../../src/model/content-report.ts';

const read = (path: string): SourceFile => ({ path, source: readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8') });
const categories = read('content/categories.yaml');
const authors = read('content/authors.yaml');
const article = (path: string, frontmatter: string, body = 'Nội dung bài thử nghiệm (giả lập).') => ({
  path,
  source: `---\n${frontmatter.trim()}\n---\n\n${body}\n`,
});
const good = `
title: "Bài thử nghiệm hợp lệ (giả lập)"
lead: "Đoạn mở đầu giả lập đủ dài."
publishedAt: "2021-01-20T13:57:00+07:00"
category: quan-huyen
author: thu-uyen`;
const check = (articles: SourceFile[], exists: (p: string) => boolean = () => false) =>
  checkContent({ articles, categories, authors, exists });

describe('content check', () => {
  it('passes the real content', () => {
    expect(check([read('content/articles/2021/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021.mdx')])).toEqual([]);
  });

  it('reports every problem of every file at once, with line and field', () => {
    const problems = check([
      article(
        'content/articles/2021/a.mdx',
        good.replace('Bài thử nghiệm hợp lệ (giả lập)', 'Bài').replace('category: quan-huyen', 'category: khong-co'),
      ),
      article(
        'content/articles/2021/b.mdx',
        good.replace('author: thu-uyen', 'author: ai-do').replace('"2021-01-20T13:57:00+07:00"', '"20/01/2021"'),
      ),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/2021/a.mdx:2: lỗi [title]: tiêu đề quá ngắn (ít nhất 5 ký tự)',
      expect.stringMatching(
        /^content\/articles\/2021\/a\.mdx:5: lỗi \[category\]: chuyên mục "khong-co" không có trong content\/categories\.yaml/,
      ),
      expect.stringMatching(/^content\/articles\/2021\/b\.mdx:4: lỗi \[publishedAt\]: "20\/01\/2021" không đúng định dạng/),
      expect.stringMatching(/^content\/articles\/2021\/b\.mdx:6: lỗi \[author\]: tác giả "ai-do" không có/),
    ]);
  });

  it('finds duplicate slugs across year folders', () => {
    const problems = check([article('content/articles/2020/trung.mdx', good), article('content/articles/2021/trung.md', good)]);
    expect(problems.filter((p) => /trùng slug "trung"/.test(p.message))).toHaveLength(2);
  });

  it('finds broken links between articles, unknown categories in links, links to drafts', () => {
    const problems = check([
      article(
        'content/articles/2021/nguon.mdx',
        good,
        'Xem [bài](/bai-viet/khong-co/), [nháp](/bai-viet/nhap/#muc) và [chuyên mục](/chuyen-muc/khong-co/).',
      ),
      article('content/articles/2021/nhap.mdx', `${good}\ndraft: true`),
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['error', 9, 'liên kết hỏng: không có bài "khong-co" (/bai-viet/khong-co/)'],
      ['warning', 9, expect.stringMatching(/^liên kết tới bản nháp content\/articles\/2021\/nhap\.mdx/)],
      ['error', 9, 'liên kết hỏng: không có chuyên mục "khong-co"'],
    ]);
  });

  it('finds images that do not exist, and refuses images from other sites', () => {
    const body =
      'import anh from "./anh/thieu.jpg";\n\n![a](./anh-co.jpg)\n\n<Figure src="/anh/khong-co.jpg" caption="x" />\n\n<Figure src="https://cdn.example/anh.jpg" caption="y" />';
    const problems = check([article('content/articles/2021/anh.mdx', good, body)], (p) => p === 'content/articles/2021/anh-co.jpg');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/không thấy tệp được import "\.\/anh\/thieu\.jpg"/),
      expect.stringMatching(/không thấy ảnh "\/anh\/khong-co\.jpg" \(public\/anh\/khong-co\.jpg\)/),
      expect.stringMatching(/ảnh lấy từ trang khác/),
    ]);
  });

  it('finds empty bodies and missing frontmatter', () => {
    const problems = check([
      article('content/articles/2021/rong.mdx', good, '<Figure caption="x" />'),
      { path: 'content/articles/2021/tron.md', source: 'Chỉ có chữ.' },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/bài không có nội dung/),
      expect.stringMatching(/thiếu phần thông tin đầu bài/),
    ]);
  });

  it('reports YAML that cannot be read, with its line', () => {
    const problems = check([article('content/articles/2021/yaml.mdx', `${good}\ntags: [chưa đóng`)]);
    expect(problems[0].message).toMatch(/YAML không đọc được/);
    expect(problems[0].line).toBeGreaterThan(1);
  });

  it('checks categories.yaml and authors.yaml themselves', () => {
    const problems = checkContent({
      articles: [],
      categories: { path: 'content/categories.yaml', source: '- id: Thời Sự\n  name: Thời sự\n- id: a\n  name: A\n- id: a\n  name: B\n' },
      authors,
      exists: () => false,
    });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/chữ thường không dấu/), 'id "a" bị trùng']);
  });
});

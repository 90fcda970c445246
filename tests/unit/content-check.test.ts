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

  it('names each unknown frontmatter key on its own line, with the key a typo meant', () => {
    const problems = check([
      article(
        'content/articles/2021/sai-khoa.md',
        good.replace('title:', 'tittle:').replace('author: thu-uyen', 'author: thu-uyen\nslug: bai-khac\nCoverAlt: "Ảnh"'),
      ),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/2021/sai-khoa.md:2: lỗi [title]: thiếu tiêu đề (title)',
      'content/articles/2021/sai-khoa.md:2: lỗi [tittle]: khóa "tittle" không có trong thông tin đầu bài: có phải "title"?',
      expect.stringMatching(
        /^content\/articles\/2021\/sai-khoa\.md:7: lỗi \[slug\]: khóa "slug" không có trong thông tin đầu bài; các khóa dùng được: title, lead, /,
      ),
      'content/articles/2021/sai-khoa.md:8: lỗi [CoverAlt]: khóa "CoverAlt" không có trong thông tin đầu bài: có phải "coverAlt"?',
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
    expect(problems[0].message).toMatch(/chưa đóng/);
    expect(problems[0].line).toBeGreaterThan(1);
  });

  it('checks categories.yaml and authors.yaml themselves', () => {
    const problems = checkContent({
      articles: [],
      categories: { path: 'content/categories.yaml', source: '- id: Thời Sự\n  name: Thời sự\n- id: a\n  name: A\n- id: a\n  name: B\n' },
      authors,
      exists: () => false,
    });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/categories\.yaml:1: lỗi \[id\]: chuyên mục thứ 1 \("Thời Sự"\): phải là chữ thường không dấu/),
      'content/categories.yaml:5: lỗi [id]: id "a" bị trùng',
    ]);
  });

  it("checks an author's introduction and photo: a photo that is not there is named with its line", () => {
    const source = [
      '- id: thu-uyen',
      '  name: Thu Uyên',
      '- id: tac-gia-gia-lap',
      '  name: Tác Giả Giả Lập',
      '  bio: Tác giả giả lập.',
      '  photo: tac-gia/khong-co.jpg',
      '- id: co-anh',
      '  name: Có Ảnh',
      '  photo: tac-gia/co-anh.jpg',
      '- id: qua-dai',
      '  name: Quá Dài',
      `  bio: ${'Giới thiệu giả lập. '.repeat(30)}`,
    ].join('\n');
    const problems = checkContent({
      articles: [],
      categories,
      authors: { path: 'content/authors.yaml', source },
      exists: (path) => path === 'content/tac-gia/co-anh.jpg',
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/authors.yaml:6: lỗi [photo]: tác giả "tac-gia-gia-lap": không thấy ảnh "tac-gia/khong-co.jpg" (content/tac-gia/khong-co.jpg)',
      'content/authors.yaml:12: lỗi [bio]: tác giả thứ 4 ("qua-dai"): giới thiệu (bio) quá dài (tối đa 400 ký tự)',
    ]);
  });

  it('checks each correction: its time (Vietnam time, not before publication) and its text, naming the item and its line', () => {
    const problems = check([
      article(
        'content/articles/2021/a.mdx',
        `${good}
corrections:
  - at: "2021-01-21T08:00:00+07:00"
    text: "Sửa con số giả lập trong đoạn hai."
  - at: "21/01/2021"
    text: "Ngắn."
  - at: "2021-01-22T08:00:00+07:00"
    txt: "Gõ sai tên khóa."`,
      ),
      // A correction dated before the article (checked once the fields themselves are right).
      article(
        'content/articles/2021/b.mdx',
        `${good}
corrections:
  - at: "2021-01-21T08:00:00+07:00"
    text: "Sửa con số giả lập trong đoạn hai."
  - at: "2021-01-19T08:00:00+07:00"
    text: "Sửa trước khi đăng, giả lập."`,
      ),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/articles\/2021\/a\.mdx:10: lỗi \[corrections\]: đính chính thứ 2 \(at\): "21\/01\/2021" không đúng định dạng/,
      ),
      'content/articles/2021/a.mdx:11: lỗi [corrections]: đính chính thứ 2 (text): nội dung đính chính (text) quá ngắn (ít nhất 10 ký tự)',
      'content/articles/2021/a.mdx:12: lỗi [corrections]: đính chính thứ 3 (text): đính chính cần nội dung (text): đã sửa gì',
      'content/articles/2021/a.mdx:12: lỗi [corrections]: đính chính thứ 3: mỗi đính chính chỉ có "at" và "text", không có "txt"',
      'content/articles/2021/b.mdx:10: lỗi [corrections]: đính chính thứ 2: thời điểm đính chính sớm hơn thời điểm đăng',
    ]);
  });

  it('a list that is missing, empty, or has an item without a name, named as such', () => {
    const lists = (categories: SourceFile, authorsFile: SourceFile = authors) =>
      checkContent({
        articles: [article('content/articles/2021/bai.md', good)],
        categories,
        authors: authorsFile,
        exists: () => false,
      }).map(formatProblem);
    expect(lists({ path: 'content/categories.yaml', source: '', missing: true })).toEqual([
      'content/articles/2021/bai.md:5: lỗi [category]: chuyên mục "quan-huyen" không có: content/categories.yaml chưa có chuyên mục hợp lệ nào (xem lỗi của tệp đó)',
      'content/categories.yaml:1: lỗi: không có tệp content/categories.yaml: bài viết lấy chuyên mục từ danh sách này, mỗi mục hai dòng "- id: thoi-su" và "  name: Thời sự"',
    ]);
    expect(lists({ path: 'content/categories.yaml', source: '\n' })).toContain(
      'content/categories.yaml:1: lỗi: tệp chưa có chuyên mục nào: thêm ít nhất một, mỗi mục hai dòng "- id: thoi-su" và "  name: Thời sự"',
    );
    expect(lists({ path: 'content/categories.yaml', source: 'id: thoi-su\nname: Thời sự\n' })).toContain(
      'content/categories.yaml:1: lỗi: phải là một danh sách chuyên mục, mỗi mục hai dòng "- id: thoi-su" và "  name: Thời sự"',
    );
    expect(lists({ path: 'content/categories.yaml', source: '- id: quan-huyen\n  name: Quận huyện\n- id: thoi-su\n  order: 2\n' })).toEqual(
      ['content/categories.yaml:3: lỗi [name]: chuyên mục thứ 2 ("thoi-su"): thiếu tên (name), ví dụ name: Thời sự'],
    );
    // No authors at all is allowed (bylines); an article naming one is then the error.
    expect(lists(categories, { path: 'content/authors.yaml', source: '' })).toEqual([
      expect.stringMatching(/^content\/articles\/2021\/bai\.md:6: lỗi \[author\]: tác giả "thu-uyen" không có/),
    ]);
  });

  it('a file that is not UTF-8 is named with its encoding, and nothing else is read from it', () => {
    const problems = checkContent({
      articles: [{ path: 'content/articles/2021/cu.md', source: '', notUtf8: { encoding: 'Windows-1258', line: 2, column: 10 } }],
      categories,
      authors,
      exists: () => false,
    });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/articles\/2021\/cu\.md:2:10: lỗi: tệp không lưu ở dạng UTF-8 mà có vẻ là Windows-1258/),
    ]);
  });
});

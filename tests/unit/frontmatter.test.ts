import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSource, keyLine, listItemLine, parseYaml, splitFrontmatter } from '../../src/model/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('finds the YAML block and where the body starts, in file lines', () => {
    const block = splitFrontmatter('---\ntitle: "A"\nlead: "B"\n---\n\nĐoạn một.\n')!;
    expect(block).toEqual({ yaml: 'title: "A"\nlead: "B"', yamlLine: 2, body: '\nĐoạn một.\n', bodyLine: 5 });
    expect(keyLine(block, 'lead')).toBe(3);
    expect(keyLine(block, 'author')).toBe(2);
  });
  it('accepts a byte-order mark and Windows line endings', () => {
    const block = splitFrontmatter('\uFEFF---\r\ntitle: "A"\r\n---\r\nThân bài.')!;
    expect(block.yaml).toBe('title: "A"');
    expect(block.bodyLine).toBe(4);
  });
  it('finds nothing without the two "---" lines', () => {
    expect(splitFrontmatter('title: "A"\n\nThân bài.')).toBeUndefined();
  });
});

describe('parseYaml', () => {
  it('names the file line of a YAML error, in Vietnamese', () => {
    const result = parseYaml('title: "A"\nlead: [không đóng\ncategory: x', 2);
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, line: 3, field: 'lead', message: 'danh sách [ … ] chưa đóng: thêm ] vào cuối danh sách' });
  });
});

describe('articleSource', () => {
  const fields = {
    draft: true,
    tags: ['Ba Đình', 'Thi đua "nóng"'],
    category: 'quan-huyen',
    publishedAt: new Date('2021-01-20T06:57:00Z'),
    lead: 'Sáng 20/01: hội nghị # tổng kết',
    title: 'Tiêu đề có "ngoặc kép" và dấu hai chấm: thử',
    author: 'thu-uyen',
  };
  it('writes the fields in the one canonical order, times in Vietnam time with +07:00, as the CMS writes them', () => {
    expect(articleSource(fields, 'Thân bài.\n\n\n')).toBe(
      [
        '---',
        'title: "Tiêu đề có \\"ngoặc kép\\" và dấu hai chấm: thử"',
        'lead: "Sáng 20/01: hội nghị # tổng kết"',
        'publishedAt: "2021-01-20T13:57:00+07:00"',
        'category: "quan-huyen"',
        'author: "thu-uyen"',
        'tags:',
        '  - "Ba Đình"',
        '  - "Thi đua \\"nóng\\""',
        'draft: true',
        '---',
        '',
        'Thân bài.',
        '',
      ].join('\n'),
    );
  });
  it('writes YAML that reads back as the same values', () => {
    const block = splitFrontmatter(articleSource({ ...fields, category: 'Không Phải Id' }, 'x'))!;
    expect(yaml.load(block.yaml)).toEqual({
      title: fields.title,
      lead: fields.lead,
      publishedAt: '2021-01-20T13:57:00+07:00',
      category: 'Không Phải Id',
      author: 'thu-uyen',
      tags: fields.tags,
      draft: true,
    });
  });
});

describe('articleSource for the CMS', () => {
  it('always says whether the article is a draft, and leaves out empty optional fields', () => {
    const source = articleSource(
      {
        title: 'Bài giả lập',
        lead: 'Đoạn mở đầu giả lập.',
        publishedAt: '2021-02-01T08:00:00+07:00',
        category: 'kinh-te',
        tags: [],
        source: '',
      },
      'Thân bài.',
    );
    expect(splitFrontmatter(source)!.yaml.split('\n')).toEqual([
      'title: "Bài giả lập"',
      'lead: "Đoạn mở đầu giả lập."',
      'publishedAt: "2021-02-01T08:00:00+07:00"',
      'category: "kinh-te"',
      'draft: false',
    ]);
  });
});

describe('listItemLine', () => {
  const block = {
    yamlLine: 2,
    yaml: ['title: "x"', 'corrections:', '  - at: "a"', '    text: "b"', '  - text: "c"', '    at: "d"', 'tags: []'].join('\n'),
  };
  it("finds a field of a list item, the item's line when the field is not there, the key's when the list has no such item", () => {
    expect(listItemLine(block, 'corrections', 0, 'at')).toBe(4);
    expect(listItemLine(block, 'corrections', 0, 'text')).toBe(5);
    expect(listItemLine(block, 'corrections', 1, 'at')).toBe(7);
    expect(listItemLine(block, 'corrections', 1, 'text')).toBe(6);
    expect(listItemLine(block, 'corrections', 1)).toBe(6);
    expect(listItemLine(block, 'corrections', 5, 'at')).toBe(3);
    expect(listItemLine(block, 'khong-co', 0, 'at')).toBe(2);
  });
});

describe('articleSource with corrections', () => {
  it('writes them as a block list, and they read back as written', () => {
    const source = articleSource(
      {
        title: 'Bài giả lập',
        lead: 'Đoạn mở đầu giả lập.',
        publishedAt: '2021-02-01T00:30:00+07:00',
        category: 'kinh-te',
        corrections: [{ at: '2021-02-02T09:15:00+07:00', text: 'Sửa con số: 12, không phải "21".' }],
      },
      'Thân bài.',
    );
    expect(source).toContain('corrections:\n  - at: "2021-02-02T09:15:00+07:00"\n    text: "Sửa con số: 12, không phải \\"21\\"."\n');
    const block = splitFrontmatter(source)!;
    expect((yaml.load(block.yaml) as { corrections: unknown }).corrections).toEqual([
      { at: '2021-02-02T09:15:00+07:00', text: 'Sửa con số: 12, không phải "21".' },
    ]);
  });
});

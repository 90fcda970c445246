import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSource, keyLine, parseYaml, splitFrontmatter } from '../../src/model/frontmatter.ts';

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
  it('writes the fields in the one canonical order, times in Vietnam time with +07:00, ids bare', () => {
    expect(articleSource(fields, 'Thân bài.\n\n\n')).toBe(
      [
        '---',
        'title: "Tiêu đề có \\"ngoặc kép\\" và dấu hai chấm: thử"',
        'lead: "Sáng 20/01: hội nghị # tổng kết"',
        'publishedAt: "2021-01-20T13:57:00+07:00"',
        'category: quan-huyen',
        'author: thu-uyen',
        'tags: ["Ba Đình", "Thi đua \\"nóng\\""]',
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

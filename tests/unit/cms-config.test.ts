import { describe, expect, it } from 'vitest';
import { cmsConfig, fieldLabel } from '../../src/model/cms-config.ts';
import { ARTICLE_FIELD_ORDER } from '../../src/model/frontmatter.ts';
import { parseArticleFields } from '../../src/model/article-problems.ts';
import { TEXT_RULES } from '../../src/model/article-fields.ts';

const input = {
  contentDir: 'content',
  categories: [
    { id: 'thoi-su', name: 'Thời sự' },
    { id: 'kinh-te', name: 'Kinh tế' },
  ],
  authors: [{ id: 'tac-gia-gia-lap', name: 'Tác Giả Giả Lập' }],
  backend: {
    name: 'gitea' as const,
    repo: 'toa-soan/tin',
    branch: 'main',
    apiRoot: 'https://git.example/api/v1',
    baseUrl: 'https://git.example',
    appId: 'abc',
  },
  siteUrl: 'https://tin.example',
  siteName: 'Tin',
  logo: '/logo.png',
};
const config = cmsConfig(input);
const [articles] = config.collections;
type Field = {
  name: string;
  widget?: string;
  required?: boolean;
  pattern?: [string, string];
  maxlength?: number;
  options?: unknown;
  fields?: Field[];
};
const fields = articles.fields as Field[];
const fieldOf = (name: string) => fields.find((f) => f.name === name)!;

describe('cmsConfig', () => {
  it('has the article fields in the order the frontmatter writer writes them, then the body', () => {
    expect(fields.map((f) => f.name)).toEqual([...ARTICLE_FIELD_ORDER, 'body']);
  });

  it('offers the categories and authors of the YAML lists, by name, saving their ids', () => {
    expect(fieldOf('category').options).toEqual([
      { label: 'Thời sự', value: 'thoi-su' },
      { label: 'Kinh tế', value: 'kinh-te' },
    ]);
    expect(fieldOf('author')).toMatchObject({ required: false, options: [{ label: 'Tác Giả Giả Lập', value: 'tac-gia-gia-lap' }] });
  });

  it('lists only Markdown articles of the content folder, in year folders, and never deletes', () => {
    expect(articles).toMatchObject({
      folder: 'content/articles',
      path: "{{fields.publishedAt | date('YYYY')}}/{{slug}}",
      extension: 'md',
      delete: false,
    });
  });

  it('enters and saves times in Vietnam time, with their offset', () => {
    for (const name of ['publishedAt', 'updatedAt'])
      expect(fieldOf(name)).toMatchObject({ widget: 'datetime', input_timezone: 'Asia/Ho_Chi_Minh' });
    expect(fieldOf('corrections').fields![0]).toMatchObject({ name: 'at', widget: 'datetime', input_timezone: 'Asia/Ho_Chi_Minh' });
  });

  it('writes what the content check reads: quoted strings, no empty optional fields', () => {
    expect(config.output).toEqual({ omit_empty_optional_fields: true, yaml: { quote: 'double' } });
  });

  it("refuses in the form exactly the titles and leads the schema refuses, with the schema's message", () => {
    const base = { lead: 'Đoạn mở đầu giả lập đủ dài.', publishedAt: '2021-01-20T13:57:00+07:00', category: 'thoi-su' };
    for (const [name, rules] of [
      ['title', TEXT_RULES.title],
      ['lead', TEXT_RULES.lead],
    ] as const) {
      const [pattern, message] = fieldOf(name).pattern!;
      expect(message).toBe(rules.tooShort);
      expect(fieldOf(name).maxlength).toBe(rules.max);
      for (const text of [
        '',
        'a',
        ' '.repeat(20),
        'x'.repeat(rules.min - 1),
        `  ${'x'.repeat(rules.min - 1)}  `,
        'x'.repeat(rules.min),
        ` ${'Đ'.repeat(rules.min)}\n`,
      ]) {
        const form = new RegExp(pattern).test(text);
        const schema = parseArticleFields({ title: 'Tiêu đề giả lập', ...base, [name]: text }).ok;
        expect({ text, form }).toEqual({ text, form: schema });
      }
    }
  });

  it("shows the site's name, not the CMS's", () => {
    expect(config.app_title).toBe('Tin · Biên tập');
  });

  it('signs in to the git host with the OAuth application when there is one', () => {
    expect(config.backend).toEqual({
      name: 'gitea',
      repo: 'toa-soan/tin',
      branch: 'main',
      api_root: 'https://git.example/api/v1',
      base_url: 'https://git.example',
      app_id: 'abc',
    });
    expect(cmsConfig({ ...input, backend: { name: 'gitea', repo: 'a/b', branch: 'main' } }).backend).toEqual({
      name: 'gitea',
      repo: 'a/b',
      branch: 'main',
    });
  });

  it('names fields by their labels in messages', () => {
    expect(fieldLabel('updatedAt')).toBe('Cập nhật lúc (giờ Việt Nam)');
    expect(fieldLabel('body')).toBe('Nội dung');
    expect(fieldLabel('khongCo')).toBe('khongCo');
  });
});

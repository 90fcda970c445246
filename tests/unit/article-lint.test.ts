import { describe, expect, it } from 'vitest';
import { fixArticle, lintArticle } from '../../tools/editors/article-lint.ts';
import { articleSource } from '../../src/model/frontmatter.ts';

const fields = { lead: 'Đoạn mở đầu giả lập.', publishedAt: '2021-01-20T13:57:00+07:00', category: 'thoi-su' };

describe('lintArticle and fixArticle', () => {
  it('lint and fix a title the writer escaped (straight quotes inside a quoted YAML value)', async () => {
    const source = articleSource({ ...fields, title: 'Bài thử nghiệm "trích" của tôi' }, 'Thân bài giả lập.');
    expect(source).toContain('title: "Bài thử nghiệm \\"trích\\" của tôi"');
    const file = await lintArticle('a.md', source);
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([
      [2, 24, 'straight-quote'],
      [2, 31, 'straight-quote'],
    ]);
    const fixed = await fixArticle('a.md', source);
    expect(fixed).toContain('title: "Bài thử nghiệm “trích” của tôi"');
    expect((await lintArticle('a.md', fixed)).messages).toEqual([]);
  });
  it('lint and fix plain and single-quoted values too', async () => {
    const plain = '---\ntitle: Bài thử nghiệm năm2021\nlead: \'Đoạn mở đầu, của "bài" giả lập.\'\n---\n\nThân bài.\n';
    expect(await fixArticle('a.md', plain)).toBe(
      "---\ntitle: Bài thử nghiệm năm 2021\nlead: 'Đoạn mở đầu, của “bài” giả lập.'\n---\n\nThân bài.\n",
    );
  });
  it('fix the body and leave code alone', async () => {
    const source = articleSource({ ...fields, title: 'Bài thử nghiệm' }, 'Tăng trưởng,kinh tế.\n\n`a,b`');
    expect(await fixArticle('a.md', source)).toContain('Tăng trưởng, kinh tế.\n\n`a,b`');
  });
});

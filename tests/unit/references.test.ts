import { describe, expect, it } from 'vitest';
import { referenceProblems } from '../../src/model/references.ts';

const known = {
  categoryIds: new Set(['thoi-su', 'quan-huyen']),
  authorIds: new Set(['thu-uyen']),
  categoriesFile: 'content/categories.yaml',
  authorsFile: 'content/authors.yaml',
};

describe('referenceProblems', () => {
  it('accepts ids that are in the lists, and an article without an author', () => {
    expect(referenceProblems({ category: 'quan-huyen', author: 'thu-uyen' }, known)).toEqual([]);
    expect(referenceProblems({ category: 'thoi-su' }, known)).toEqual([]);
  });
  it('names the field, the list file, the ids there are, and the byline alternative', () => {
    expect(referenceProblems({ category: 'kinh-te', author: 'ai-do' }, known)).toEqual([
      { field: 'category', message: 'chuyên mục "kinh-te" không có trong content/categories.yaml (có: thoi-su, quan-huyen)' },
      {
        field: 'author',
        message:
          'tác giả "ai-do" không có trong content/authors.yaml; thêm tác giả vào đó, hoặc dùng trường "byline" cho người viết không thường xuyên',
      },
    ]);
  });
});

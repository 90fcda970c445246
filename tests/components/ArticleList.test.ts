import { describe, expect, it } from 'vitest';
import ArticleList from '../../src/components/ArticleList.astro';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('ArticleList', () => {
  it('shows the friendly message instead of an empty list', async () => {
    const doc = await renderComponent(ArticleList, { articles: [], emptyMessage: 'Chưa có bài.' });
    expect(doc.querySelector('ul')).toBeNull();
    expect(text(doc.querySelector('.empty-state'))).toBe('Chưa có bài.');
  });
});

import { describe, expect, it } from 'vitest';
import { latestItems } from '../../src/lib/latest-news.ts';

describe('latestItems', () => {
  it("gives a category's newest articles with the time for machines and for readers, in Vietnam time", () => {
    const articles = [
      { id: 'b', title: 'Bài B (giả lập)', publishedAt: new Date('2021-01-31T17:30:00Z'), category: 'x', tags: [], draft: false },
      { id: 'a', title: 'Bài A (giả lập)', publishedAt: new Date('2021-01-20T06:57:00Z'), category: 'x', tags: [], draft: false },
    ];
    expect(latestItems(articles, 1)).toEqual([
      { title: 'Bài B (giả lập)', href: '/bai-viet/b/', time: '2021-02-01T00:30:00+07:00', shown: '00:30 01/02/2021' },
    ]);
    expect(latestItems(articles, 5)).toHaveLength(2);
  });
});

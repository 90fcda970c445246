// The skeleton of a new article: valid as it stands (so the build never breaks on it), a draft,
// dated now in Vietnam time. Pure; tools/editors/new-article.ts writes it.
import type { ArticleFormat } from '../../src/model/article-id.ts';
import { articleSource } from '../../src/model/frontmatter.ts';

export function newArticleSkeleton(title: string, category: string, now: Date, format: ArticleFormat = 'md'): string {
  const body = [
    'Viết nội dung bài ở đây. Mỗi đoạn văn cách nhau một dòng trống.',
    format === 'mdx' ? '<Figure caption="Chú thích ảnh" />' : '<!-- Ảnh có chú thích: ![Mô tả ảnh](./anh/ten-anh.jpg "Chú thích ảnh") -->',
  ].join('\n\n');
  return articleSource(
    {
      title,
      lead: 'Viết đoạn mở đầu (sapo) ở đây: một đến ba câu tóm tắt bài.',
      source: 'HNP',
      publishedAt: new Date(Math.floor(now.getTime() / 60_000) * 60_000),
      category,
      tags: [],
      draft: true,
    },
    body,
  );
}

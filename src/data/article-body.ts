// An article's rendered body and reading time, wherever the loader keeps it: most Markdown bodies are
// files of their own (src/loaders/article-bodies.ts); MDX and bodies with local photos are rendered by
// Astro. Pages get one shape and never look at the storage.
import { render, type CollectionEntry } from 'astro:content';
import { bodyOnDisk, frontmatterOnDisk } from '../loaders/article-bodies.ts';
import { readingMinutesOf } from '../markdown/remark-reading-time.ts';

/** Either the body's HTML, or a component that renders it (with the editors' MDX components). */
export type ArticleBody = { html: string } | { Content: Awaited<ReturnType<typeof render>>['Content'] };

export async function renderArticleBody(entry: CollectionEntry<'articles'>): Promise<{ body: ArticleBody; readingMinutes: number }> {
  const html = bodyOnDisk(entry);
  if (html !== undefined) return { body: { html }, readingMinutes: readingMinutesOf(frontmatterOnDisk(entry)) };
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { body: { Content }, readingMinutes: readingMinutesOf(remarkPluginFrontmatter) };
}

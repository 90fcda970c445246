// An article's rendered body and reading time, wherever the loader keeps it: most bodies are files of
// their own (src/loaders/article-bodies.ts); bodies with local photos stay with Astro, which turns their
// photos into optimised images. Markdown and MDX alike: pages get one shape and never look at the storage.
import { render, type CollectionEntry } from 'astro:content';
import { bodyOnDisk, frontmatterOnDisk } from '../loaders/article-bodies.ts';
import type { MdxContentFrontmatter } from '../markdown/remark-mdx-content.ts';
import { readingMinutesOf } from '../markdown/remark-reading-time.ts';

/** Either the body's HTML, or Astro's component for it (bodies with optimised photos); and whether it plays videos. */
export type ArticleBody = ({ html: string } | { Content: Awaited<ReturnType<typeof render>>['Content'] }) & { hasVideo: boolean };

export async function renderArticleBody(entry: CollectionEntry<'articles'>): Promise<{ body: ArticleBody; readingMinutes: number }> {
  const html = bodyOnDisk(entry);
  if (html !== undefined) {
    const frontmatter = frontmatterOnDisk(entry);
    return {
      body: { html, hasVideo: (frontmatter as MdxContentFrontmatter).hasVideo === true },
      readingMinutes: readingMinutesOf(frontmatter),
    };
  }
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return {
    body: { Content, hasVideo: (remarkPluginFrontmatter as MdxContentFrontmatter).hasVideo === true },
    readingMinutes: readingMinutesOf(remarkPluginFrontmatter),
  };
}

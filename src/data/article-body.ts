// An article's rendered body and reading time, wherever the loader keeps it: most bodies are files of
// their own (src/loaders/article-bodies.ts); bodies with local photos stay with Astro, which turns their
// photos into optimised images. Markdown and MDX alike: pages get one shape and never look at the storage.
import { render, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import { buildSettings } from '../build-settings.ts';
import { bodyOnDisk, frontmatterOnDisk } from '../loaders/article-bodies.ts';
import { articleBodyDir } from '../loaders/body-files.ts';
import type { BodyProblem } from '../markdown/mdx-content.ts';
import type { BodyFrontmatter } from '../markdown/body-frontmatter.ts';
import { readingMinutesOf } from '../markdown/remark-reading-time.ts';

/**
 * Either the body's HTML, or Astro's component for it (bodies with optimised photos); whether it plays
 * videos; and, in the dev server only (a build stops first), what keeps the article from being rendered.
 */
export type ArticleBody = ({ html: string } | { Content: Awaited<ReturnType<typeof render>>['Content'] }) & {
  hasVideo: boolean;
  problems: BodyProblem[];
};

/** Where the article loader keeps bodies: Astro's cache folder (astro.config.mjs), from the project's root. */
const BODY_DIR = articleBodyDir(resolve(buildSettings.astroCacheDir));

export async function renderArticleBody(entry: CollectionEntry<'articles'>): Promise<{ body: ArticleBody; readingMinutes: number }> {
  const html = await bodyOnDisk(entry, BODY_DIR);
  const { frontmatter, content } =
    html !== undefined
      ? { frontmatter: frontmatterOnDisk(entry), content: { html } }
      : await render(entry).then(({ Content, remarkPluginFrontmatter }) => ({
          frontmatter: remarkPluginFrontmatter,
          content: { Content },
        }));
  const { hasVideo, bodyProblems } = frontmatter as BodyFrontmatter;
  return { body: { ...content, hasVideo: hasVideo === true, problems: bodyProblems ?? [] }, readingMinutes: readingMinutesOf(frontmatter) };
}

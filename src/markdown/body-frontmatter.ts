// What the content plugins add to a rendered article's frontmatter (Astro's remarkPluginFrontmatter,
// `file.data.astro.frontmatter`), read by the loader and the article page.
import type { VFile } from 'vfile';
import type { BodyProblem } from './article-html.ts';

export interface BodyFrontmatter {
  /** Videos imported from beside the article (paths relative to its folder), published beside its page. */
  articleFiles?: string[];
  /** The article has a video: its page loads the script that plays it. */
  hasVideo?: boolean;
  /** What the article may not contain (./article-html.ts, ./mdx-content.ts); the loader refuses the article with these. */
  bodyProblems?: BodyProblem[];
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The rendered frontmatter of the file being rendered, created when absent. */
export function bodyFrontmatterOf(file: VFile): BodyFrontmatter {
  const data = file.data as AstroData;
  data.astro ??= {};
  return (data.astro.frontmatter ??= {}) as BodyFrontmatter;
}

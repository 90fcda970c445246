// remark plugin for MDX articles: applies the rule of ./mdx-content.ts while rendering. What it allows
// is resolved for ./rehype-article-components.ts; what it refuses, and MDX syntax errors, are handed to
// the loader with the rendered metadata (remarkPluginFrontmatter.mdxProblems), which fails the build
// naming every file, line and reason at once (src/loaders/article-bodies.ts), instead of the first
// error with a stack trace.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Processor } from 'unified';
import { resolveMdxContent, syntaxProblem, type MdxProblem } from './mdx-content.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** What this plugin adds to a rendered MDX article's frontmatter. */
export interface MdxContentFrontmatter {
  /** Videos imported from beside the article (paths relative to its folder), published beside its page. */
  articleFiles?: string[];
  /** The article has a video: its page loads the script that plays it. */
  hasVideo?: boolean;
  /** What the article may not contain; the loader refuses the article with these. */
  mdxProblems?: MdxProblem[];
}

const frontmatterOf = (file: VFile) => {
  const data = file.data as AstroData;
  data.astro ??= {};
  return (data.astro.frontmatter ??= {}) as MdxContentFrontmatter;
};

export default function remarkMdxContent(this: Processor) {
  // A syntax error is a problem like the others, not an exception: the parser's (remark-parse with
  // remark-mdx) failure becomes an empty article with the problem recorded.
  const parse = this.parser;
  if (parse)
    this.parser = (document, file) => {
      try {
        return parse(document, file);
      } catch (error) {
        frontmatterOf(file).mdxProblems = [syntaxProblem(error)];
        return { type: 'root', children: [] };
      }
    };
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    if (frontmatter.mdxProblems?.length) return;
    const { problems, articleFiles, hasVideo } = resolveMdxContent(tree);
    if (articleFiles.length) frontmatter.articleFiles = articleFiles;
    if (hasVideo) frontmatter.hasVideo = true;
    if (problems.length) {
      frontmatter.mdxProblems = problems;
      tree.children = [];
    }
  };
}

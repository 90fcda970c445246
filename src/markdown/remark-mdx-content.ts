// remark plugin for MDX articles: applies the rule of ./mdx-content.ts while rendering. What it allows
// is resolved for ./rehype-article-components.ts; what it refuses, and MDX syntax errors, are handed to
// the loader with the rendered metadata (remarkPluginFrontmatter.bodyProblems), which fails the build
// naming every file, line and reason at once (src/loaders/article-bodies.ts), instead of the first
// error with a stack trace.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Processor } from 'unified';
import { resolveMdxContent, syntaxProblem } from './mdx-content.ts';
import { bodyFrontmatterOf } from './body-frontmatter.ts';

export default function remarkMdxContent(this: Processor) {
  // A syntax error is a problem like the others, not an exception: the parser's (remark-parse with
  // remark-mdx) failure becomes an empty article with the problem recorded.
  const parse = this.parser;
  if (parse)
    this.parser = (document, file) => {
      try {
        return parse(document, file);
      } catch (error) {
        bodyFrontmatterOf(file).bodyProblems = [syntaxProblem(error)];
        return { type: 'root', children: [] };
      }
    };
  return (tree: Root, file: VFile) => {
    const frontmatter = bodyFrontmatterOf(file);
    if (frontmatter.bodyProblems?.length) return;
    const { problems, articleFiles, hasVideo } = resolveMdxContent(tree);
    if (articleFiles.length) frontmatter.articleFiles = articleFiles;
    if (hasVideo) frontmatter.hasVideo = true;
    if (problems.length) {
      frontmatter.bodyProblems = problems;
      tree.children = [];
    }
  };
}

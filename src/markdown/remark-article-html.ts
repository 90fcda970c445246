// remark plugin of the site's pipeline: applies the article HTML rule (./article-html.ts) to the raw
// HTML of Markdown articles. An article with HTML it may not contain is not rendered: its problems go to
// the loader with the rendered metadata, which refuses the article naming each line (as for MDX).
// MDX articles have no raw HTML nodes (their elements are JSX, checked by ./mdx-content.ts).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { markdownHtmlProblems } from './article-html.ts';
import { bodyFrontmatterOf } from './body-frontmatter.ts';

export default function remarkArticleHtml() {
  return (tree: Root, file: VFile) => {
    const problems = markdownHtmlProblems(tree);
    if (!problems.length) return;
    const frontmatter = bodyFrontmatterOf(file);
    frontmatter.bodyProblems = [...(frontmatter.bodyProblems ?? []), ...problems];
    tree.children = [];
  };
}

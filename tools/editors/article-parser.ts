// A unified processor that parses articles as the site does (Markdown or MDX, with YAML frontmatter),
// for command-line tools that lint or check content outside of an Astro build.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

export function articleParser(path: string): Processor<Root> {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  return (path.endsWith('.mdx') ? processor.use(remarkMdx) : processor) as unknown as Processor<Root>;
}

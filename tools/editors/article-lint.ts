// The typography lint of one article file, as `npm run lint:content` runs it: parsed as the site parses
// it (Markdown or MDX, with its frontmatter), the rules of typography.ts applied to its prose, captions,
// title and lead, and the safe fixes applied to the file's text.
import { VFile } from 'vfile';
import { articleParser } from './article-parser.ts';
import remarkTypography from './remark-typography.ts';
import { applyFixes } from './typography.ts';

/** The article's problems as vfile messages (line, column, rule), and its safe fixes in file.data. */
export async function lintArticle(path: string, source: string): Promise<VFile> {
  const file = new VFile({ path, value: source });
  const processor = articleParser(path).use(remarkTypography);
  await processor.run(processor.parse(file), file);
  return file;
}

/** The article's text with every safe fix applied (unchanged when there is none). */
export async function fixArticle(path: string, source: string): Promise<string> {
  return applyFixes(source, (await lintArticle(path, source)).data.typographyFixes ?? []);
}

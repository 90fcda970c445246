// remark plugin: Vietnamese typography lint (rules in tools/editors/typography.ts) over an article's prose,
// figure captions and credits, and the title and lead in its frontmatter. Reports vfile messages
// with line and column, and records the safe fixes (source offsets) in file.data.typographyFixes
// (applied with applyFixes from typography.ts).
import type { Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { checkTypography, type TextFix } from './typography.ts';
import { scalarInYaml } from '../../src/model/frontmatter.ts';

declare module 'vfile' {
  interface DataMap {
    typographyFixes: TextFix[];
  }
}

const LINTED_ATTRIBUTES = new Set(['caption', 'credit', 'alt', 'quote', 'title']);
const LINTED_FRONTMATTER = ['title', 'lead'] as const;

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

export default function remarkTypography() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const starts = lineStarts(source);
    const place = (offset: number) => {
      let line = starts.length - 1;
      while (starts[line] > offset) line--;
      return { line: line + 1, column: offset - starts[line] + 1, offset };
    };
    const fixes: TextFix[] = [];

    /**
     * Lints `value`. `sourceOf(i)` is where the value's character i is in the file (i = value.length: where
     * it ends), when known: fixes are then recorded there.
     */
    const lint = (value: string, sourceOf: ((index: number) => number) | undefined, fallbackLine?: number) => {
      for (const issue of checkTypography(value)) {
        const at = sourceOf ? place(sourceOf(issue.index)) : { line: fallbackLine ?? 1, column: 1 };
        const message = file.message(issue.message, { place: at, ruleId: issue.rule, source: 'typography' });
        message.fatal = false;
        if (sourceOf) fixes.push({ start: sourceOf(issue.index), end: sourceOf(issue.index + issue.length), replacement: issue.fix });
      }
    };
    const at = (offset: number | undefined) => (offset === undefined ? undefined : (index: number) => offset + index);
    const verbatimOffset = (value: string, start?: number, end?: number) =>
      start !== undefined && end !== undefined && source.slice(start, end) === value ? start : undefined;

    visit(tree, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'mdxjsEsm') return SKIP;
      if (node.type === 'yaml') {
        // The YAML text as it is in the file; the model decodes each linted value and says where its characters are.
        const yamlOffset = source.indexOf(node.value, node.position?.start.offset ?? 0);
        for (const key of LINTED_FRONTMATTER) {
          const scalar = yamlOffset >= 0 ? scalarInYaml(node.value, key) : undefined;
          if (scalar) lint(scalar.value, (index) => yamlOffset + scalar.offsets[index]);
        }
        return SKIP;
      }
      if (node.type === 'text') {
        const text = node as Text;
        lint(text.value, at(verbatimOffset(text.value, text.position?.start.offset, text.position?.end.offset)), text.position?.start.line);
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !LINTED_ATTRIBUTES.has(attribute.name) || typeof attribute.value !== 'string')
            continue;
          const line = node.position?.start.line;
          // The attribute's text sits between quotes after `name=`; find it in the element's source.
          const elementStart = node.position?.start.offset;
          const elementEnd = node.position?.end.offset;
          let offset: number | undefined;
          if (elementStart !== undefined && elementEnd !== undefined) {
            const element = source.slice(elementStart, elementEnd);
            const found = element.indexOf(`${attribute.name}="${attribute.value}"`);
            if (found >= 0) offset = elementStart + found + attribute.name.length + 2;
          }
          lint(attribute.value, at(offset), line);
        }
      }
      return undefined;
    });
    file.data.typographyFixes = fixes;
  };
}

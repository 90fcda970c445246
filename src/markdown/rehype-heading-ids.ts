// rehype plugin: stable heading ids folded from Vietnamese ("Kết quả thi đua" → "ket-qua-thi-dua"),
// unique within the article, so links to a section survive edits elsewhere in the text.
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { slugify } from '../lib/slug.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function textOf(node: Element | Text): string {
  return node.type === 'text'
    ? node.value
    : node.children.map((c) => (c.type === 'element' || c.type === 'text' ? textOf(c) : '')).join('');
}

function uniqueId(base: string, used: Set<string>): string {
  const root = base || 'muc';
  let id = root;
  for (let n = 2; used.has(id); n++) id = `${root}-${n}`;
  used.add(id);
  return id;
}

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      if (typeof node.properties.id === 'string' && node.properties.id) used.add(node.properties.id);
      else node.properties.id = uniqueId(slugify(textOf(node)), used);
    });
  };
}

// rehype plugin for MDX articles: each component or HTML element the article uses (checked and resolved
// by ./remark-mdx-content.ts, passed through remark-rehype as MDX JSX nodes) becomes the HTML of
// ./article-components.ts. Children are turned first, so components nest (a Figure inside a Callout).
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import { articleComponents, type ComponentProps } from './article-components.ts';
import { IMAGE_PROP_MARKER, type ResolvedElementData } from './mdx-content.ts';

type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** The node types remark-rehype must pass through for this plugin (MDX JSX elements). */
export const MDX_JSX_NODE_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement'];

const isJsx = (node: RootContent): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function markedProp(node: ElementContent): string | undefined {
  if (node.type !== 'element' || node.tagName !== 'img') return undefined;
  const prop = node.properties[IMAGE_PROP_MARKER];
  return typeof prop === 'string' ? prop : undefined;
}

function render(node: JsxNode, children: ElementContent[]): Element {
  const props = (node.data as ResolvedElementData | undefined)?.props ?? {};
  const spec = node.name ? articleComponents[node.name] : undefined;
  if (!spec) return h(node.name ?? 'span', props as Record<string, string | number | boolean>, children);
  const photos = new Map<string, Element>();
  for (const child of children) {
    const prop = markedProp(child);
    if (prop) {
      delete (child as Element).properties[IMAGE_PROP_MARKER];
      photos.set(prop, child as Element);
    }
  }
  const values: ComponentProps = {};
  for (const [name, value] of Object.entries(props)) {
    if (typeof value !== 'object') values[name] = value;
    else if (value.kind === 'video') values[name] = value.file;
    else if (value.local) {
      const img = photos.get(name);
      if (img) values[name] = { img, local: true };
    } else values[name] = { img: h('img', { src: value.file }), local: false };
  }
  const taken = new Set<ElementContent>(photos.values());
  return spec.render(
    values,
    children.filter((child) => !taken.has(child)),
  );
}

function renderWithin(parent: Root | Element | JsxNode): void {
  parent.children = (parent.children as RootContent[]).map((child) => {
    if ('children' in child) renderWithin(child as Element | JsxNode);
    return isJsx(child) ? render(child, child.children as ElementContent[]) : child;
  }) as typeof parent.children;
}

export default function rehypeArticleComponents() {
  return (tree: Root) => renderWithin(tree);
}

// rehype plugin: links to other sites get rel="noopener noreferrer", a class, and a visually hidden
// "(liên kết ngoài)" so every reader knows they are leaving the site.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ui } from '../i18n/vi.ts';

export interface ExternalLinkOptions {
  /** The site's own URL: links to it are internal even when written in full. */
  site?: string;
}

function isExternal(href: string, site?: string): boolean {
  if (!/^(https?:)?\/\//i.test(href)) return false;
  if (!site) return true;
  try {
    return new URL(href, site).host !== new URL(site).host;
  } catch {
    return true;
  }
}

export default function rehypeArticleLinks(options: ExternalLinkOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !isExternal(node.properties.href, options.site)) return;
      node.properties.rel = ['noopener', 'noreferrer'];
      node.properties.className = [...((node.properties.className as string[]) ?? []), 'external-link'];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ` (${ui.externalLink})` }],
      });
    });
  };
}

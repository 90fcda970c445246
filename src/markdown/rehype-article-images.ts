// rehype plugin: images in article bodies load lazily with known dimensions (no layout shift), and an
// image alone in a paragraph with a title — ![alt](src "Chú thích") — becomes <figure>/<figcaption>.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export interface ArticleImageOptions {
  /** Folder served at "/" (for images written as "/anh/x.jpg"). */
  publicDir?: string;
}

const isWhitespace = (node: ElementContent) => node.type === 'text' && !node.value.trim();

export default function rehypeArticleImages(options: ArticleImageOptions = {}) {
  const publicDir = options.publicDir ?? 'public';
  const sizes = new Map<string, Promise<{ width?: number; height?: number }>>();
  const sizeOf = (src: string) => {
    let size = sizes.get(src);
    if (!size) {
      const file = join(publicDir, decodeURIComponent(src));
      size = existsSync(file)
        ? sharp(file)
            .metadata()
            .then(
              ({ width, height }) => ({ width, height }),
              () => ({}),
            )
        : Promise.resolve({});
      sizes.set(src, size);
    }
    return size;
  };

  return async (tree: Root) => {
    const pending: Promise<void>[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img') return;
      node.properties.loading ??= 'lazy';
      node.properties.decoding ??= 'async';
      const src = node.properties.src;
      if (typeof src === 'string' && src.startsWith('/') && !src.startsWith('//') && node.properties.width === undefined) {
        pending.push(
          sizeOf(src).then(({ width, height }) => {
            if (width && height) Object.assign(node.properties, { width, height });
          }),
        );
      }
      // A paragraph holding only a titled image is a figure with a caption.
      const title = node.properties.title;
      if (
        parent &&
        parent.type === 'element' &&
        parent.tagName === 'p' &&
        typeof title === 'string' &&
        title.trim() &&
        index !== undefined
      ) {
        if (parent.children.every((c) => c === node || isWhitespace(c))) {
          delete node.properties.title;
          parent.tagName = 'figure';
          parent.properties = { className: ['figure'] };
          parent.children = [node, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] }];
        }
      }
    });
    await Promise.all(pending);
  };
}

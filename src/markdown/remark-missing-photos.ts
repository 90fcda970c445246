// remark plugin: reports <Figure> elements with a caption but no photo (`src`), so editors see in
// the build log which photos legacy articles still lack. The page itself shows a placeholder.
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { relative } from 'node:path';

export interface MissingPhoto {
  file: string;
  line?: number;
  caption?: string;
}

const attribute = (node: MdxJsxFlowElement, name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

function findMissingPhotos(tree: Root, file: string): MissingPhoto[] {
  const missing: MissingPhoto[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Figure' || attribute(node, 'src')) return;
    const caption = attribute(node, 'caption')?.value;
    missing.push({ file, line: node.position?.start.line, caption: typeof caption === 'string' ? caption : undefined });
  });
  return missing;
}

function formatMissingPhoto({ file, line, caption }: MissingPhoto): string {
  return `[ảnh] ${file}${line ? `:${line}` : ''}: ảnh "${caption ?? '(không chú thích)'}" chưa có tệp ảnh (thuộc tính src); trang đang hiện khung "Ảnh chưa có".`;
}

/** Lines printed per build; a big import (or a benchmark corpus) would otherwise flood the log. */
const MAX_REPORTED = 20;

export default function remarkMissingPhotos(options: { report?: (line: string) => void } = {}) {
  const report = options.report ?? ((line: string) => console.warn(line));
  let reported = 0;
  return (tree: Root, file: VFile) => {
    const path = file.path ? relative(process.cwd(), file.path) : '(không rõ tệp)';
    for (const photo of findMissingPhotos(tree, path)) {
      reported++;
      if (reported <= MAX_REPORTED) report(formatMissingPhoto(photo));
      else if (reported === MAX_REPORTED + 1) report(`[ảnh] … còn các ảnh thiếu khác; chỉ ${MAX_REPORTED} dòng đầu được in.`);
    }
  };
}

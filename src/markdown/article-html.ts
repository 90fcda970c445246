// What HTML an article may write itself, in a .md file (raw HTML) or a .mdx file (JSX elements): text-
// level and structural markup, nothing that runs code, loads from elsewhere or styles the page. One
// rule for both formats; a refused element or attribute is an error naming the file and line (the build
// never publishes it, and never trusts article content in the Content-Security-Policy).
//
// Refused, not stripped: an editor who wrote `<iframe>` or `onclick=` meant something, and a silently
// edited article would be published differently from what they wrote.
import type { Html, Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root as HastRoot } from 'hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleComponents } from './article-components.ts';

/** A problem in an article's body, where it is (lines of the body) and what it is in. */
export interface BodyProblem {
  line?: number;
  column?: number;
  /** The component, element or statement the problem is in ("Figure", "import", "script"). */
  subject?: string;
  message: string;
}

/** HTML elements an article may write directly: text-level and structural markup, nothing that runs or embeds. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption figure ' +
    'h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub summary sup table tbody td ' +
    'tfoot th thead time tr u ul var wbr'
  ).split(' '),
);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster', 'srcset', 'action', 'formaction']);
const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** Why an article may not write this HTML element, or undefined when it may. */
export function htmlElementProblem(name: string): string | undefined {
  if (HTML_ELEMENTS.has(name)) return undefined;
  const hint = name === 'iframe' || name === 'video' ? '; video dùng <VideoEmbed>' : name === 'h1' ? '; tiêu đề mục dùng ## hoặc ###' : '';
  return `thẻ <${name}> không dùng được trong bài${hint}`;
}

/** Why an article may not write this attribute (lowercase name) with this value, or undefined when it may. */
export function htmlAttributeProblem(element: string, name: string, value: unknown): string | undefined {
  if (name.startsWith('on')) return `thuộc tính "${name}" chạy mã nên không dùng được trong bài`;
  if (name === 'style') return 'thuộc tính "style" không dùng được; trình bày do trang quyết định';
  if (typeof value !== 'string') return undefined;
  if (URL_ATTRIBUTES.has(name) && UNSAFE_URL.test(value)) return `${name}: địa chỉ "${value.slice(0, 40)}" không dùng được trong bài`;
  if (element === 'img' && name === 'src' && !value.startsWith('/'))
    return `src: ảnh "${value}" dùng ![mô tả](${value}) (hoặc <Figure> trong tệp .mdx) để trang tối ưu ảnh`;
  return undefined;
}

/** An element's attributes as lowercase names (hast's properties are camel-cased: onClick, srcSet) and values. */
const attributesOf = (element: Element): [name: string, value: unknown][] =>
  Object.entries(element.properties).map(([property, value]) => [property.toLowerCase(), Array.isArray(value) ? value.join(' ') : value]);

/**
 * Every problem of the raw HTML in a Markdown body's syntax tree (`html` nodes, parsed as HTML), with
 * lines and columns of the body. Components are MDX: `<Figure …>` in a .md file is named as such (an
 * HTML parser would take it for a bare `<figure>` and lose its caption).
 */
export function markdownHtmlProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, 'html', (node: Html) => {
    const start = node.position?.start;
    const at = (offset: number) => {
      const before = node.value.slice(0, offset).split('\n');
      return start
        ? { line: start.line + before.length - 1, column: before.length === 1 ? start.column + offset : before.at(-1)!.length + 1 }
        : {};
    };
    // Comments are not published: a component written inside one is no problem.
    const uncommented = node.value.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
    for (const component of uncommented.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
      // <BR>, <P>: HTML in capitals; <Figure> and unknown names: components.
      if (!(component[1] in articleComponents) && !htmlElementProblem(component[1].toLowerCase())) continue;
      problems.push({
        ...at(component.index),
        subject: component[1],
        message: `thành phần <${component[1]}> chỉ dùng được trong tệp .mdx: đổi đuôi tệp thành .mdx, hoặc viết ảnh có chú thích bằng ![mô tả](./anh/x.jpg "chú thích")`,
      });
    }
    const fragment: HastRoot = fromHtml(node.value, { fragment: true });
    visit(fragment, 'element', (element: Element) => {
      const where = at(element.position?.start.offset ?? 0);
      const written = /^[A-Za-z0-9]+/.exec(node.value.slice((element.position?.start.offset ?? 0) + 1))?.[0] ?? '';
      if (written in articleComponents || (/^[A-Z]/.test(written) && htmlElementProblem(element.tagName))) return; // a component, named above
      const elementProblem = htmlElementProblem(element.tagName);
      if (elementProblem) {
        problems.push({ ...where, subject: element.tagName, message: elementProblem });
        return;
      }
      for (const [name, value] of attributesOf(element)) {
        const problem = htmlAttributeProblem(element.tagName, name, value);
        if (problem) problems.push({ ...where, subject: element.tagName, message: problem });
      }
    });
  });
  return problems;
}

/** Every problem of a Markdown body's raw HTML (what the build's renderer refuses: ./remark-article-html.ts). */
export function markdownBodyProblems(body: string): BodyProblem[] {
  return markdownHtmlProblems(unified().use(remarkParse).parse(body));
}

// What an MDX article may contain, checked on its syntax tree: an article is content, not code.
//
// Allowed: Markdown; the site's components (./article-components.ts) with literal props; photos and
// videos imported from beside the article (`import anh from './anh/x.jpg'`) and used as a prop; plain
// HTML elements for text (<sup>, <br>…) with literal attributes; comments `{/* … */}`. Refused, with the
// line and a Vietnamese explanation: any other import or export, any expression, unknown components or
// props, scripts, event handlers, `javascript:` links, embeds from other sites.
//
// The same walk resolves what it allows for rendering (`resolveMdxContent` changes the tree in place):
// imports are removed, props become values on the element, a local photo becomes a Markdown image
// inside its component (so Astro optimises it like any Markdown photo), and paragraphs holding only a
// component are unwrapped, as MDX itself does.
import type { Image, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { articleComponents, type PropSpec } from './article-components.ts';
import { nearestName } from '../lib/nearest-name.ts';
import { htmlAttributeProblem, htmlElementProblem, type BodyProblem } from './article-html.ts';

export type { BodyProblem };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Position = { start: { line: number; column: number } } | undefined;

/** A prop value as resolved from the article: literal values, or a file (imported, or a path of the site). */
type ResolvedProp = string | number | boolean | { file: string; local: boolean; kind: 'image' | 'video' };

/** Resolved props on a JSX element (read by ./rehype-article-components.ts). */
export interface ResolvedElementData {
  props: Record<string, ResolvedProp>;
}

/** Marks the Markdown image a local photo prop became, so the renderer finds it again: its value is the prop's name. */
export const IMAGE_PROP_MARKER = 'dataArticleProp';

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
// MP4 plays in every browser readers use; the route that publishes videos is for .mp4 (src/pages/bai-viet/).
const VIDEO_FILE = /\.mp4$/;

const list = (names: Iterable<string>) => [...names].join(', ');

// Minimal shapes of the estree nodes MDX attaches (the parts read here).
interface EstreeNode {
  type: string;
  [key: string]: unknown;
}
interface EstreeProgram {
  body: EstreeNode[];
}

/** ": có phải <Figure>?" when a name is a slip of a valid one; nothing otherwise. */
const didYouMean = (name: string, valid: string[], show: (name: string) => string) => {
  const meant = nearestName(name, valid);
  return meant ? `: có phải ${show(meant)}?` : '';
};

const programOf = (node: { data?: { estree?: unknown } }) => node.data?.estree as EstreeProgram | undefined;

export interface ResolveResult {
  problems: BodyProblem[];
  /** Videos imported from beside the article (paths relative to its folder): published beside its page. */
  articleFiles: string[];
  /** Whether the article has a video (its page then loads the script that plays it). */
  hasVideo: boolean;
}

/** Checks an MDX tree against the rule and, for what it allows, resolves it for rendering (in place). */
export function resolveMdxContent(tree: Root): ResolveResult {
  const problems: BodyProblem[] = [];
  const problem = (position: Position, message: string, subject?: string) =>
    problems.push({ line: position?.start.line, column: position?.start.column, subject, message });
  const imports = new Map<string, { file: string; kind: 'image' | 'video' }>();
  const articleFiles = new Set<string>();
  let hasVideo = false;

  // Imports first: a component may use a photo imported further down, as MDX allows.
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of programOf(node)?.body ?? []) {
      const imported = importOf(statement);
      if (typeof imported === 'string') {
        problem(node.position, imported, statement.type === 'ImportDeclaration' ? 'import' : 'export');
        continue;
      }
      if (imports.has(imported.name)) problem(node.position, `tên "${imported.name}" đã được import ở dòng khác; đặt tên khác`, 'import');
      imports.set(imported.name, imported);
    }
  }

  const resolveFile = (
    value: string,
    kind: 'image' | 'video',
    position: Position,
    subject: string,
    prop: string,
  ): ResolvedProp | undefined => {
    const noun = kind === 'image' ? 'ảnh' : 'video';
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) {
      problem(position, `${prop}: không dùng ${noun} từ trang khác ("${value}"); đặt tệp cạnh bài hoặc trong public/`, subject);
      return undefined;
    }
    if (value.startsWith('/')) return { file: value, local: false, kind };
    const local = localPath(value);
    if (!local) {
      problem(position, `${prop}: đường dẫn "${value}" phải bắt đầu bằng "./" (tệp cạnh bài) hoặc "/" (tệp trong public/)`, subject);
      return undefined;
    }
    return { file: local, local: true, kind };
  };

  const resolveAttribute = (
    element: JsxElement,
    attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
    spec: PropSpec | undefined,
  ): ResolvedProp | undefined => {
    const subject = element.name ?? '';
    const position = (attribute.position ?? element.position) as Position;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problem(position, 'không dùng biểu thức {…} trong thẻ; viết từng thuộc tính với giá trị cố định', subject);
      return undefined;
    }
    const name = attribute.name;
    let value: string | number | boolean | { identifier: string };
    if (attribute.value === null || attribute.value === undefined) value = true;
    else if (typeof attribute.value === 'string') value = attribute.value;
    else {
      const literal = literalOf(programOf(attribute.value));
      if (literal === undefined) {
        problem(
          position,
          `${name}: chỉ viết giá trị cố định — chữ trong dấu nháy ("…"), số ({800}) hoặc tên ảnh đã import; không dùng biểu thức`,
          subject,
        );
        return undefined;
      }
      value = literal;
    }
    if (!spec) return typeof value === 'object' ? undefined : value;
    const expect = (kind: string, example: string) => {
      problem(position, `${name} phải là ${kind}, ví dụ ${example}`, subject);
      return undefined;
    };
    switch (spec.kind) {
      case 'text':
        if (typeof value !== 'string') return expect('chữ trong dấu nháy', `${name}="…"`);
        if (spec.oneOf && !spec.oneOf.includes(value)) return expect(`một trong: ${list(spec.oneOf)}`, `${name}="${spec.oneOf[0]}"`);
        return value;
      case 'number':
        return typeof value === 'number' ? value : expect('một số', `${name}={800}`);
      case 'boolean':
        return typeof value === 'boolean' ? value : expect('có hoặc không (viết tên thuộc tính, không kèm giá trị)', name);
      case 'image':
      case 'video': {
        const kind = spec.kind;
        if (typeof value === 'string') return resolveFile(value, kind, position, subject, name);
        if (typeof value !== 'object') return expect(kind === 'image' ? 'một ảnh' : 'một video', `${name}={tenAnh}`);
        const imported = imports.get(value.identifier);
        if (!imported) {
          problem(
            position,
            `${name}: "${value.identifier}" chưa được import; thêm dòng import ${value.identifier} from './anh/ten-tep';`,
            subject,
          );
          return undefined;
        }
        if (imported.kind !== kind) return expect(kind === 'image' ? 'một ảnh' : 'một video', `${name}={ten}`);
        return { file: imported.file, local: true, kind };
      }
    }
  };

  const resolveElement = (element: JsxElement) => {
    const name = element.name;
    const position = element.position as Position;
    if (!name) {
      problem(position, 'thẻ rỗng <>…</> không dùng được; bỏ thẻ đi');
      return;
    }
    const spec = articleComponents[name];
    const props: Record<string, ResolvedProp> = {};
    if (spec) {
      for (const attribute of element.attributes) {
        const propName = attribute.type === 'mdxJsxAttribute' ? attribute.name : undefined;
        const propSpec = propName ? spec.props[propName] : undefined;
        if (propName && !propSpec) {
          problem(
            (attribute.position ?? position) as Position,
            `không có thuộc tính "${propName}"${didYouMean(propName, Object.keys(spec.props), (p) => `"${p}"`)}; dùng được: ${list(Object.keys(spec.props))}`,
            name,
          );
          continue;
        }
        const value = resolveAttribute(element, attribute, propSpec);
        if (propName && value !== undefined) props[propName] = value;
      }
      for (const [propName, propSpec] of Object.entries(spec.props))
        if (
          propSpec.required &&
          !(propName in props) &&
          !element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === propName)
        )
          problem(position, `thiếu thuộc tính "${propName}", ví dụ ${spec.example}`, name);
      if (!spec.children && element.children.some((child) => !(child.type === 'text' && !child.value.trim())))
        problem(position, `không chứa nội dung bên trong; viết ${spec.example}`, name);
      if (!spec.children) element.children = [];
      // A local photo becomes a Markdown image inside the element: Astro collects and optimises it.
      for (const [propName, value] of Object.entries(props)) {
        if (typeof value !== 'object') continue;
        if (value.kind === 'video') {
          hasVideo = true;
          if (value.local) articleFiles.add(value.file.slice(2));
        } else if (value.local) {
          const image: Image = { type: 'image', url: value.file, alt: '', data: { hProperties: { [IMAGE_PROP_MARKER]: propName } } };
          (element.children as RootContent[]).push(image);
        }
      }
      if (name === 'VideoEmbed') hasVideo = true;
    } else if (/^[A-Z]/.test(name)) {
      const components = Object.keys(articleComponents);
      problem(
        position,
        `thành phần <${name}> không có${didYouMean(name, components, (c) => `<${c}>`)}; dùng được: ${list(components)}`,
        name,
      );
      return;
    } else if (htmlElementProblem(name)) {
      problem(position, htmlElementProblem(name)!, name);
      return;
    } else {
      for (const attribute of element.attributes) {
        const attributeName = attribute.type === 'mdxJsxAttribute' ? attribute.name.toLowerCase() : '';
        const attributePosition = (attribute.position ?? position) as Position;
        // Handlers and styles are refused whatever their value (an expression included).
        const refused = htmlAttributeProblem(name, attributeName, undefined);
        if (refused) {
          problem(attributePosition, refused, name);
          continue;
        }
        const value = resolveAttribute(element, attribute, undefined);
        if (value === undefined) continue;
        const valueProblem = htmlAttributeProblem(name, attributeName, value);
        if (valueProblem) {
          problem(attributePosition, valueProblem, name);
          continue;
        }
        props[attributeName === 'class' ? 'className' : (attribute as MdxJsxAttribute).name] = value;
      }
    }
    element.data = { ...element.data, ...({ props } satisfies ResolvedElementData) };
  };

  const walk = (parent: Parent) => {
    const kept: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'mdxjsEsm') continue;
      if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') {
        if ((programOf(child)?.body.length ?? 0) > 0)
          problem(
            child.position as Position,
            'dấu { } có nghĩa đặc biệt trong tệp .mdx; muốn in ra, viết \\{ và \\}; ghi chú viết {/* … */}',
          );
        continue;
      }
      if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') resolveElement(child);
      if ('children' in child) walk(child as Parent);
      kept.push(child);
    }
    parent.children = unravel(kept) as typeof parent.children;
  };
  walk(tree);
  return { problems, articleFiles: [...articleFiles].sort(), hasVideo };
}

/** `import name from './file'` of a photo or video beside the article, or why the statement is refused. */
function importOf(statement: EstreeNode): { name: string; file: string; kind: 'image' | 'video' } | string {
  const refused =
    "bài chỉ import ảnh hoặc video đặt cạnh bài, dạng import anh from './anh/ten-anh.jpg'; các thành phần (Figure, …) dùng ngay, không cần import";
  if (statement.type !== 'ImportDeclaration') return statement.type.startsWith('Export') ? 'bài không dùng export' : refused;
  const specifiers = statement.specifiers as EstreeNode[];
  const source = (statement.source as { value?: unknown }).value;
  if (specifiers.length !== 1 || specifiers[0].type !== 'ImportDefaultSpecifier' || typeof source !== 'string') return refused;
  const file = localPath(source);
  const kind = IMAGE_FILE.test(source) ? 'image' : VIDEO_FILE.test(source) ? 'video' : undefined;
  if (!file || !kind) return refused;
  return { name: (specifiers[0].local as { name: string }).name, file, kind };
}

/** "./anh/x.jpg" normalised, or undefined for a path that is not inside the article's folder. */
function localPath(path: string): string | undefined {
  if (!path.startsWith('./')) return undefined;
  const segments = path.slice(2).split('/');
  if (segments.some((s) => s === '..' || s === '' || s === '.')) return undefined;
  return `./${segments.join('/')}`;
}

/** A literal's value: text, a number, true/false, or an identifier (to be checked against the imports). */
function literalOf(program: EstreeProgram | undefined): string | number | boolean | { identifier: string } | undefined {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  const expression = statement?.type === 'ExpressionStatement' ? (statement.expression as EstreeNode) : undefined;
  if (!expression) return undefined;
  if (expression.type === 'Identifier') return { identifier: expression.name as string };
  if (expression.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof expression.value))
    return expression.value as string | number | boolean;
  if (expression.type === 'TemplateLiteral' && (expression.expressions as unknown[]).length === 0)
    return ((expression.quasis as { value: { cooked: string } }[])[0]?.value.cooked ?? '') as string;
  if (
    expression.type === 'UnaryExpression' &&
    expression.operator === '-' &&
    (expression.argument as EstreeNode).type === 'Literal' &&
    typeof (expression.argument as EstreeNode).value === 'number'
  )
    return -((expression.argument as EstreeNode).value as number);
  return undefined;
}

/** A paragraph holding only components and white space is those components (as MDX itself unwraps it). */
function unravel(children: RootContent[]): RootContent[] {
  return children.flatMap((child): RootContent[] => {
    if (child.type !== 'paragraph') return [child];
    const paragraph = child as Paragraph;
    const onlyJsx =
      paragraph.children.some((c) => c.type === 'mdxJsxTextElement') &&
      paragraph.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && !c.value.trim()));
    if (!onlyJsx) return [child];
    return paragraph.children
      .filter((c) => c.type === 'mdxJsxTextElement')
      .map((c) => ({ ...(c as MdxJsxTextElement), type: 'mdxJsxFlowElement' }) as MdxJsxFlowElement);
  });
}

/** An MDX body's syntax tree (MDX syntax errors are thrown, as remark-mdx reports them: see syntaxProblem). */
export function parseMdx(text: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(text);
}

/** Every problem of an MDX body, syntax errors included (what the loader refuses when it renders the article). */
export function mdxBodyProblems(body: string): BodyProblem[] {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    return [syntaxProblem(error)];
  }
  return resolveMdxContent(tree).problems;
}

/** An MDX syntax error (as the MDX parser throws it) in the editors' words, at the place it names. */
export function syntaxProblem(error: unknown): BodyProblem {
  const { reason, message, line, column, ruleId } = error as {
    reason?: string;
    message?: string;
    line?: number;
    column?: number;
    ruleId?: string;
  };
  const text = reason ?? message ?? String(error);
  // An element never closed is reported at its opening tag, which only the text names: "(3:1-3:20)".
  const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(text);
  const unclosed = ruleId === 'end-tag-mismatch' && /^Expected a closing tag for `<([^>]*)>`/.exec(text);
  if (unclosed && opened)
    return {
      line: Number(opened[1]),
      column: Number(opened[2]),
      subject: unclosed[1],
      message: `thẻ <${unclosed[1]}> chưa được đóng: thêm </${unclosed[1]}> sau nội dung, hoặc viết <${unclosed[1]} … /> nếu không có nội dung`,
    };
  if (ruleId === 'unexpected-eof' && /expression/.test(text))
    return { line, column, message: 'dấu { chưa được đóng; muốn in dấu ngoặc nhọn, viết \\{ và \\}' };
  return {
    line: line ?? (opened ? Number(opened[1]) : undefined),
    column: column ?? (opened ? Number(opened[2]) : undefined),
    message: `lỗi cú pháp MDX (thẻ < > hoặc dấu { } viết sai): ${text}`,
  };
}

// An article file's frontmatter: finding and reading it (with the file's own line numbers, for
// editors' messages), and writing it in one canonical shape. Every tool that writes an article
// (`npm run new`, the legacy importer, the synthetic corpus, test fixtures) writes it through here.
import yaml from 'js-yaml';
import { toVietnamIso } from '../lib/dates.ts';
import { yamlProblem } from './yaml-problems.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface FrontmatterBlock {
  /** The YAML between the two "---" lines. */
  yaml: string;
  /** File line of the YAML's first line. */
  yamlLine: number;
  /** Everything after the closing "---". */
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): FrontmatterBlock | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return { yaml: match[1], yamlLine: 2, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export type YamlResult = { ok: true; data: unknown } | { ok: false; line?: number; field?: string; message: string };

/**
 * Parses YAML that starts on file line `firstLine`; an error names the file line and the field where the
 * mistake is, and says what to do, in Vietnamese (./yaml-problems.ts).
 */
export function parseYaml(text: string, firstLine = 1): YamlResult {
  try {
    return { ok: true, data: yaml.load(text) };
  } catch (error) {
    const problem = yamlProblem(text, error as { reason?: string; mark?: { line: number } });
    return { ok: false, line: firstLine + problem.line, field: problem.field, message: problem.message };
  }
}

/** File line of the top-level `key:` in a frontmatter block (its first line when the key is absent). */
export function keyLine(block: Pick<FrontmatterBlock, 'yaml' | 'yamlLine'>, key: string | undefined): number {
  if (!key) return block.yamlLine;
  const at = block.yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return at >= 0 ? block.yamlLine + at : block.yamlLine;
}

/**
 * File line of `field` in the `index`-th item of a block list under the top-level `key:` ("corrections:"
 * then "  - at: …" / "    text: …"): the item's own line when the field is not written on a line of its
 * own, and `key:`'s line when the list is written in flow style ("[{ … }]").
 */
export function listItemLine(block: Pick<FrontmatterBlock, 'yaml' | 'yamlLine'>, key: string, index: number, field?: string): number {
  const lines = block.yaml.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return block.yamlLine;
  let item = -1;
  let itemLine = -1;
  for (let i = start + 1; i < lines.length && /^(\s|$)/.test(lines[i]); i++) {
    const entry = /^\s*-\s*(.*)$/.exec(lines[i]);
    if (entry) {
      item++;
      if (item > index) break;
      itemLine = i;
      if (item === index && field && entry[1].startsWith(`${field}:`)) return block.yamlLine + i;
    } else if (item === index && field && lines[i].trimStart().startsWith(`${field}:`)) return block.yamlLine + i;
  }
  return block.yamlLine + (item >= index && itemLine >= 0 ? itemLine : start);
}

/** What an article's frontmatter holds, as its writers know it (ids as strings, times as Dates or ISO text). */
export interface ArticleFrontmatter {
  title: string;
  lead: string;
  source?: string;
  publishedAt: Date | string;
  updatedAt?: Date | string;
  category: string;
  author?: string;
  byline?: string;
  tags?: readonly string[];
  cover?: string;
  coverAlt?: string;
  draft?: boolean;
  corrections?: readonly { at: Date | string; text: string }[];
}

/** The order fields are written in, what an editor reads first coming first (a Record, so none is forgotten). */
const WRITTEN: Record<keyof ArticleFrontmatter, true> = {
  title: true,
  lead: true,
  source: true,
  publishedAt: true,
  updatedAt: true,
  category: true,
  author: true,
  byline: true,
  tags: true,
  cover: true,
  coverAlt: true,
  draft: true,
  corrections: true,
};
export const ARTICLE_FIELD_ORDER = Object.keys(WRITTEN) as (keyof ArticleFrontmatter)[];

// JSON strings are valid YAML double-quoted scalars, and survive any quote, colon or "#" in the text.
const quoted = (text: string) => JSON.stringify(text);

const time = (value: Date | string) => quoted(value instanceof Date ? toVietnamIso(value) : value);

function formatValue(key: keyof ArticleFrontmatter, value: NonNullable<ArticleFrontmatter[keyof ArticleFrontmatter]>): string {
  // Corrections as editors write them: a block list, one correction per item.
  if (key === 'corrections')
    return (value as NonNullable<ArticleFrontmatter['corrections']>)
      .map((c) => `\n  - at: ${time(c.at)}\n    text: ${quoted(c.text)}`)
      .join('');
  if (value instanceof Date) return quoted(toVietnamIso(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => `\n  - ${quoted(item)}`).join('');
  return quoted(String(value));
}

/**
 * The frontmatter lines (without the "---" fences), fields in canonical order, absent and empty ones
 * left out, `draft` always there. This is what the browser CMS writes too (src/model/cms-config.ts:
 * the same field order, every string double-quoted, lists as block lists, empty optional fields
 * omitted), so an article written here and then edited in the CMS changes only where it was edited.
 */
function formatFrontmatter(fields: ArticleFrontmatter): string {
  const written = { ...fields, draft: fields.draft ?? false };
  return ARTICLE_FIELD_ORDER.filter((key) => {
    const value = written[key];
    return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  })
    .map((key) => {
      const value = formatValue(key, written[key]!);
      return value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`;
    })
    .join('\n');
}

/** A whole article file: frontmatter, a blank line, the body, one final newline. */
export function articleSource(fields: ArticleFrontmatter, body: string): string {
  return `---\n${formatFrontmatter(fields)}\n---\n\n${body.replace(/\s+$/, '')}\n`;
}

/** A one-line `key: value` of frontmatter YAML, decoded, with where each character of it is in the YAML text. */
export interface ScalarInYaml {
  value: string;
  /** offsets[i]: where the value's character i starts in the YAML text; offsets[value.length]: where the value ends. */
  offsets: number[];
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
  ' ': ' ',
};

/**
 * Finds the top-level `key:` of a YAML text and decodes its value when it is a plain, single-quoted or
 * double-quoted scalar on that line (what editors and this project's writer produce), so that a fix
 * to the value can be made at the right place in the file. Anything else (block scalars, lists): undefined.
 */
export function scalarInYaml(yamlText: string, key: string): ScalarInYaml | undefined {
  const lineStart = yamlText.startsWith(`${key}:`) ? 0 : yamlText.indexOf(`\n${key}:`) + 1;
  if (lineStart === 0 && !yamlText.startsWith(`${key}:`)) return undefined;
  const lineEnd = yamlText.indexOf('\n', lineStart) === -1 ? yamlText.length : yamlText.indexOf('\n', lineStart);
  let at = lineStart + key.length + 1;
  while (at < lineEnd && (yamlText[at] === ' ' || yamlText[at] === '\t')) at++;
  const quote = yamlText[at];
  const value: string[] = [];
  const offsets: number[] = [];
  if (quote === '"' || quote === "'") {
    let i = at + 1;
    for (;;) {
      if (i >= lineEnd) return undefined; // the closing quote is on a later line: not a one-line scalar
      const c = yamlText[i];
      if (c === quote && !(quote === "'" && yamlText[i + 1] === "'")) break;
      offsets.push(i);
      if (quote === "'" && c === "'") {
        value.push("'");
        i += 2;
      } else if (quote === '"' && c === '\\') {
        const next = yamlText[i + 1];
        const hex = next === 'u' ? 4 : next === 'x' ? 2 : next === 'U' ? 8 : 0;
        if (hex) {
          const code = Number.parseInt(yamlText.slice(i + 2, i + 2 + hex), 16);
          if (Number.isNaN(code)) return undefined;
          value.push(String.fromCodePoint(code));
          i += 2 + hex;
        } else if (next in DOUBLE_QUOTED_ESCAPES) {
          value.push(DOUBLE_QUOTED_ESCAPES[next]);
          i += 2;
        } else return undefined;
      } else {
        value.push(c);
        i++;
      }
    }
    offsets.push(i);
    return { value: value.join(''), offsets };
  }
  // A plain scalar: up to a comment (" #") or the end of the line, without trailing spaces.
  const comment = yamlText.slice(at, lineEnd).search(/\s#/);
  let end = comment === -1 ? lineEnd : at + comment;
  while (end > at && /\s/.test(yamlText[end - 1])) end--;
  for (let i = at; i <= end; i++) offsets.push(i);
  return { value: yamlText.slice(at, end), offsets };
}

// An article file's frontmatter: finding and reading it (with the file's own line numbers, for
// editors' messages), and writing it in one canonical shape. Every tool that writes an article
// (`npm run new`, the legacy importer, the synthetic corpus, test fixtures) writes it through here.
import yaml from 'js-yaml';
import { toVietnamIso } from '../lib/dates.ts';
import { isSlug } from '../lib/slug.ts';

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

export type YamlResult = { ok: true; data: unknown } | { ok: false; line?: number; message: string };

/** Parses YAML that starts on file line `firstLine`; an error names the file line and says so in Vietnamese. */
export function parseYaml(text: string, firstLine = 1): YamlResult {
  try {
    return { ok: true, data: yaml.load(text) };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    return {
      ok: false,
      line: mark ? firstLine + mark.line : undefined,
      message: `YAML không đọc được: ${(error as Error).message.split('\n')[0]}`,
    };
  }
}

/** File line of the top-level `key:` in a frontmatter block (its first line when the key is absent). */
export function keyLine(block: Pick<FrontmatterBlock, 'yaml' | 'yamlLine'>, key: string | undefined): number {
  if (!key) return block.yamlLine;
  const at = block.yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return at >= 0 ? block.yamlLine + at : block.yamlLine;
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
};
const FIELD_ORDER = Object.keys(WRITTEN) as (keyof ArticleFrontmatter)[];

// JSON strings are valid YAML double-quoted scalars, and survive any quote, colon or "#" in the text.
const quoted = (text: string) => JSON.stringify(text);

function formatValue(key: keyof ArticleFrontmatter, value: NonNullable<ArticleFrontmatter[keyof ArticleFrontmatter]>): string {
  if (value instanceof Date) return quoted(toVietnamIso(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(quoted).join(', ')}]`;
  // Ids (category, author) stay bare, as editors write them; anything else is quoted.
  if ((key === 'category' || key === 'author') && isSlug(String(value))) return String(value);
  return quoted(String(value));
}

/** The frontmatter lines (without the "---" fences), fields in canonical order, absent ones left out. */
function formatFrontmatter(fields: ArticleFrontmatter): string {
  return FIELD_ORDER.filter((key) => fields[key] !== undefined)
    .map((key) => `${key}: ${formatValue(key, fields[key]!)}`)
    .join('\n');
}

/** A whole article file: frontmatter, a blank line, the body, one final newline. */
export function articleSource(fields: ArticleFrontmatter, body: string): string {
  return `---\n${formatFrontmatter(fields)}\n---\n\n${body.replace(/\s+$/, '')}\n`;
}

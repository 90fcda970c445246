// Converts a text dump of the legacy portal's article page into an MDX article. Pure: text in,
// MDX (or errors naming the line) out; tools/editors/import-legacy.ts is the command-line shell around it.
//
// The dump's shape (see tests/fixtures/legacy/):
//   <title> (13:57 20/01/2021)          title with its Vietnam-time timestamp
//   HNP - <lead>                         source tag, then the lead
//   <short line without end punctuation> a photo caption (the photo itself is not in the dump)
//   <paragraphs>                         body, separated by blank or NBSP-only lines
//   Thu Uyên                             signature: a short name line, maybe with a role "(tổng hợp)"
//   Các bài mới đăng … Mã xác nhận: …    page chrome: lists, comment form, mojibake; dropped
import { parseVietnamDateTime, vietnamYear } from '../../src/lib/dates.ts';
import { articleSource } from '../../src/model/frontmatter.ts';
import { slugify } from '../../src/lib/slug.ts';

export interface LegacyImportOptions {
  category: string;
  tags?: readonly string[];
  /** Known authors; a signature equal to an author's name becomes `author: <id>`. */
  authors?: readonly { id: string; name: string }[];
  /** Used when the dump has no timestamp after the title. */
  publishedAt?: Date;
}

interface ImportProblem {
  line?: number;
  message: string;
}

export type LegacyImportResult =
  { ok: true; slug: string; year: number; mdx: string; article: LegacyArticle } | { ok: false; problems: ImportProblem[] };

interface LegacyArticle {
  title: string;
  publishedAt: Date;
  source?: string;
  lead: string;
  blocks: ({ kind: 'paragraph'; text: string } | { kind: 'caption'; text: string })[];
  signature?: string;
}

interface Line {
  number: number;
  text: string;
}

const TITLE_WITH_TIME = /^(.*\S)\s*\((\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4})\)\s*$/;
const SOURCE_AND_LEAD = /^([A-ZĐ][A-ZĐ0-9]{1,11})\s+[-–—]\s+(\S.*)$/u;
const CHROME_START = /^(Các bài mới đăng|Các bài đã đăng|Bài viết Xem|Viết bình luận|Họ tên\s*:|Mã xác nhận\s*:)/u;
const SIGNATURE = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4}(?:\s*\([\p{L}\s,.-]{1,40}\))?$/u;
const END_PUNCTUATION = /[.!?…:;"”)\]]$/u;
const MOJIBAKE = /\uFFFD|Ã[\u0080-\u00BF]|Ä[\u0080-\u00BF]|á»|áº/u;

/** BOM, Windows line endings, NBSP-only "blank" lines and decomposed letters, normalised away. */
function normaliseDump(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({
      number: i + 1,
      text: raw
        .replace(/[\u00a0\u2007\u202f]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .trim()
        .normalize('NFC'),
    }));
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A caption: a short line between paragraphs, without end punctuation. */
export function looksLikeCaption(text: string): boolean {
  return wordCount(text) <= 25 && text.length <= 180 && !END_PUNCTUATION.test(text);
}

export function looksLikeSignature(text: string): boolean {
  return wordCount(text) <= 8 && SIGNATURE.test(text);
}

function parseLegacyDump(text: string, publishedAtFallback?: Date): { article?: LegacyArticle; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const lines = normaliseDump(text);
  const chromeAt = lines.findIndex((l) => CHROME_START.test(l.text));
  const content = (chromeAt >= 0 ? lines.slice(0, chromeAt) : lines).filter((l) => l.text !== '');
  if (content.length < 2)
    return { problems: [{ line: 1, message: 'không thấy tiêu đề và nội dung bài (tệp rỗng hoặc không đúng định dạng dump của cổng cũ)' }] };

  for (const line of content) {
    if (MOJIBAKE.test(line.text))
      problems.push({ line: line.number, message: 'có ký tự lỗi mã hóa (mojibake) trong nội dung bài; hãy lấy lại bản dump UTF-8 đúng' });
  }

  const [titleLine, leadLine, ...rest] = content;
  let title = titleLine.text;
  let publishedAt = publishedAtFallback;
  const timed = TITLE_WITH_TIME.exec(titleLine.text);
  if (timed) {
    title = timed[1];
    const parsed = parseVietnamDateTime(timed[2].replace(/\s+/g, ' '));
    if (parsed) publishedAt = parsed;
    else problems.push({ line: titleLine.number, message: `thời gian "${timed[2]}" không phải một thời điểm có thật` });
  } else if (!publishedAt) {
    problems.push({
      line: titleLine.number,
      message: 'không thấy thời gian đăng "(13:57 20/01/2021)" sau tiêu đề; dùng --published-at "2021-01-20T13:57:00+07:00" để chỉ định',
    });
  }
  if (title.length < 5) problems.push({ line: titleLine.number, message: 'tiêu đề quá ngắn' });

  const sourced = SOURCE_AND_LEAD.exec(leadLine.text);
  const source = sourced?.[1];
  const lead = sourced ? sourced[2] : leadLine.text;
  if (looksLikeCaption(lead) && !sourced) {
    problems.push({ line: leadLine.number, message: 'dòng sau tiêu đề phải là đoạn mở đầu (sapo), ví dụ "HNP - Sáng 20/01, …"' });
  }

  let signature: string | undefined;
  const last = rest.at(-1);
  if (last && looksLikeSignature(last.text)) {
    signature = last.text;
    rest.pop();
  }
  if (!rest.some((l) => !looksLikeCaption(l.text))) {
    problems.push({ line: leadLine.number + 1, message: 'bài không có đoạn nội dung nào sau đoạn mở đầu' });
  }
  const blocks = rest.map((l) => ({ kind: looksLikeCaption(l.text) ? ('caption' as const) : ('paragraph' as const), text: l.text }));
  if (problems.length || !publishedAt) return { problems };
  return { article: { title, publishedAt, source, lead, blocks, signature }, problems };
}

/** Text that MDX would otherwise read as JSX or expressions. */
function escapeMdxText(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `\\${c}`);
}

function toMdx(article: LegacyArticle, options: LegacyImportOptions): string {
  const signatureName = article.signature?.replace(/\s*\(.*\)$/, '');
  const author = signatureName ? options.authors?.find((a) => a.name === signatureName) : undefined;
  const body = article.blocks.map((b) =>
    b.kind === 'caption'
      ? `<Figure caption=${b.text.includes('"') ? `{${JSON.stringify(b.text)}}` : `"${b.text}"`} />`
      : escapeMdxText(b.text),
  );
  return articleSource(
    {
      title: article.title,
      lead: article.lead,
      source: article.source,
      publishedAt: article.publishedAt,
      category: options.category,
      author: author?.id,
      byline: article.signature && (!author || article.signature !== author.name) ? article.signature : undefined,
      tags: options.tags ?? [],
    },
    body.join('\n\n'),
  );
}

export function importLegacyArticle(text: string, options: LegacyImportOptions): LegacyImportResult {
  const { article, problems } = parseLegacyDump(text, options.publishedAt);
  if (!article) return { ok: false, problems };
  const slug = slugify(article.title);
  if (!slug) return { ok: false, problems: [{ line: 1, message: 'tiêu đề không tạo được slug' }] };
  return { ok: true, slug, year: vietnamYear(article.publishedAt), mdx: toMdx(article, options), article };
}

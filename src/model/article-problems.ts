// What is wrong with an article's frontmatter fields, field by field, in editors' words: the content
// check reports these with the file's lines (content-check.ts), and the browser CMS refuses to save
// an entry that has any, showing the same messages (src/cms/). Pure and browser-safe.
import { articleFileSchema, unknownKeyMessage } from './article-fields.ts';

/** An article whose body has nothing to read. */
export const EMPTY_BODY_MESSAGE = 'bài không có nội dung (phần sau thông tin đầu bài đang trống)';

export interface FieldProblem {
  /** The top-level field ("corrections" for a correction's own fields). */
  field?: string;
  /** For a field of a correction: which one (0-based) and which of its fields. */
  item?: { index: number; key?: string };
  message: string;
}

type ParsedArticle = ReturnType<typeof articleFileSchema.parse>;

/** `data` (a frontmatter object) read by the article schema: its values, or every problem in the check's words. */
export function parseArticleFields(
  data: Record<string, unknown>,
): { ok: true; article: ParsedArticle } | { ok: false; problems: FieldProblem[] } {
  const result = articleFileSchema.safeParse(data);
  if (result.success) return { ok: true, article: result.data };
  const problems = result.error.issues.flatMap((issue): FieldProblem[] => {
    // Unknown keys come as one issue: each is named on its own.
    if (issue.code === 'unrecognized_keys' && !issue.path.length)
      return issue.keys.map((key) => ({ field: key, message: unknownKeyMessage(key) }));
    const field = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    // A field of a list item (corrections[1].at): which item, and which field.
    if (field === 'corrections' && typeof issue.path[1] === 'number') {
      const [index, key] = [issue.path[1], issue.path[2] === undefined ? undefined : String(issue.path[2])];
      const message = issue.message.startsWith('đính chính thứ')
        ? issue.message
        : `đính chính thứ ${index + 1}${key ? ` (${key})` : ''}: ${issue.message}`;
      return [{ field, item: { index, key }, message }];
    }
    return [{ field, message: issue.message }];
  });
  return { ok: false, problems };
}

// An entry of the CMS's form checked as `npm run check` checks the file it becomes: the same schema
// (src/model/article-problems.ts), the same messages, each after the label of its field in the form.
import { EMPTY_BODY_MESSAGE, parseArticleFields } from '../model/article-problems.ts';
import { fieldLabel } from '../model/cms-config.ts';
import { articleUrl } from '../lib/urls.ts';

/** Values the CMS leaves out of the file (output.omit_empty_optional_fields), so the check never sees them. */
const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The frontmatter the entry's data becomes: no body, no empty optional field. */
export function entryFrontmatter(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => key !== 'body' && !isEmpty(value)));
}

/** "Tiêu đề: tiêu đề quá ngắn (ít nhất 5 ký tự)", one line per problem; none when the entry may be saved. */
export function entryProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const fields = parseArticleFields(entryFrontmatter(data));
  if (!fields.ok) for (const { field, message } of fields.problems) problems.push(field ? `${fieldLabel(field)}: ${message}` : message);
  if (typeof data.body !== 'string' || !data.body.trim()) problems.push(`${fieldLabel('body')}: ${EMPTY_BODY_MESSAGE}`);
  return problems;
}

/**
 * A new article whose address an .mdx article already has (`mdxArticles`: id → path, the CMS's
 * mdx-articles.json): the build would refuse both (one id, two files), so the form does first.
 */
export function addressProblem(slug: string, mdxArticles: Readonly<Record<string, string>>): string | undefined {
  const taken = Object.hasOwn(mdxArticles, slug) ? mdxArticles[slug] : undefined;
  if (!taken) return undefined;
  return `${fieldLabel('title')}: địa chỉ ${articleUrl(slug)} đã là của bài ${taken} (bài .mdx, không có trong danh sách ở đây); hãy đổi tiêu đề để bài mới có địa chỉ khác`;
}

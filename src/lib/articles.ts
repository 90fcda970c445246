// The one article query module: filters drafts and scheduled articles once, sorts once, and builds
// the per-category / per-tag lists and neighbour positions that every page reads in O(1).
import { vietnamYear } from './dates.ts';
import { slugify } from './slug.ts';

export interface ArticleRecord {
  /** Permanent id, also the URL slug: /bai-viet/<id>/ */
  id: string;
  title: string;
  publishedAt: Date;
  /** Category id (a key of content/categories.yaml). */
  category: string;
  /** Tag display names as the editor wrote them. */
  tags: readonly string[];
  draft: boolean;
}

export type ExclusionReason = 'draft' | 'scheduled';

interface Exclusion<T> {
  article: T;
  reason: ExclusionReason;
}

interface TagSummary {
  slug: string;
  name: string;
  count: number;
}

interface Neighbours<T> {
  /** Newer articles of the same category, nearest first. */
  newer: T[];
  /** Older articles of the same category, nearest first. */
  older: T[];
}

export interface ArticleIndex<T extends ArticleRecord> {
  /** Published articles, newest first. */
  readonly published: readonly T[];
  /** Articles left out of this build and why. */
  readonly excluded: readonly Exclusion<T>[];
  get(id: string): T | undefined;
  latest(count: number): T[];
  inCategory(categoryId: string): readonly T[];
  withTag(tagSlug: string): readonly T[];
  tags(): TagSummary[];
  /** Years (Vietnam time) that have published articles, newest first. */
  years(): number[];
  neighbours(id: string, count: number): Neighbours<T>;
}

export interface IndexOptions {
  /** The build's "now": articles published after it are scheduled, not yet public. */
  now: Date;
  /** Keep drafts and scheduled articles (the dev server shows them to editors). */
  includeUnpublished?: boolean;
}

/** Newest first; ties broken by id so the order never depends on file-system order. */
function compareNewestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function exclusionReason(article: ArticleRecord, now: Date): ExclusionReason | undefined {
  if (article.draft) return 'draft';
  if (article.publishedAt.getTime() > now.getTime()) return 'scheduled';
  return undefined;
}

export function createArticleIndex<T extends ArticleRecord>(records: readonly T[], options: IndexOptions): ArticleIndex<T> {
  const excluded: Exclusion<T>[] = [];
  const published: T[] = [];
  for (const article of records) {
    const reason = exclusionReason(article, options.now);
    if (reason && !options.includeUnpublished) excluded.push({ article, reason });
    else published.push(article);
  }
  published.sort(compareNewestFirst);
  excluded.sort((a, b) => compareNewestFirst(a.article, b.article));

  const byId = new Map<string, T>();
  const byCategory = new Map<string, T[]>();
  const positionInCategory = new Map<string, number>();
  const byTag = new Map<string, T[]>();
  const tagNames = new Map<string, string>();
  const years = new Set<number>();

  // One pass in newest-first order keeps every derived list sorted without re-sorting.
  for (const article of published) {
    byId.set(article.id, article);
    years.add(vietnamYear(article.publishedAt));
    let list = byCategory.get(article.category);
    if (!list) byCategory.set(article.category, (list = []));
    positionInCategory.set(article.id, list.length);
    list.push(article);
    const seen = new Set<string>();
    for (const name of article.tags) {
      const slug = slugify(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      if (!tagNames.has(slug)) tagNames.set(slug, name);
      let tagged = byTag.get(slug);
      if (!tagged) byTag.set(slug, (tagged = []));
      tagged.push(article);
    }
  }

  const empty: readonly T[] = Object.freeze([]);

  return {
    published,
    excluded,
    get: (id) => byId.get(id),
    latest: (count) => published.slice(0, count),
    inCategory: (categoryId) => byCategory.get(categoryId) ?? empty,
    withTag: (tagSlug) => byTag.get(tagSlug) ?? empty,
    tags: () =>
      [...byTag.entries()]
        .map(([slug, list]) => ({ slug, name: tagNames.get(slug)!, count: list.length }))
        .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)),
    years: () => [...years].sort((a, b) => b - a),
    neighbours(id, count) {
      const article = byId.get(id);
      const position = positionInCategory.get(id);
      if (!article || position === undefined) return { newer: [], older: [] };
      const list = byCategory.get(article.category)!;
      return {
        newer: list.slice(Math.max(0, position - count), position).reverse(),
        older: list.slice(position + 1, position + 1 + count),
      };
    },
  };
}

// The one article query module: filters drafts and scheduled articles once, sorts once, and builds
// the per-category / per-tag / per-author / per-month lists, neighbour positions and related articles
// that every page reads without going over the archive again.
import { vietnamMonth, vietnamYear } from './dates.ts';
import { slugify } from './slug.ts';

export interface ArticleRecord {
  /** Permanent id, also the URL slug: /bai-viet/<id>/ */
  id: string;
  title: string;
  publishedAt: Date;
  /** Category id (a key of content/categories.yaml). */
  category: string;
  /** Author id (a key of content/authors.yaml), when the article has one. */
  author?: string;
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

/** A month of the archive (Vietnam time) and how many articles it has. */
export interface ArchiveMonth {
  year: number;
  /** 1–12. */
  month: number;
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
  /** Months (Vietnam time) that have published articles, newest first. */
  months(): ArchiveMonth[];
  inMonth(year: number, month: number): readonly T[];
  byAuthor(authorId: string): readonly T[];
  neighbours(id: string, count: number): Neighbours<T>;
  /**
   * Up to `count` other articles sharing tags with this one: most tags shared first, then newest; never
   * one of `exclude` (the lists the page shows already). Candidates are the articles nearest in time
   * within each of its tags (RELATED_WINDOW each side), so the work per article is bounded however
   * large a tag grows.
   */
  related(id: string, count: number, exclude?: ReadonlySet<string>): T[];
}

/** How many articles each side of an article, in each of its tags' lists, are candidates for its related list. */
export const RELATED_WINDOW = 30;

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
  /** For each article, its tags' slugs and its position in each tag's list. */
  const tagPlaces = new Map<string, { slug: string; position: number }[]>();
  const byAuthor = new Map<string, T[]>();
  const byMonth = new Map<string, T[]>();
  const years = new Set<number>();
  const push = <K>(map: Map<K, T[]>, key: K, article: T) => {
    const list = map.get(key);
    if (list) list.push(article);
    else map.set(key, [article]);
  };
  const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

  // One pass in newest-first order keeps every derived list sorted without re-sorting.
  for (const article of published) {
    byId.set(article.id, article);
    const year = vietnamYear(article.publishedAt);
    years.add(year);
    push(byMonth, monthKey(year, vietnamMonth(article.publishedAt)), article);
    if (article.author) push(byAuthor, article.author, article);
    let list = byCategory.get(article.category);
    if (!list) byCategory.set(article.category, (list = []));
    positionInCategory.set(article.id, list.length);
    list.push(article);
    const places: { slug: string; position: number }[] = [];
    for (const name of article.tags) {
      const slug = slugify(name);
      if (!slug || places.some((p) => p.slug === slug)) continue;
      if (!tagNames.has(slug)) tagNames.set(slug, name);
      let tagged = byTag.get(slug);
      if (!tagged) byTag.set(slug, (tagged = []));
      places.push({ slug, position: tagged.length });
      tagged.push(article);
    }
    tagPlaces.set(article.id, places);
  }

  const empty: readonly T[] = Object.freeze([]);
  // For related(): each article's place in `published`, each tag's articles by that place, and a count
  // per article of tags shared with the one asked about (zeroed again after each call).
  const rankOf = new Map(published.map((article, rank) => [article.id, rank]));
  const tagRanks = new Map([...byTag].map(([slug, list]) => [slug, list.map((article) => rankOf.get(article.id)!)]));
  const sharedTags = new Uint16Array(published.length);

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
    months: () =>
      [...byMonth.entries()]
        .map(([key, list]) => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), count: list.length }))
        .sort((a, b) => b.year - a.year || b.month - a.month),
    inMonth: (year, month) => byMonth.get(monthKey(year, month)) ?? empty,
    byAuthor: (authorId) => byAuthor.get(authorId) ?? empty,
    related(id, count, exclude = new Set()) {
      // Candidates are counted by their place in `published` (newest first), so "most tags shared, then
      // newest" is a comparison of two numbers, and only the best `count` are kept: this runs for every
      // article on every build (its page's cache key), 100,000 times at 100,000 articles.
      const self = rankOf.get(id);
      const excluded = new Set([...exclude].flatMap((other) => rankOf.get(other) ?? []));
      const touched: number[] = [];
      for (const { slug, position } of tagPlaces.get(id) ?? []) {
        const ranks = tagRanks.get(slug)!;
        const from = Math.max(0, position - RELATED_WINDOW);
        const to = Math.min(ranks.length, position + RELATED_WINDOW + 1);
        for (let i = from; i < to; i++) {
          const rank = ranks[i];
          if (rank === self || excluded.has(rank)) continue;
          if (sharedTags[rank]++ === 0) touched.push(rank);
        }
      }
      const best: number[] = [];
      const before = (a: number, b: number) => sharedTags[a] > sharedTags[b] || (sharedTags[a] === sharedTags[b] && a < b);
      for (const rank of touched) {
        if (best.length === count) {
          if (!before(rank, best[count - 1])) continue;
          best.pop();
        }
        let at = best.length;
        while (at > 0 && before(rank, best[at - 1])) at--;
        best.splice(at, 0, rank);
      }
      for (const rank of touched) sharedTags[rank] = 0;
      return best.map((rank) => published[rank]);
    },
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

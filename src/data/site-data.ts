// Loads the collections once per build, checks references (the content model's rule), and hands pages the
// article index.
// Every page goes through here, so the whole collection is read and sorted once, not once per page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { createArticleIndex, type ArticleIndex, type ArticleRecord } from '../lib/articles.ts';
import { slugify } from '../lib/slug.ts';
import { articlesDirOf, authorsFileOf, categoriesFileOf, contentDir } from '../model/content-folder.ts';
import { buildSettings } from '../build-settings.ts';
import { ContentError, formatExclusions, type ContentProblem } from '../model/content-report.ts';
import { referenceProblems } from '../model/references.ts';
import { articleUrl, categoryUrl } from '../lib/urls.ts';

export interface Category {
  id: string;
  name: string;
  description?: string;
  order: number;
}

interface Tag {
  slug: string;
  name: string;
}

export interface Author {
  id: string;
  name: string;
  bio?: string;
  photo?: CollectionEntry<'authors'>['data']['photo'];
}

interface Correction {
  at: Date;
  text: string;
}

export interface Article extends ArticleRecord {
  entry: CollectionEntry<'articles'>;
  lead: string;
  source?: string;
  updatedAt?: Date;
  /** Corrections, oldest first. */
  corrections: Correction[];
  categoryName: string;
  tagList: Tag[];
  /** The signature shown: the byline when there is one, else the author's name. */
  authorName?: string;
  filePath: string;
  cover?: CollectionEntry<'articles'>['data']['cover'];
  coverAlt?: string;
}

export interface SiteData {
  /** The moment this build publishes as of (scheduled articles up to it are in). */
  now: Date;
  articles: ArticleIndex<Article>;
  categories: Category[];
  categoryById: Map<string, Category>;
  authors: Author[];
  authorById: Map<string, Author>;
}

async function load(): Promise<SiteData> {
  const [articleEntries, categoryEntries, authorEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('categories'),
    getCollection('authors'),
  ]);
  const categories = categoryEntries
    .map((c) => ({ ...c.data, id: c.id }))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi'));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const authors = authorEntries
    .map((a) => ({ ...a.data, id: a.id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || (a.id < b.id ? -1 : 1));
  const authorById = new Map(authors.map((a) => [a.id, a]));

  const known = {
    categoryIds: new Set(categoryById.keys()),
    authorIds: new Set(authorById.keys()),
    categoriesFile: categoriesFileOf(contentDir),
    authorsFile: authorsFileOf(contentDir),
  };
  const problems: ContentProblem[] = [];
  const records: Article[] = [];
  for (const entry of articleEntries) {
    const filePath = entry.filePath ?? `${articlesDirOf(contentDir)}/${entry.id}`;
    const data = entry.data;
    const broken = referenceProblems({ category: data.category.id, author: data.author?.id }, known);
    problems.push(...broken.map(({ field, message }) => ({ file: filePath, field, message, severity: 'error' as const })));
    const category = categoryById.get(data.category.id);
    if (broken.length || !category) continue;
    const authorName = data.author ? authorById.get(data.author.id)?.name : undefined;
    records.push({
      entry,
      id: entry.id,
      title: data.title,
      lead: data.lead,
      source: data.source,
      publishedAt: data.publishedAt,
      updatedAt: data.updatedAt,
      corrections: [...data.corrections].sort((a, b) => a.at.getTime() - b.at.getTime()),
      category: category.id,
      categoryName: category.name,
      tags: data.tags,
      tagList: data.tags.map((name) => ({ name, slug: slugify(name) })),
      author: data.author?.id,
      authorName: data.byline ?? authorName,
      draft: data.draft,
      filePath,
      cover: data.cover,
      coverAlt: data.coverAlt,
    });
  }
  if (problems.length) throw new ContentError(problems);

  const articles = createArticleIndex(records, { now: buildSettings.now, includeUnpublished: import.meta.env.DEV });
  if (!import.meta.env.DEV && articles.excluded.length) {
    console.warn(
      formatExclusions(articles.excluded.map((e) => ({ file: e.article.filePath, reason: e.reason, publishedAt: e.article.publishedAt }))),
    );
  }
  return { now: buildSettings.now, articles, categories, categoryById, authors, authorById };
}

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded once per build (re-read on every request in dev, where files change). */
export function getSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/** What a list needs to show an article (see ArticleCard). */
export function toCard(article: Article) {
  return { ...toHeadline(article), lead: article.lead };
}

/**
 * A card without the lead, for the lists that show headlines only (beside and under an article, the
 * front page's latest): smaller pages' data.
 */
export function toHeadline(article: Article) {
  return {
    href: articleUrl(article.id),
    title: article.title,
    publishedAt: article.publishedAt,
    categoryName: article.categoryName,
    categoryHref: categoryUrl(article.category),
  };
}

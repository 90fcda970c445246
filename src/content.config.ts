// The content model: articles (MDX/Markdown files), categories and authors (YAML files editors can edit).
// Field rules live in src/model/article-fields.ts, shared with the content check.
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { ARTICLE_FILES_GLOB } from './model/article-id.ts';
import { articleIdsFor, articlesDirOf, authorsFileOf, categoriesFileOf, contentDir } from './model/content-folder.ts';
import { articleObject, authorSchema, categorySchema, refineArticle } from './model/article-fields.ts';
import { withBodiesOnDisk } from './loaders/article-bodies.ts';
import { globOfChangedFiles } from './loaders/changed-article-files.ts';
import { withUnchangedEntriesKept } from './loaders/unchanged-entries.ts';

const articleId = articleIdsFor(contentDir);

/**
 * An article's fields, built once. Astro calls a collection's schema function for every entry (to give
 * it an image() bound to the entry's file), and zod walks every schema it has not parsed with before:
 * the whole article schema built per article was ~1.8 s of main thread at 10,000 articles (0.25 s
 * parsed with one schema). Only the cover needs the entry's image(); what it made is passed on as is.
 */
const articleSchema = articleObject({
  category: reference('categories'),
  author: reference('authors').optional(),
  cover: z.custom<z.output<ReturnType<SchemaContext['image']>>>().optional(),
}).superRefine(refineArticle);

const articles = defineCollection({
  // Rendered bodies live in files of their own, not in the content store (see src/loaders/article-bodies.ts),
  // and a build reads only the files changed since the last (src/loaders/changed-article-files.ts).
  loader: withBodiesOnDisk(
    globOfChangedFiles({
      pattern: ARTICLE_FILES_GLOB,
      base: articlesDirOf(contentDir),
      generateId: ({ entry }) => articleId(entry),
      // The raw text is not needed once rendered (reading time comes from a remark plugin).
      retainBody: false,
    }),
  ),
  // The cover first, with this article's image() (it resolves the path beside the article), then the
  // rest with the one schema built for all (articleSchema).
  schema: ({ image }) => z.looseObject({ cover: image().optional() }).pipe(articleSchema),
});

const categories = defineCollection({
  // Unchanged entries stay as they are: setting them again costs a serialisation of the whole store.
  loader: withUnchangedEntriesKept(file(categoriesFileOf(contentDir))),
  schema: categorySchema,
});

const authors = defineCollection({
  loader: withUnchangedEntriesKept(file(authorsFileOf(contentDir))),
  // A photo is a path beside authors.yaml, optimised by astro:assets like article photos.
  schema: ({ image }) => authorSchema.extend({ photo: image().optional() }),
});

export const collections = { articles, categories, authors };

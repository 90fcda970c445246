// The content model: articles (MDX/Markdown files), categories and authors (YAML files editors can edit).
// Field rules live in src/model/article-fields.ts, shared with the content check.
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { ARTICLE_FILES_GLOB } from './model/article-id.ts';
import { articleIdsFor, articlesDirOf, authorsFileOf, categoriesFileOf, contentDir } from './model/content-folder.ts';
import { articleObject, authorSchema, categorySchema, refineArticle } from './model/article-fields.ts';
import { withBodiesOnDisk } from './loaders/article-bodies.ts';
import { globOfChangedFiles } from './loaders/changed-article-files.ts';
import { withUnchangedEntriesKept } from './loaders/unchanged-entries.ts';

const articleId = articleIdsFor(contentDir);

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
  schema: ({ image }) =>
    articleObject({
      category: reference('categories'),
      author: reference('authors').optional(),
      cover: image().optional(),
    }).superRefine(refineArticle),
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

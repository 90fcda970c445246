// The content model: articles (MDX/Markdown files), categories and authors (YAML files editors can edit).
// Field rules live in src/model/article-fields.ts, shared with the command-line content check.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, articleIdFromPath } from './model/content-paths.ts';
import { articleFields, authorSchema, categorySchema, refineArticle } from './model/article-fields.ts';
import { withBodiesOnDisk } from './loaders/article-bodies.ts';

const articles = defineCollection({
  // Rendered bodies live in files of their own, not in the content store (see src/loaders/article-bodies.ts).
  loader: withBodiesOnDisk(
    glob({
      pattern: '**/[^_]*.{md,mdx}',
      base: `${contentDir}/articles`,
      generateId: ({ entry }) => articleIdFromPath(entry),
      // The raw text is not needed once rendered (reading time comes from a remark plugin).
      retainBody: false,
    }),
  ),
  schema: ({ image }) =>
    z
      .object({
        ...articleFields,
        category: reference('categories'),
        author: reference('authors').optional(),
        cover: image().optional(),
      })
      .superRefine(refineArticle),
});

const categories = defineCollection({
  loader: file(`${contentDir}/categories.yaml`),
  schema: categorySchema,
});

const authors = defineCollection({
  loader: file(`${contentDir}/authors.yaml`),
  schema: authorSchema,
});

export const collections = { articles, categories, authors };

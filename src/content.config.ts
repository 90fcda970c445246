// The content model: articles (MDX/Markdown files), categories and authors (YAML files editors can edit).
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, articleIdFromPath } from './lib/content-paths.ts';
import { normalizeTags } from './lib/tags.ts';
import { parseVietnamIso, VIETNAM_ISO_EXAMPLE } from './lib/iso.ts';

const vietnamTime = z.unknown().transform((value, ctx) => {
  const parsed = parseVietnamIso(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'phải là chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ "thoi-su"');

const articles = defineCollection({
  loader: glob({
    pattern: '**/[^_]*.{md,mdx}',
    base: `${contentDir}/articles`,
    generateId: ({ entry }) => articleIdFromPath(entry),
  }),
  schema: ({ image }) =>
    z.object({
      title: z
        .string({ error: 'thiếu tiêu đề (title)' })
        .trim()
        .min(5, 'tiêu đề quá ngắn (ít nhất 5 ký tự)')
        .max(200, 'tiêu đề quá dài (tối đa 200 ký tự)'),
      lead: z
        .string({ error: 'thiếu đoạn mở đầu (lead/sapo)' })
        .trim()
        .min(10, 'đoạn mở đầu quá ngắn')
        .max(1000, 'đoạn mở đầu quá dài (tối đa 1000 ký tự)'),
      /** Source tag printed before the lead: "HNP" → "HNP - Sáng 20/01, …". */
      source: z.string().trim().min(1).max(40).optional(),
      publishedAt: vietnamTime.describe(`thời điểm đăng, ví dụ "${VIETNAM_ISO_EXAMPLE}"`),
      updatedAt: vietnamTime.optional(),
      category: reference('categories'),
      tags: z.array(z.string()).default([]).transform(normalizeTags),
      author: reference('authors').optional(),
      /** A byline for one-off writers who are not in authors.yaml, e.g. "Thu Uyên (tổng hợp)". */
      byline: z.string().trim().min(1).max(120).optional(),
      cover: image().optional(),
      coverAlt: z.string().trim().optional(),
      draft: z.boolean().default(false),
    }).superRefine((data, ctx) => {
      if (data.updatedAt && data.updatedAt.getTime() < data.publishedAt.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'thời điểm cập nhật sớm hơn thời điểm đăng' });
      }
      if (data.cover && !data.coverAlt) {
        ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: 'ảnh bìa cần mô tả ảnh (coverAlt) cho người đọc khiếm thị' });
      }
    }),
});

const categories = defineCollection({
  loader: file(`${contentDir}/categories.yaml`),
  schema: z.object({
    id: slugId,
    name: z.string().trim().min(1),
    description: z.string().trim().optional(),
    /** Position in the navigation, smallest first. */
    order: z.number().int().default(100),
  }),
});

const authors = defineCollection({
  loader: file(`${contentDir}/authors.yaml`),
  schema: z.object({
    id: slugId,
    name: z.string().trim().min(1),
  }),
});

export const collections = { articles, categories, authors };

// The fields of articles, categories and authors and their rules, shared by the content collections
// (src/content.config.ts) and the content check (content-check.ts). Messages are for editors, in Vietnamese.
import { z } from 'astro/zod';
import { nearestName } from '../lib/nearest-name.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { normalizeTags } from '../lib/tags.ts';
import { parseVietnamIso, VIETNAM_ISO_EXAMPLE } from '../lib/iso.ts';

const vietnamTime = z.unknown().transform((value, ctx) => {
  const parsed = parseVietnamIso(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const slugId = z
  .string({ error: 'thiếu id, ví dụ id: thoi-su' })
  .regex(SLUG_PATTERN, 'phải là chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ "thoi-su"');

/**
 * The length rules of an article's text fields and what an editor reads when one is broken: the schema
 * below and the CMS's form (cms-config.ts) both use them, so the form refuses what the check refuses,
 * in the same words.
 */
export const TEXT_RULES = {
  title: {
    min: 5,
    max: 200,
    missing: 'thiếu tiêu đề (title)',
    tooShort: 'tiêu đề quá ngắn (ít nhất 5 ký tự)',
    tooLong: 'tiêu đề quá dài (tối đa 200 ký tự)',
  },
  lead: {
    min: 10,
    max: 1000,
    missing: 'thiếu đoạn mở đầu (lead/sapo)',
    tooShort: 'đoạn mở đầu quá ngắn',
    tooLong: 'đoạn mở đầu quá dài (tối đa 1000 ký tự)',
  },
  correction: {
    min: 10,
    max: 1000,
    missing: 'đính chính cần nội dung (text): đã sửa gì',
    tooShort: 'nội dung đính chính (text) quá ngắn (ít nhất 10 ký tự)',
    tooLong: 'nội dung đính chính (text) quá dài (tối đa 1000 ký tự)',
  },
  source: { max: 40 },
  byline: { max: 120 },
} as const;

/** Fields whose rules do not depend on other collections. */
export const articleFields = {
  title: z
    .string({ error: TEXT_RULES.title.missing })
    .trim()
    .min(TEXT_RULES.title.min, TEXT_RULES.title.tooShort)
    .max(TEXT_RULES.title.max, TEXT_RULES.title.tooLong),
  lead: z
    .string({ error: TEXT_RULES.lead.missing })
    .trim()
    .min(TEXT_RULES.lead.min, TEXT_RULES.lead.tooShort)
    .max(TEXT_RULES.lead.max, TEXT_RULES.lead.tooLong),
  /** Source tag printed before the lead: "HNP" → "HNP - Sáng 20/01, …". */
  source: z.string().trim().min(1).max(TEXT_RULES.source.max).optional(),
  publishedAt: vietnamTime.describe(`thời điểm đăng, ví dụ "${VIETNAM_ISO_EXAMPLE}"`),
  updatedAt: vietnamTime.optional(),
  /** Corrections to what was published: when, and what was corrected. Shown under the article ("Đính chính"). */
  corrections: z
    .array(
      z.strictObject(
        {
          at: vietnamTime.describe(`thời điểm đính chính, ví dụ "${VIETNAM_ISO_EXAMPLE}"`),
          text: z
            .string({ error: TEXT_RULES.correction.missing })
            .trim()
            .min(TEXT_RULES.correction.min, TEXT_RULES.correction.tooShort)
            .max(TEXT_RULES.correction.max, TEXT_RULES.correction.tooLong),
        },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `mỗi đính chính chỉ có "at" và "text", không có ${issue.keys.map((k) => `"${k}"`).join(', ')}`
              : undefined,
        },
      ),
      { error: 'corrections phải là danh sách, mỗi mục có at và text, ví dụ: corrections: [{ at: "…", text: "…" }]' },
    )
    .default([]),
  tags: z.array(z.string(), { error: 'tags phải là danh sách, ví dụ ["Ba Đình", "Thi đua"]' }).default([]).transform(normalizeTags),
  /** A byline for one-off writers who are not in authors.yaml, e.g. "Thu Uyên (tổng hợp)". */
  byline: z.string().trim().min(1).max(TEXT_RULES.byline.max).optional(),
  coverAlt: z.string().trim().optional(),
  draft: z.boolean({ error: 'draft phải là true hoặc false' }).default(false),
};

/** The fields an article's frontmatter has besides `articleFields`: references to other collections, and the cover photo. */
type ArticleReferenceFields = Record<'category' | 'author' | 'cover', z.ZodType>;

/** Every key an article's frontmatter may have: any other is a mistake (most often a typo) and an error. */
const ARTICLE_KEYS: readonly string[] = [...Object.keys(articleFields), 'category', 'author', 'cover'];

/** What an editor reads for a key no article has: the key it most likely meant, or the keys there are. */
export function unknownKeyMessage(key: string): string {
  const meant = nearestName(key, ARTICLE_KEYS);
  return meant
    ? `khóa "${key}" không có trong thông tin đầu bài: có phải "${meant}"?`
    : `khóa "${key}" không có trong thông tin đầu bài; các khóa dùng được: ${ARTICLE_KEYS.join(', ')}`;
}

/**
 * An article's fields as one object that refuses unknown keys: a misspelled `tittle:` would otherwise be
 * dropped silently (and the real title reported missing, or an optional field just ignored).
 */
export function articleObject<R extends ArticleReferenceFields>(references: R) {
  return z.strictObject(
    { ...articleFields, ...references },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map(unknownKeyMessage).join('; ') : undefined),
    },
  );
}

interface RefinableArticle {
  publishedAt: Date;
  updatedAt?: Date;
  corrections?: { at: Date }[];
  cover?: unknown;
  coverAlt?: string;
}

/** Rules across fields. */
export function refineArticle(data: RefinableArticle, ctx: z.RefinementCtx) {
  if (data.updatedAt && data.updatedAt.getTime() < data.publishedAt.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'thời điểm cập nhật sớm hơn thời điểm đăng' });
  }
  data.corrections?.forEach((correction, i) => {
    if (correction.at.getTime() < data.publishedAt.getTime())
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', i, 'at'],
        message: `đính chính thứ ${i + 1}: thời điểm đính chính sớm hơn thời điểm đăng`,
      });
  });
  if (data.cover && !data.coverAlt) {
    ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: 'ảnh bìa cần mô tả ảnh (coverAlt) cho người đọc khiếm thị' });
  }
}

/** The same schema with references as plain ids, for checking files outside of an Astro build. */
export const articleFileSchema = articleObject({
  category: z.string({ error: 'thiếu chuyên mục (category)' }),
  author: z.string().optional(),
  cover: z.string().optional(),
}).superRefine(refineArticle);

export const categorySchema = z.object({
  id: slugId,
  name: z.string({ error: 'thiếu tên (name), ví dụ name: Thời sự' }).trim().min(1, 'tên (name) đang trống'),
  description: z.string().trim().optional(),
  /** Position in the navigation, smallest first. */
  order: z.number().int().default(100),
});

export const authorSchema = z.object({
  id: slugId,
  name: z.string({ error: 'thiếu tên (name), ví dụ name: Thu Uyên' }).trim().min(1, 'tên (name) đang trống'),
  /** A short introduction shown on the author's page. */
  bio: z
    .string({ error: 'giới thiệu (bio) phải là một đoạn chữ' })
    .trim()
    .min(1, 'giới thiệu (bio) đang trống')
    .max(400, 'giới thiệu (bio) quá dài (tối đa 400 ký tự)')
    .optional(),
  /** A portrait beside authors.yaml (e.g. "tac-gia/thu-uyen.jpg"), shown on the author's page. */
  photo: z.string({ error: 'ảnh (photo) phải là đường dẫn tới tệp ảnh, ví dụ "tac-gia/thu-uyen.jpg"' }).trim().min(1).optional(),
});

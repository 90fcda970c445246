// URL slugs folded from Vietnamese: "Quận Ba Đình" → "quan-ba-dinh".
import { foldDiacritics } from './vietnamese.ts';

export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An article's permanent id (= URL slug) from its file path: "2021/Bài X.mdx" → "bai-x". */
export function articleIdOf(path: string): string {
  return slugify((path.split('/').pop() ?? '').replace(/\.mdx?$/, ''));
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` is already a clean slug (lowercase ASCII words joined by single hyphens). */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

// URL slugs folded from Vietnamese: "Quận Ba Đình" → "quan-ba-dinh".
import { foldDiacritics } from './vietnamese.ts';

export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` is already a clean slug (lowercase ASCII words joined by single hyphens). */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

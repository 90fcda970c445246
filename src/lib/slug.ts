// URL slugs folded from Vietnamese: "Quận Ba Đình" → "quan-ba-dinh".
import { foldDiacritics } from './vietnamese.ts';

export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A clean slug: lowercase ASCII words and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

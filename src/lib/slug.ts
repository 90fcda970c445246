// URL slugs folded from Vietnamese: "Quận Ba Đình" → "quan-ba-dinh".
import { foldDiacritics } from './vietnamese.ts';

/**
 * The longest slug made from a title: long enough for a headline's words (the Ba Đình title is 50),
 * short enough for a readable URL and for file systems (a slug is also a file name: 255 bytes at most).
 */
export const SLUG_MAX_LENGTH = 80;

/** The slug of a title, cut after its last whole word within `maxLength`. */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = foldDiacritics(text)
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // One word longer than the limit is cut inside it: a slug is never longer than the limit.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/** A clean slug: lowercase ASCII words and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

// Tag normalisation: trimmed, single-spaced, NFC, de-duplicated by their folded slug.
import { slugify } from './slug.ts';

export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    result.push(name);
  }
  return result;
}

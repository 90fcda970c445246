// An article's permanent id, which is also its URL slug (/bai-viet/<id>/): it comes from the file name
// alone, so moving a file to another year folder never changes its address. Two files with the same
// id would silently replace each other in the site, so that is an error, worded here once.
import { slugify } from '../lib/slug.ts';

/**
 * Article files under `<content>/articles/`; a name starting with "_" is kept out of the site, and so is
 * one starting with a dot (an editor's lock or backup file), which Astro's glob (picomatch) would
 * otherwise take and Node's globSync (the content check's) would not. Written "[^_.]": Astro's watcher
 * (picomatch) reads "[!_]" as the characters "!" and "_".
 */
export const ARTICLE_FILES_GLOB = '**/[^_.]*.{md,mdx}';

export type ArticleFormat = 'md' | 'mdx';

/** "2021/Bài X.mdx" → "bai-x". */
export function articleIdOf(path: string): string {
  return slugify((path.split('/').pop() ?? '').replace(/\.mdx?$/, ''));
}

/** Where a new article goes: `<content>/articles/<year>/<id>.<format>` (`articles/…` for contentDir ""). */
export function articleFilePath(contentDir: string, year: number, id: string, format: ArticleFormat): string {
  return `${contentDir ? `${contentDir}/` : ''}articles/${year}/${id}.${format}`;
}

/** Ids used by more than one file, with those files. */
export function sharedIds(paths: readonly string[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const path of paths) {
    const id = articleIdOf(path);
    byId.set(id, [...(byId.get(id) ?? []), path]);
  }
  return new Map([...byId].filter(([, files]) => files.length > 1));
}

/** The editor's message for `file`, which shares `id` with `others`. */
export function sharedIdMessage(id: string, others: readonly string[]): string {
  return `trùng slug "${id}" với ${others.join(', ')}: hai bài sẽ cùng địa chỉ /bai-viet/${id}/; hãy đổi tên một tệp`;
}

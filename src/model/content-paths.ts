// Where content lives, and how an article file maps to its permanent id (= URL slug).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleIdOf } from '../lib/slug.ts';

/** The content folder; NEWS_CONTENT_DIR points builds at another corpus (tests, benchmarks). */
export const contentDir = (process.env.NEWS_CONTENT_DIR || 'content').replace(/\/+$/, '');

const seenIds = new Map<string, string>();

/**
 * "2021/quan-ba-dinh-phat-dong.mdx" → "quan-ba-dinh-phat-dong". The year folder is only for editors'
 * convenience: the id must not change when a file moves, so it comes from the file name alone, and
 * two files with the same name would silently overwrite each other, so that is an error.
 */
export function articleIdFromPath(entry: string): string {
  const id = articleIdOf(entry);
  const previous = seenIds.get(id);
  if (previous && previous !== entry && existsSync(join(contentDir, 'articles', previous))) {
    throw new Error(
      `Trùng slug "${id}": ${contentDir}/articles/${previous} và ${contentDir}/articles/${entry} ` +
        'sẽ có cùng địa chỉ /bai-viet/' + id + '/. Hãy đổi tên một trong hai tệp.',
    );
  }
  seenIds.set(id, entry);
  return id;
}

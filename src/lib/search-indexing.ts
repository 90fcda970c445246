// Builds the Pagefind index of a built site with Pagefind's Node API (article pages only: they alone
// carry data-pagefind-body). Used by `npm run build` right after `astro build` has exited, so the
// indexer never shares memory with the Astro process (at 10,000 articles the two together peaked at
// 4.9 GB; one after the other, each stays under 3 GB).
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { articleUrl } from './urls.ts';

export const SEARCH_INDEX_DIR = 'pagefind';

function check(errors: string[], step: string) {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function buildSearchIndex(site: string): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  check(errors, 'createIndex');
  try {
    // Only article pages carry content to index; not even parsing listings, feeds or the 404 saves time.
    const articlesGlob = `${articleUrl('').replace(/^\/|\/+$/g, '')}/**/*.html`;
    const added = await index!.addDirectory({ path: site, glob: articlesGlob });
    check(added.errors, 'indexing');
    const written = await index!.writeFiles({ outputPath: join(site, SEARCH_INDEX_DIR) });
    check(written.errors, 'writing the index');
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

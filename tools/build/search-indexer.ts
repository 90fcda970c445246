// Builds the search index of a built site with Pagefind's Node API: article pages only (they alone carry
// data-pagefind-body), split into shards of consecutive months (src/search/shards.ts), each shard its
// own Pagefind index under dist/pagefind/<shard>/, plus dist/pagefind/shards.json for the search page.
//
// Run by `npm run build` after `astro build` has exited, so the indexer never shares memory with Astro,
// and one shard at a time with Pagefind's backend restarted in between, so memory is bounded by the
// largest shard, not by the archive (one index of 30,000 pages needs ~8 GB; of 100,000, over 24 GB).
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { distFileOf } from '../lib/dist-files.ts';
import { articleUrl } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/site.config.ts';
import {
  planSearchShards,
  shardOfMonth,
  SEARCH_INDEX_DIR,
  SHARD_MANIFEST_FILE,
  type SearchShard,
  type ShardManifest,
} from '../../src/search/shards.ts';

/** Files Pagefind writes for its own UIs; the search page uses only its JS API. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function check(errors: string[], step: string) {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

const DATE_SORT = /data-pagefind-sort="date:(\d{4}-\d{2})-\d{2}T[^"]*"/;
const HEAD_BYTES = 32 * 1024;

/** The "YYYY-MM" an article page was published in, from its Pagefind sort key (read from the top of the file). */
function publishedMonthOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const month = DATE_SORT.exec(buffer.toString('utf8', 0, read))?.[1];
    if (!month)
      throw new Error(
        `${file}: no data-pagefind-sort="date:…" in its first ${HEAD_BYTES / 1024} KB; article pages must carry their date for the search index`,
      );
    return month;
  } finally {
    closeSync(fd);
  }
}

export interface IndexProgress {
  shard: SearchShard;
  done: number;
  of: number;
  seconds: number;
}

export interface SearchIndexResult {
  pages: number;
  seconds: number;
  shards: SearchShard[];
}

export async function buildSearchIndex(
  site: string,
  options: { maxShardPages?: number; onShard?: (progress: IndexProgress) => void } = {},
): Promise<SearchIndexResult> {
  const started = performance.now();
  const articlesDir = articleUrl('').replace(/^\/|\/+$/g, '');
  const output = join(site, SEARCH_INDEX_DIR);
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });

  // 1. Each article page and its month, from the built files (what is indexed is what was built).
  // A site with no published article yet has no article folder: an empty manifest, not a crash.
  const slugs = existsSync(join(site, articlesDir))
    ? readdirSync(join(site, articlesDir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  const pageOf = new Map<string, string>();
  const monthOf = new Map<string, string>();
  const perMonth = new Map<string, number>();
  for (const slug of slugs) {
    const page = distFileOf(site, articleUrl(slug));
    if (!page) continue; // not an article page (another generator's /bai-viet/page/2/, say)
    const month = publishedMonthOf(page);
    pageOf.set(slug, page);
    monthOf.set(slug, month);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const shards = planSearchShards(perMonth, options.maxShardPages ?? siteConfig.searchShardMaxPages);
  const slugsOf = new Map<SearchShard, string[]>(shards.map((shard) => [shard, []]));
  for (const [slug, month] of monthOf) slugsOf.get(shardOfMonth(shards, month)!)!.push(slug);

  // 2. One index per shard, from a staging folder of hard links (no copies) holding that shard's pages.
  const staging = join(site, '.search-staging');
  let pages = 0;
  try {
    for (const [i, shard] of shards.entries()) {
      const shardStarted = performance.now();
      const root = join(staging, shard.id);
      for (const slug of slugsOf.get(shard)!) {
        const dir = join(root, articlesDir, slug);
        mkdirSync(dir, { recursive: true });
        try {
          linkSync(pageOf.get(slug)!, join(dir, 'index.html'));
        } catch {
          copyFileSync(pageOf.get(slug)!, join(dir, 'index.html'));
        }
      }
      const { index, errors } = await pagefind.createIndex({});
      check(errors, `createIndex (shard ${shard.id})`);
      try {
        const added = await index!.addDirectory({ path: root, glob: `${articlesDir}/**/*.html` });
        check(added.errors, `indexing shard ${shard.id}`);
        if (added.page_count !== shard.pages)
          throw new Error(`shard ${shard.id}: Pagefind indexed ${added.page_count} pages, expected ${shard.pages}`);
        const written = await index!.writeFiles({ outputPath: join(output, shard.id) });
        check(written.errors, `writing shard ${shard.id}`);
        pages += added.page_count;
      } finally {
        await pagefind.close(); // ends the backend process: its memory goes with it
      }
      rmSync(root, { recursive: true, force: true });
      for (const file of readdirSync(join(output, shard.id))) if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(output, shard.id, file));
      options.onShard?.({ shard, done: i + 1, of: shards.length, seconds: (performance.now() - shardStarted) / 1000 });
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  const manifest: ShardManifest = { version: 1, shards };
  writeFileSync(join(output, SHARD_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return { pages, seconds: (performance.now() - started) / 1000, shards };
}

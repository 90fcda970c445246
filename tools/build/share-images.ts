// The share images of a built site: for each article page whose og:image is its own share image (an
// article without a cover photo), the card its head describes (og:title, article:section) is drawn once
// into the cache (./share-card.ts, in worker threads) and linked beside the page as anh-chia-se.png;
// an image whose page is gone, or now has a cover, is removed, and so is a card no page shows any more
// from the cache (a CI keeps that folder between builds: it must not grow with every edited title).
//
// Run by `npm run build` after Astro (like the search index), not as an Astro route: a route is a path
// in Astro's incremental bookkeeping and a file it writes on every clean build, ~5 ms each; here an
// unchanged page is not even read again (its size and time are remembered, as the indexer does), and
// an image already drawn is a hard link from the cache.
import { availableParallelism } from 'node:os';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSettings } from '../../src/build-settings.ts';
import { detached } from '../../src/lib/detached.ts';
import { SHARE_IMAGE_FILE } from '../../src/lib/share-image.ts';
import { articleUrl, shareImageUrl } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/site.config.ts';
import { shareImageFile, type ShareCard } from './share-card.ts';
import { isUnchangedFile } from '../lib/unchanged-file.ts';

/** What the page's head says its share image shows, when the image is its own (not a cover): title and category. */
export function shareCardOfPage(html: string): Pick<ShareCard, 'title' | 'category'> | undefined {
  const meta = (property: string) => {
    const tag = new RegExp(`<meta\\b[^>]*\\bproperty="${property}"[^>]*>`).exec(html)?.[0];
    const content = tag && /\bcontent="([^"]*)"/.exec(tag)?.[1];
    return content === undefined ? undefined : decodeAttribute(content);
  };
  if (!meta('og:image')?.endsWith(`/${SHARE_IMAGE_FILE}`)) return undefined;
  const title = meta('og:title');
  const category = meta('article:section');
  if (title === undefined || category === undefined)
    throw new Error('an article page with its own share image has no og:title or article:section');
  // Copies: cut out of the page, they would keep the whole page alive with the card (every article's
  // card is kept, so every page was: at 100,000 articles, out of memory).
  return detached({ title, category });
}

/** An attribute value as Astro escapes it (&amp; &lt; &gt; &quot; &#39;, and numeric references). */
function decodeAttribute(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return named[name] ?? entity;
  });
}

/**
 * What the last run saw of each article page: its size and time (unchanged pages are not read again),
 * its card, and the cache file its image was placed from (the published site and the standby hold
 * copies of it, not links: so a placed image is known by this record, not by its inode).
 */
interface PageRecord {
  size: number;
  mtimeMs: number;
  card: Pick<ShareCard, 'title' | 'category'> | null;
  image?: string;
}
interface ShareImagesState {
  version: 1;
  /** What named the cache files (the name of an empty card's file): while it holds, a page's image file is the one recorded. */
  files?: string;
  pages: Record<string, PageRecord>;
}

function readState(file: string | undefined): ShareImagesState {
  const empty: ShareImagesState = { version: 1, pages: {} };
  if (!file || !existsSync(file)) return empty;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as ShareImagesState;
    return state.version === 1 ? state : empty;
  } catch {
    return empty; // a damaged state only costs reading every page again
  }
}

export interface ShareImagesOptions {
  previousState?: string;
  nextState?: string;
  /** Pages last modified before this time (the file clock's ms) are those the previous state describes (see search-indexer.ts). */
  unchangedBefore?: number;
  /**
   * Pages (paths from the site's root) this build did not write, known without a look (Astro skipped
   * them): with their record in the previous state, they and their images are as the last run left them.
   */
  unchangedPages?: ReadonlySet<string>;
  parallel?: number;
  /** Where drawn images are kept (the build's share-image cache by default). */
  cacheDir?: string;
}

export interface ShareImagesResult {
  /** Cards drawn in this run (the others came from the cache). */
  drawn: number;
  /** Images linked or removed in the site, relative to it. */
  written: string[];
  removed: string[];
  /** Cards removed from the cache: no page of the site shows them any more. */
  uncached: number;
  seconds: number;
}

/** Draws the cards in worker threads (./share-image-worker.ts), a share of them each. */
async function drawInWorkers(cards: ShareCard[], cacheDir: string, parallel: number): Promise<void> {
  const count = Math.max(1, Math.min(parallel, Math.ceil(cards.length / 20)));
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./share-image-worker.ts', import.meta.url), {
            workerData: { cards: cards.filter((_, j) => j % count === i), cacheDir },
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`drawing share images stopped (exit ${code})`))));
        }),
    ),
  );
}

/** Makes `target` the cache's file (a hard link; a copy across file systems), unless it is already. */
function linkImage(source: string, target: string): boolean {
  if (existsSync(target)) {
    const [a, b] = [statSync(source), statSync(target)];
    if (a.ino === b.ino && a.dev === b.dev) return false;
    rmSync(target);
  }
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
  return true;
}

export async function updateShareImages(site: string, options: ShareImagesOptions = {}): Promise<ShareImagesResult> {
  const started = performance.now();
  const previous = readState(options.previousState);
  const cacheDir = options.cacheDir ?? buildSettings.shareImageCacheDir;
  const articlesDir = join(site, articleUrl(''));
  const slugs = existsSync(articlesDir)
    ? readdirSync(articlesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const host = new URL(buildSettings.siteUrl).host;
  const unchangedBefore = options.unchangedBefore ?? Infinity;
  const pages: Record<string, PageRecord> = {};
  /** The cache file of each image to link beside its page, by article. */
  const toPlace = new Map<string, string>();
  const removed: string[] = [];
  const toDraw = new Map<string, ShareCard>();
  // What names the cache files besides each card's words (the drawing code, the folder, the site's name
  // and host): the file name of an empty card says it.
  const files = shareImageFile({ siteName: siteConfig.name, host, title: '', category: '' }, cacheDir);
  const sameFiles = previous.files === files;
  /** Pages taken from the previous state as they were: when that is all of them, so is the state. */
  let kept = 0;
  // A page the build did not write is not looked at (this runs for every article on every build); one
  // it may have written is stat'ed, and read only if it changed. Its image was placed from the same file.
  for (const slug of slugs) {
    const known = previous.pages[slug];
    if (known && sameFiles && options.unchangedPages?.has(`${articleUrl(slug).slice(1)}index.html`)) {
      pages[slug] = known;
      kept++;
      continue;
    }
    const image = join(articlesDir, slug, SHARE_IMAGE_FILE);
    const page = join(articlesDir, slug, 'index.html');
    const pageStat = statSync(page, { throwIfNoEntry: false });
    if (!pageStat) {
      // The article is gone (its page was pruned): its image goes too, and its folder if now empty.
      if (existsSync(image)) {
        rmSync(image);
        removed.push(shareImageUrl(slug).slice(1));
        if (!readdirSync(dirname(image)).length) rmdirSync(dirname(image));
      }
      continue;
    }
    const { size, mtimeMs } = pageStat;
    const unchanged = isUnchangedFile(pageStat, known, options.unchangedBefore);
    const card = unchanged ? known!.card : (shareCardOfPage(readFileSync(page, 'utf8')) ?? null);
    pages[slug] = { size, mtimeMs, card };
    if (card) {
      const drawn = { siteName: siteConfig.name, host, ...card };
      const source = shareImageFile(drawn, cacheDir);
      pages[slug].image = source;
      // Placed by an earlier build from the same cache file, and not touched since: as it should be.
      const placed = known?.image === source && (statSync(image, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < unchangedBefore;
      if (!placed) {
        toPlace.set(slug, source);
        if (!existsSync(source)) toDraw.set(source, drawn);
      }
    } else if (existsSync(image)) {
      rmSync(image); // the article has a cover now
      removed.push(shareImageUrl(slug).slice(1));
    }
  }

  // Draw what the cache does not have (each card once), then link the images not in place yet.
  if (toDraw.size) await drawInWorkers([...toDraw.values()], cacheDir, options.parallel ?? Math.min(availableParallelism(), 4));
  const written: string[] = [];
  for (const [slug, source] of toPlace)
    if (linkImage(source, join(articlesDir, slug, SHARE_IMAGE_FILE))) written.push(shareImageUrl(slug).slice(1));

  const unchanged = kept > 0 && kept === slugs.length && kept === Object.keys(previous.pages).length;
  // Cards no page shows any more (an edited title, a deleted article, a cover added, the drawing code
  // changed) leave the cache. A page's own copy is a hard link, or a copy: removing the cache's file
  // leaves the site as it is. The cache is listed only when some page's card may have changed (a typo
  // fixed in a body changes none: at 100,000 articles the listing is 100,000 names), or when there is
  // no earlier record to compare with.
  const previousSlugs = Object.keys(previous.pages);
  const cardsChanged =
    !unchanged &&
    (!previousSlugs.length ||
      previousSlugs.some((slug) => !Object.hasOwn(pages, slug)) ||
      Object.entries(pages).some(([slug, record]) => !Object.hasOwn(previous.pages, slug) || previous.pages[slug].image !== record.image));
  let uncached = 0;
  if (cardsChanged && existsSync(cacheDir)) {
    const shown = new Set(Object.values(pages).flatMap((record) => (record.image ? [basename(record.image)] : [])));
    for (const entry of readdirSync(cacheDir)) {
      if (shown.has(entry)) continue;
      rmSync(join(cacheDir, entry), { recursive: true, force: true });
      uncached++;
    }
  }

  if (options.nextState) {
    mkdirSync(dirname(options.nextState), { recursive: true });
    // The previous state, copied when nothing in it changed: writing it again is most of this step when
    // nothing changed (~0.5 s at 100,000 articles).
    if (unchanged && options.previousState) copyFileSync(options.previousState, `${options.nextState}.tmp`);
    else writeFileSync(`${options.nextState}.tmp`, JSON.stringify({ version: 1, files, pages } satisfies ShareImagesState));
    renameSync(`${options.nextState}.tmp`, options.nextState);
  }
  return { drawn: toDraw.size, written, removed, uncached, seconds: (performance.now() - started) / 1000 };
}

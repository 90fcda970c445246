// What a page's <head> carries besides its title: description, share image, article times and tags,
// JSON-LD, feeds. Data modules fill it; BaseLayout and SeoHead render it.
import { SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE } from '../search/shards.ts';

export interface ShareImage {
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface ArticleMeta {
  publishedAt: Date;
  updatedAt?: Date;
  section: string;
  tags: readonly string[];
}

export interface FeedLink {
  title: string;
  href: string;
}

export interface PageHead {
  title: string;
  description?: string;
  image?: ShareImage;
  article?: ArticleMeta;
  jsonLd?: unknown;
  /** Feeds besides the whole site's, e.g. the category's. */
  feeds?: readonly FeedLink[];
}

/**
 * The search page asks for the index's shard manifest before anything else (src/client/search-page.ts):
 * named in its <head>, the browser fetches it while the page loads instead of after the page's script
 * runs, a round trip sooner (on a phone's slow network, the longest wait of a search from a link).
 */
export const searchManifestPreload = {
  href: `/${SEARCH_INDEX_DIR}/${SHARD_MANIFEST_FILE}`,
  as: 'fetch',
  crossorigin: 'anonymous',
} as const;

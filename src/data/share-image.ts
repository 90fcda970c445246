// The share images' route pages (src/pages/bai-viet/[slug]/anh-chia-se.png.ts): one per published
// article without a cover photo, keyed by what its card shows. Drawing is ./share-card.ts's.
import { buildSettings } from '../build-settings.ts';
import { siteConfig } from '../site.config.ts';
import { cacheKey } from './cache-keys.ts';
import type { ShareCard } from './share-card.ts';
import { getSiteData, type Article } from './site-data.ts';

/** What an article's share image shows: its cache key too, so an image is rendered again only when this changes. */
const shareCardOf = (article: Article, host: string): ShareCard => ({
  siteName: siteConfig.name,
  category: article.categoryName,
  title: article.title,
  host,
});

/**
 * The route's pages: one image per article without a cover photo. Kept here rather than with the other
 * routes' paths (static-paths.ts): Astro renders a page again when any module its route imports
 * changes, and the images should not be rendered again because an article page's code changed.
 */
export async function shareImagePaths() {
  const { articles } = await getSiteData();
  const host = new URL(buildSettings.siteUrl).host;
  return articles.published
    .filter((article) => !article.cover)
    .map((article) => {
      const card = shareCardOf(article, host);
      return { params: { slug: article.id }, props: { card }, cacheKey: cacheKey('share-image', card) };
    });
}

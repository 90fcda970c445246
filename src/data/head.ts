// What a page's <head> carries besides its title: description, share image, article times and tags,
// JSON-LD, feeds. Data modules fill it; BaseLayout and SeoHead render it.

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

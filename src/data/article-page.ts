// What an article page renders, asked of the data layer in one call: the body and its reading time
// (wherever the loader keeps it), its lists (newer and older in its category, related by tags), its
// author's page, corrections, the comment form's settings, and the head (share image, article times,
// JSON-LD, the category's feed).
import { getImage } from 'astro:assets';
import { buildSettings } from '../build-settings.ts';
import { locale, ui } from '../i18n/vi.ts';
import type { ArticleIndex } from '../lib/articles.ts';
import { modifiedAt, newsArticleGraph } from '../lib/structured-data.ts';
import { articleUrl, authorUrl, categoryLatestUrl, categoryUrl, shareImageUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { renderArticleBody } from './article-body.ts';
import { categoryFeedLink } from './feeds.ts';
import type { PageHead, ShareImage } from './head.ts';
import { SHARE_IMAGE_SIZE } from '../lib/share-image.ts';
import { absoluteUrl, publisher } from './publisher.ts';
import { toHeadline, type Article } from './site-data.ts';

/**
 * The lists an article page shows besides the article: newer and older articles of its category, and
 * related ones (sharing tags) that are in neither. Computed once per article by the route's
 * getStaticPaths, so the page and its cache key hold the same lists.
 */
export function articleLists(articles: ArticleIndex<Article>, article: Article) {
  const { newer, older } = articles.neighbours(article.id, siteConfig.neighbourCount);
  const shown = new Set([...newer, ...older].map((a) => a.id));
  const related = articles.related(article.id, siteConfig.relatedCount, shown);
  return { newer, older, related };
}

export type ArticleLists = ReturnType<typeof articleLists>;

/** The cover, or else the image the build draws for the article (tools/build/share-images.ts). */
async function shareImageOf(article: Article, site: URL): Promise<ShareImage> {
  if (!article.cover) {
    return { url: absoluteUrl(site, shareImageUrl(article.id)), alt: article.title, ...SHARE_IMAGE_SIZE };
  }
  const cover = await getImage({ src: article.cover, width: 1200, format: 'jpeg' });
  return {
    url: absoluteUrl(site, cover.src),
    alt: article.coverAlt ?? '',
    width: Number(cover.attributes.width),
    height: Number(cover.attributes.height),
  };
}

export async function articlePage(article: Article, lists: ArticleLists, site: URL) {
  const { body, readingMinutes } = await renderArticleBody(article.entry);
  const pageUrl = absoluteUrl(site, articleUrl(article.id));
  const image = await shareImageOf(article, site);
  // A byline of authors.yaml links to the author's page; a one-off byline stays plain text.
  const author = article.authorName
    ? { name: article.authorName, href: article.author ? authorUrl(article.author) : undefined }
    : undefined;
  const jsonLd = newsArticleGraph(
    {
      url: pageUrl,
      headline: article.title,
      description: article.lead,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      corrections: article.corrections,
      authorName: author?.name,
      authorUrl: author?.href && absoluteUrl(site, author.href),
      section: article.categoryName,
      keywords: article.tags,
      imageUrl: image.url,
      inLanguage: locale.lang,
      breadcrumb: [
        { name: ui.home, url: absoluteUrl(site, '/') },
        { name: article.categoryName, url: absoluteUrl(site, categoryUrl(article.category)) },
        { name: article.title, url: pageUrl },
      ],
    },
    publisher(site),
  );
  const modified = modifiedAt(article);
  const head: PageHead = {
    title: article.title,
    description: article.lead,
    image,
    article: {
      publishedAt: article.publishedAt,
      updatedAt: modified.getTime() > article.publishedAt.getTime() ? modified : undefined,
      section: article.categoryName,
      tags: article.tags,
    },
    jsonLd,
    feeds: [categoryFeedLink({ id: article.category, name: article.categoryName })],
  };
  const comments = {
    articleId: article.id,
    endpoint: buildSettings.commentEndpoint,
    fallbackAction: siteConfig.commentsNotConnectedPath,
    limits: siteConfig.comments.limits,
    minimumFillMs: siteConfig.comments.minimumFillMs,
  };
  // The category's newest articles change with every article published in it: the page loads them
  // (a small JSON file rebuilt with the category) rather than holding them, so publishing does not
  // render every article of the category again.
  const latest = {
    src: categoryLatestUrl(article.category),
    categoryName: article.categoryName,
    categoryHref: categoryUrl(article.category),
  };
  return {
    article,
    body,
    readingMinutes,
    newer: lists.newer.map(toHeadline),
    older: lists.older.map(toHeadline),
    related: lists.related.map(toHeadline),
    author,
    head,
    comments,
    latest,
    shareUrl: pageUrl,
  };
}

export type ArticlePage = Awaited<ReturnType<typeof articlePage>>;

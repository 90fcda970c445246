// What an article page renders, asked of the data layer in one call: the body and its reading time
// (wherever the loader keeps it), the newer and older articles of its category, the comment form's
// settings, and the head (share image, article times, JSON-LD, the category's feed).
import { getImage } from 'astro:assets';
import { buildSettings } from '../build-settings.ts';
import { locale, ui } from '../i18n/vi.ts';
import { newsArticleGraph } from '../lib/structured-data.ts';
import { articleUrl, categoryUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { renderArticleBody } from './article-body.ts';
import { categoryFeedLink } from './feeds.ts';
import type { PageHead, ShareImage } from './head.ts';
import { absoluteUrl, publisher } from './publisher.ts';
import { getSiteData, toCard, type Article } from './site-data.ts';

async function shareImageOf(article: Article, site: URL): Promise<ShareImage | undefined> {
  if (!article.cover) return undefined;
  const cover = await getImage({ src: article.cover, width: 1200, format: 'jpeg' });
  return {
    url: absoluteUrl(site, cover.src),
    alt: article.coverAlt ?? '',
    width: Number(cover.attributes.width),
    height: Number(cover.attributes.height),
  };
}

export async function articlePage(article: Article, site: URL) {
  const { articles } = await getSiteData();
  const { newer, older } = articles.neighbours(article.id, siteConfig.neighbourCount);
  const { body, readingMinutes } = await renderArticleBody(article.entry);
  const pageUrl = absoluteUrl(site, articleUrl(article.id));
  const image = await shareImageOf(article, site);
  const jsonLd = newsArticleGraph(
    {
      url: pageUrl,
      headline: article.title,
      description: article.lead,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      authorName: article.authorName,
      section: article.categoryName,
      keywords: article.tags,
      imageUrl: image?.url ?? absoluteUrl(site, siteConfig.defaultShareImage.path),
      inLanguage: locale.lang,
      breadcrumb: [
        { name: ui.home, url: absoluteUrl(site, '/') },
        { name: article.categoryName, url: absoluteUrl(site, categoryUrl(article.category)) },
        { name: article.title, url: pageUrl },
      ],
    },
    publisher(site),
  );
  const head: PageHead = {
    title: article.title,
    description: article.lead,
    image,
    article: { publishedAt: article.publishedAt, updatedAt: article.updatedAt, section: article.categoryName, tags: article.tags },
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
  return { article, body, readingMinutes, newer: newer.map(toCard), older: older.map(toCard), head, comments };
}

export type ArticlePage = Awaited<ReturnType<typeof articlePage>>;

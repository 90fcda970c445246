// The pages of each dynamic route, each with its cache key (cache-keys.ts): the routes' getStaticPaths
// call these, so pages stay thin and a key sits beside the data its page renders.
import type { PaginateFunction } from 'astro';
import { siteConfig } from '../site.config.ts';
import { articleLists } from './article-page.ts';
import { articleFilesOf, articleKey, cacheKey, filesKey, listedKey, siteKey } from './cache-keys.ts';
import { feedItems } from './feeds.ts';
import { latestItems } from '../lib/latest-news.ts';
import { getSiteData, type Article } from './site-data.ts';

export async function articlePaths() {
  const { articles, categories } = await getSiteData();
  const site = siteKey(categories);
  return articles.published.map((article) => {
    const lists = articleLists(articles, article);
    return { params: { slug: article.id }, props: { article, lists }, cacheKey: articleKey(site, article, lists) };
  });
}

/** Files of one type (".mp4") published beside an article's page, as the route's params: folder and name. */
export async function articleFilePaths(extension: string) {
  const { articles } = await getSiteData();
  return articles.published.flatMap((article) =>
    articleFilesOf(article)
      .filter(({ path }) => path.endsWith(extension))
      .map(({ path, fsPath }) => {
        const slash = path.lastIndexOf('/');
        return {
          params: {
            slug: article.id,
            folder: slash < 0 ? undefined : path.slice(0, slash),
            name: path.slice(slash + 1, -extension.length),
          },
          props: { fsPath },
          cacheKey: cacheKey(path, filesKey([fsPath])),
        };
      }),
  );
}

/** A listing page's key: what it lists, where it is in the listing, and its heading. */
function withListingKeys<T extends { props: { page: { currentPage: number; lastPage: number; data: Article[] } } }>(
  pages: T[],
  site: string,
  heading: unknown,
): (T & { cacheKey: string })[] {
  return pages.map((path) => {
    const { currentPage, lastPage, data } = path.props.page;
    return { ...path, cacheKey: cacheKey(site, heading, currentPage, lastPage, listedKey(data)) };
  });
}

export async function categoryPagePaths(paginate: PaginateFunction) {
  const { categories, articles } = await getSiteData();
  const site = siteKey(categories);
  return categories.flatMap((category) =>
    withListingKeys(
      paginate(articles.inCategory(category.id), { params: { category: category.id }, props: { category }, pageSize: siteConfig.pageSize }),
      site,
      ['category', category],
    ),
  );
}

export async function tagPagePaths(paginate: PaginateFunction) {
  const { categories, articles } = await getSiteData();
  const site = siteKey(categories);
  return articles
    .tags()
    .flatMap((tag) =>
      withListingKeys(
        paginate(articles.withTag(tag.slug), { params: { tag: tag.slug }, props: { tagName: tag.name }, pageSize: siteConfig.pageSize }),
        site,
        ['tag', tag.slug, tag.name],
      ),
    );
}

export async function authorPagePaths(paginate: PaginateFunction) {
  const { authors, articles, categories } = await getSiteData();
  const site = siteKey(categories);
  return authors.flatMap((author) => {
    const photo = author.photo as { fsPath?: string } | undefined;
    return withListingKeys(
      paginate(articles.byAuthor(author.id), { params: { author: author.id }, props: { author }, pageSize: siteConfig.pageSize }),
      site,
      ['author', author, filesKey(photo?.fsPath ? [photo.fsPath] : [])],
    );
  });
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export async function monthPagePaths(paginate: PaginateFunction) {
  const { articles, categories } = await getSiteData();
  const site = siteKey(categories);
  return articles.months().flatMap(({ year, month }) =>
    withListingKeys(
      paginate(articles.inMonth(year, month), {
        params: { year: String(year), month: pad2(month) },
        props: { year, month },
        pageSize: siteConfig.pageSize,
      }),
      site,
      ['month', year, month],
    ),
  );
}

/** Each category's newest articles as JSON (the article pages' "Tin mới" column loads it). */
export async function categoryLatestPaths() {
  const { categories, articles } = await getSiteData();
  return categories.map((category) => {
    const items = latestItems(articles.inCategory(category.id), siteConfig.latestInCategory.listed);
    return { params: { category: category.id }, props: { items }, cacheKey: cacheKey('latest', items) };
  });
}

export async function categoryFeedPaths() {
  const { categories, articles } = await getSiteData();
  const site = siteKey(categories);
  return categories.map((category) => ({
    params: { category: category.id },
    props: { category },
    cacheKey: cacheKey(site, 'feed', category, feedItems(articles.inCategory(category.id))),
  }));
}

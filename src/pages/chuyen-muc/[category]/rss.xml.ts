// One RSS feed per category: /chuyen-muc/<id>/rss.xml
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, type Category } from '../../../data/site-data.ts';
import { articleFeed } from '../../../data/feeds.ts';
import { categoryFeedPaths } from '../../../data/static-paths.ts';
import { siteConfig } from '../../../site.config.ts';
import { ui } from '../../../i18n/vi.ts';
import { fill } from '../../../i18n/template.ts';

export const getStaticPaths = (() => categoryFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: Category }> = async ({ props, site }) => {
  const { articles } = await getSiteData();
  const { category } = props;
  return articleFeed({
    title: fill(ui.categoryFeedTitle, { site: siteConfig.name, category: category.name }),
    description: category.description ?? siteConfig.description,
    site: site!,
    articles: articles.inCategory(category.id),
  });
};

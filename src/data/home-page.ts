// What the home page renders: the latest articles, a block per category with its newest ones, and the
// WebSite JSON-LD with the search action.
import { locale } from '../i18n/vi.ts';
import { websiteGraph } from '../lib/structured-data.ts';
import { searchUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { absoluteUrl, publisher } from './publisher.ts';
import { getSiteData, toCard } from './site-data.ts';

export async function homePage(site: URL) {
  const { articles, categories } = await getSiteData();
  return {
    latest: articles.latest(siteConfig.homeLatestCount).map(toCard),
    blocks: categories.map((category) => ({
      category,
      articles: articles.inCategory(category.id).slice(0, siteConfig.homeCategoryCount).map(toCard),
    })),
    jsonLd: websiteGraph(publisher(site), `${absoluteUrl(site, searchUrl())}?q={search_term_string}`, locale.lang),
  };
}

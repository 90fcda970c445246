// What the home page renders, as a paper's front page reads: the lead story (the newest article, with
// its lead and cover), the next stories with their leads, the latest headlines after them, then one
// block per category with its newest articles not already above (a category with none is left out: no
// empty boxes), and the WebSite JSON-LD with the search action.
import { getImage } from 'astro:assets';
import { locale } from '../i18n/vi.ts';
import { websiteGraph } from '../lib/structured-data.ts';
import { searchUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { absoluteUrl, publisher } from './publisher.ts';
import { getSiteData, toCard, toHeadline, type Article } from './site-data.ts';

/** Thumbnail widths on the home page: the lead story's photo, and the smaller ones beside headlines. */
const LEAD_PHOTO = { widths: [400, 800, 1200], sizes: '(min-width: 64rem) 40rem, 100vw' } as const;
const THUMBNAIL = { widths: [160, 320], sizes: '8rem' } as const;

async function cardWithPhoto(article: Article, photo: typeof LEAD_PHOTO | typeof THUMBNAIL) {
  const card = toCard(article);
  if (!article.cover) return card;
  const image = await getImage({ src: article.cover, widths: [...photo.widths], sizes: photo.sizes, format: 'webp' });
  return {
    ...card,
    photo: {
      src: image.src,
      srcset: image.srcSet.attribute,
      sizes: photo.sizes,
      width: Number(image.attributes.width),
      height: Number(image.attributes.height),
      alt: article.coverAlt ?? '',
    },
  };
}

export async function homePage(site: URL) {
  const { articles, categories } = await getSiteData();
  const top = articles.latest(siteConfig.homeLatestCount);
  const [leadArticle, ...next] = top;
  const onPage = new Set(top.map((a) => a.id));
  const blocks = categories
    .map((category) => ({
      category,
      list: articles
        .inCategory(category.id)
        .filter((a) => !onPage.has(a.id))
        .slice(0, siteConfig.homeCategoryCount),
    }))
    .filter(({ list }) => list.length > 0);
  return {
    lead: leadArticle && (await cardWithPhoto(leadArticle, LEAD_PHOTO)),
    stories: await Promise.all(next.slice(0, siteConfig.homeStoryCount).map((a) => cardWithPhoto(a, THUMBNAIL))),
    headlines: next.slice(siteConfig.homeStoryCount).map(toHeadline),
    blocks: await Promise.all(
      blocks.map(async ({ category, list }) => ({
        category,
        top: await cardWithPhoto(list[0], THUMBNAIL),
        rest: list.slice(1).map(toHeadline),
      })),
    ),
    jsonLd: websiteGraph(publisher(site), `${absoluteUrl(site, searchUrl())}?q={search_term_string}`, locale.lang),
  };
}

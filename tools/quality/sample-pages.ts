// One page of each kind of the real site, measured by the page budget and Lighthouse.
import { articleUrl, categoryUrl, searchUrl } from '../../src/lib/urls.ts';

/** The first real article (the Ba Đình report), the one page every site build has. */
const SAMPLE_ARTICLE_ID = 'quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021';

export const SAMPLE_PAGES = {
  home: '/',
  article: articleUrl(SAMPLE_ARTICLE_ID),
  category: categoryUrl('quan-huyen'),
  search: searchUrl('ba dinh'),
  'not-found': '/404.html',
} as const;

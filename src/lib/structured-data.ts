// schema.org JSON-LD for news pages, in the shape the BBC's renderer uses: one @graph holding the
// NewsArticle and its BreadcrumbList; WebSite with a SearchAction on the home page. Pure.
import { toVietnamIso } from './dates.ts';

export interface Publisher {
  name: string;
  url: string;
  logoUrl: string;
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  publishedAt: Date;
  updatedAt?: Date;
  authorName?: string;
  section: string;
  keywords: readonly string[];
  imageUrl: string;
  inLanguage: string;
  breadcrumb: readonly { name: string; url: string }[];
}

const organization = (publisher: Publisher) => ({
  '@type': 'NewsMediaOrganization',
  '@id': `${publisher.url}#publisher`,
  name: publisher.name,
  url: publisher.url,
  logo: { '@type': 'ImageObject', url: publisher.logoUrl },
});

export function newsArticleGraph(input: NewsArticleInput, publisher: Publisher) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${input.url}#article`,
        url: input.url,
        mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
        headline: input.headline,
        description: input.description,
        datePublished: toVietnamIso(input.publishedAt),
        dateModified: toVietnamIso(input.updatedAt ?? input.publishedAt),
        author: input.authorName ? { '@type': 'Person', name: input.authorName } : organization(publisher),
        publisher: organization(publisher),
        image: [input.imageUrl],
        articleSection: input.section,
        keywords: input.keywords.join(', '),
        inLanguage: input.inLanguage,
        isAccessibleForFree: true,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: input.breadcrumb.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
      },
    ],
  };
}

export function websiteGraph(publisher: Publisher, searchUrlTemplate: string, inLanguage: string) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${publisher.url}#website`,
        url: publisher.url,
        name: publisher.name,
        inLanguage,
        publisher: { '@id': `${publisher.url}#publisher` },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: searchUrlTemplate },
          'query-input': 'required name=search_term_string',
        },
      },
      organization(publisher),
    ],
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

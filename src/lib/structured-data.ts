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
  /** The author's page, for an author of authors.yaml (a one-off byline has none). */
  authorUrl?: string;
  /** Corrections the article carries, oldest first. */
  corrections?: readonly { at: Date; text: string }[];
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

/** When an article last changed: its update time or its latest correction, whichever is later. */
export function modifiedAt(input: Pick<NewsArticleInput, 'publishedAt' | 'updatedAt' | 'corrections'>): Date {
  const times = [input.publishedAt, input.updatedAt, ...(input.corrections ?? []).map((c) => c.at)].filter((t): t is Date => !!t);
  return new Date(Math.max(...times.map((t) => t.getTime())));
}

export function newsArticleGraph(input: NewsArticleInput, publisher: Publisher) {
  const corrections = input.corrections ?? [];
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
        dateModified: toVietnamIso(modifiedAt(input)),
        author: input.authorName
          ? { '@type': 'Person', name: input.authorName, ...(input.authorUrl ? { url: input.authorUrl } : {}) }
          : organization(publisher),
        ...(corrections.length
          ? {
              correction: corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: toVietnamIso(c.at) })),
            }
          : {}),
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

/** An author's page: a ProfilePage whose main entity is the Person articles name as their author (same url). */
export function profilePageGraph(input: { url: string; name: string; description?: string; imageUrl?: string; inLanguage: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': `${input.url}#page`,
    url: input.url,
    inLanguage: input.inLanguage,
    mainEntity: {
      '@type': 'Person',
      name: input.name,
      url: input.url,
      ...(input.description ? { description: input.description } : {}),
      ...(input.imageUrl ? { image: input.imageUrl } : {}),
    },
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

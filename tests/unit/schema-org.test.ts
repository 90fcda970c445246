// The JSON-LD checker used by the SEO tests must itself catch mistakes.
import { describe, expect, it } from 'vitest';
import { newsArticleGraph, websiteGraph, jsonLdText } from '../../src/lib/structured-data.ts';
import { validateJsonLd } from '../support/schema-org.ts';

const publisher = { name: 'Tin Hà Nội', url: 'https://a.example/', logoUrl: 'https://a.example/logo.png' };
const input = {
  url: 'https://a.example/bai-viet/x/',
  headline: 'Tiêu đề',
  description: 'Mô tả',
  publishedAt: new Date('2021-01-20T13:57:00+07:00'),
  section: 'Kinh tế',
  keywords: ['a'],
  imageUrl: 'https://a.example/og.png',
  inLanguage: 'vi',
  breadcrumb: [{ name: 'Trang chủ', url: 'https://a.example/' }],
};

describe('schema.org checker', () => {
  it('accepts what the site emits', () => {
    expect(validateJsonLd(newsArticleGraph(input, publisher))).toEqual([]);
    expect(validateJsonLd(websiteGraph(publisher, 'https://a.example/tim-kiem/?q={search_term_string}', 'vi'))).toEqual([]);
  });
  it('catches a missing field, a misspelt property, a date without offset and a bad search template', () => {
    const graph = newsArticleGraph(input, publisher);
    const article = graph['@graph'][0] as Record<string, unknown>;
    delete article.headline;
    article.datePublished = '2021-01-20T13:57:00';
    article.athor = 'x';
    expect(validateJsonLd(graph)).toEqual([
      expect.stringMatching(/missing required "headline"/),
      expect.stringMatching(/datePublished: expected datetime/),
      expect.stringMatching(/"athor" is not a property of NewsArticle/),
    ]);
    expect(validateJsonLd(websiteGraph(publisher, 'https://a.example/tim-kiem/?q=', 'vi'))).toEqual([
      expect.stringMatching(/urlTemplate must contain/),
    ]);
  });
  it('escapes "<" so article text can never close the script element', () => {
    expect(jsonLdText({ headline: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

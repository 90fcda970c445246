import { describe, expect, it } from 'vitest';
import { generateCorpus, syntheticArticle } from '../../benchmark/lib/synthetic-corpus.ts';
import { countWords } from '../../src/lib/vietnamese.ts';

const options = { count: 50, seed: 7, categories: ['thoi-su', 'kinh-te'] };

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(syntheticArticle(3, options)).toEqual(syntheticArticle(3, options));
    expect(syntheticArticle(3, options).content).not.toBe(syntheticArticle(3, { ...options, seed: 8 }).content);
  });
  it('labels every article as synthetic in its title, lead and source', () => {
    for (const file of generateCorpus(options)) {
      expect(file.content).toMatch(/^title: "\[Giả lập\]/m);
      expect(file.content).toMatch(/^lead: "Bài viết giả lập số \d+.*không phải tin thật/m);
      expect(file.content).toMatch(/^source: "GIẢ LẬP"$/m);
    }
  });
  it('writes realistic articles: about 800 words, headings, a list, links, a figure, Vietnam-time dates', () => {
    const { path, content } = syntheticArticle(1, { ...options, mdxShare: 1 });
    expect(path).toMatch(/^articles\/\d{4}\/bai-gia-lap-000001\.mdx$/);
    const body = content.split('\n---\n')[1];
    expect(countWords(body)).toBeGreaterThan(600);
    expect(countWords(body)).toBeLessThan(1100);
    expect(body).toMatch(/^## /m);
    expect(body).toMatch(/^- /m);
    expect(body).toMatch(/\]\(\/bai-viet\/bai-gia-lap-\d{6}\/\)/);
    expect(body).toContain('<Figure src="/og-default.png"');
    expect(body).toContain('<PullQuote');
    expect(content).toMatch(/^publishedAt: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00"$/m);
  });
  it('writes plain articles as Markdown (.md) with a captioned image, components only in .mdx', () => {
    const files = [...generateCorpus({ ...options, count: 200, mdxShare: 0.1 })];
    const mdx = files.filter((f) => f.path.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(5);
    expect(mdx.length).toBeLessThan(40);
    for (const f of files.filter((f) => f.path.endsWith('.md'))) {
      expect(f.content).toMatch(/!\[Ảnh giả lập\]\(\/og-default\.png "Ảnh minh họa giả lập: /);
      expect(f.content).not.toMatch(/<[A-Z]/);
    }
  });
  it('spreads articles over the categories given', () => {
    const categories = new Set([...generateCorpus(options)].map((f) => /^category: "(.+)"$/m.exec(f.content)![1]));
    expect([...categories].sort()).toEqual(['kinh-te', 'thoi-su']);
  });
});

import { describe, expect, it } from 'vitest';

describe('remark-reading-time', async () => {
  const { default: remarkReadingTime } = await import('../../src/markdown/remark-reading-time.ts');
  const { articleParser } = await import('../../tools/editors/article-parser.ts');
  const { VFile } = await import('vfile');
  it('puts the reading time of the text (not its markup) into the frontmatter Astro hands to pages', async () => {
    const file = new VFile({
      path: 'a.md',
      value: `---\ntitle: x\n---\n\n${'chữ '.repeat(660)}\n\n[liên kết](https://example.com/rat/dai/khong/dem)`,
    });
    const processor = articleParser('a.md').use(remarkReadingTime);
    await processor.run(processor.parse(file), file);
    expect((file.data as { astro: { frontmatter: { readingMinutes: number } } }).astro.frontmatter.readingMinutes).toBe(3);
  });
});

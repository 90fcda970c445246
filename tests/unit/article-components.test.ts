// The components editors use in MDX (src/markdown/article-components.ts), rendered as the loader renders
// an MDX article: Astro's Markdown processor with the MDX syntax, the article rule and the components.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import { createMdxArticleRenderer } from '../../src/loaders/article-renderers.ts';
import type { BodyFrontmatter } from '../../src/markdown/body-frontmatter.ts';
import { parseHtml, text } from '../support/html.ts';

const renderer = createMdxArticleRenderer(unified({ smartypants: false }).options, { syntaxHighlight: false });

async function render(mdx: string) {
  const result = await (await renderer).render(mdx, { fileURL: pathToFileURL('/bai/2021/bai-gia-lap.mdx') });
  return {
    doc: parseHtml(result.code),
    html: result.code,
    metadata: result.metadata,
    frontmatter: result.metadata.frontmatter as BodyFrontmatter,
  };
}

describe('Figure', () => {
  it('keeps the caption of a photo the archive lost, with a visible placeholder and no <img>', async () => {
    const { doc } = await render('<Figure caption="Các tập thể được khen thưởng (giả lập)" />');
    const figure = doc.querySelector('figure')!;
    expect(figure.hasAttribute('data-missing-photo')).toBe(true);
    expect(figure.querySelector('img')).toBeNull();
    expect(text(figure.querySelector('.figure__missing-label'))).toBe('Ảnh chưa có');
    expect(figure.querySelector('.figure__missing')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(text(figure.querySelector('figcaption'))).toBe('Các tập thể được khen thưởng (giả lập)');
  });
  it('a photo of the site: alt text, its size, lazy loading and the credit in the caption', async () => {
    const { doc } = await render(
      '<Figure src="/anh/thu.jpg" alt="Hội nghị" caption="Toàn cảnh" credit="Ảnh: Giả lập" width={800} height={533} />',
    );
    const img = doc.querySelector('figure img')!;
    expect([img.getAttribute('src'), img.getAttribute('alt'), img.getAttribute('width'), img.getAttribute('height')]).toEqual([
      '/anh/thu.jpg',
      'Hội nghị',
      '800',
      '533',
    ]);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(doc.querySelector('figure')!.hasAttribute('data-missing-photo')).toBe(false);
    expect(text(doc.querySelector('figcaption'))).toBe('Toàn cảnh (Ảnh: Giả lập)');
  });
  it('a photo imported from beside the article is left to Astro to optimise, in the widths body photos have', async () => {
    const { doc, metadata } = await render('import anh from \'./anh/x.jpg\';\n\n<Figure src={anh} alt="Ảnh giả lập" eager />');
    expect(metadata.localImagePaths).toEqual(['./anh/x.jpg']);
    const options = JSON.parse(doc.querySelector('figure img')!.getAttribute('__astro_image_')!);
    expect(options).toMatchObject({
      src: './anh/x.jpg',
      alt: 'Ảnh giả lập',
      widths: [400, 800, 1200],
      loading: 'eager',
      fetchpriority: 'high',
    });
    expect(options.sizes).toMatch(/100vw$/);
  });
});

describe('PullQuote and Callout', () => {
  it('a pull quote from its prop, or from its content', async () => {
    const { doc } = await render(
      '<PullQuote quote="Câu giả lập." cite="Nhân vật giả lập" />\n\n<PullQuote>\nĐoạn **trích** giả lập.\n</PullQuote>',
    );
    const [first, second] = doc.querySelectorAll('figure.pull-quote');
    expect(text(first.querySelector('blockquote'))).toBe('Câu giả lập.');
    expect(text(first.querySelector('figcaption'))).toBe('— Nhân vật giả lập');
    expect(second.querySelector('blockquote strong')?.textContent).toBe('trích');
    expect(second.querySelector('figcaption')).toBeNull();
  });
  it('a callout with its title as its name, its tone, and Markdown inside; on one line it is not put in a paragraph', async () => {
    const { doc } = await render(
      '<Callout title="Lưu ý" tone="warning">\nNội dung **đậm** giả lập.\n</Callout>\n\n<Callout>Một dòng.</Callout>',
    );
    const [first, second] = doc.querySelectorAll('aside.callout');
    expect(first.className).toBe('callout callout--warning');
    expect(first.getAttribute('aria-label')).toBe('Lưu ý');
    expect(first.querySelector('.callout__body strong')?.textContent).toBe('đậm');
    expect(second.className).toBe('callout callout--info');
    expect(second.parentElement!.tagName).not.toBe('P');
  });
  it('components nest: a photo inside a callout', async () => {
    const { doc } = await render('<Callout title="x">\n<Figure caption="Ảnh trong hộp" />\n</Callout>');
    expect(text(doc.querySelector('aside .callout__body figure figcaption'))).toBe('Ảnh trong hộp');
  });
});

describe('VideoEmbed', () => {
  it('loads nothing until clicked: a link to the file, no <video> or <iframe>; a video beside the article is published beside its page', async () => {
    const { doc, frontmatter } = await render(
      'import video from \'./video/hoi-nghi.mp4\';\n\n<VideoEmbed src={video} title="Video giả lập" caption="Video: Giả lập" />',
    );
    const play = doc.querySelector('a.video__play')!;
    expect(play.getAttribute('href')).toBe('./video/hoi-nghi.mp4');
    expect(play.getAttribute('data-video-src')).toBe('./video/hoi-nghi.mp4');
    expect(text(play)).toBe('▶ Xem video: Video giả lập');
    expect(doc.querySelector('video, iframe')).toBeNull();
    expect(frontmatter).toMatchObject({ articleFiles: ['video/hoi-nghi.mp4'], hasVideo: true });
  });
  it('a video of the site is linked as it is, and publishes no file', async () => {
    const { doc, frontmatter } = await render('<VideoEmbed src="/video/x.mp4" title="Video giả lập" />');
    expect(doc.querySelector('a.video__play')!.getAttribute('href')).toBe('/video/x.mp4');
    expect(frontmatter.articleFiles).toBeUndefined();
    expect(frontmatter.hasVideo).toBe(true);
  });
});

describe('the rest of an MDX article', () => {
  it('text HTML is kept, comments and imports leave nothing', async () => {
    const { html, doc } = await render("import anh from './anh/x.jpg';\n\n{/* ghi chú */}\n\nDiện tích 9,2 km<sup>2</sup>.");
    expect(doc.querySelector('sup')?.textContent).toBe('2');
    expect(html).not.toMatch(/ghi chú|import/);
  });
  it('an article it refuses renders nothing, and says why', async () => {
    const { html, frontmatter } = await render('Đoạn.\n\n{process.env.HOME}');
    expect(html).toBe('');
    expect(frontmatter.bodyProblems).toMatchObject([{ line: 3, column: 1 }]);
  });
  it('a syntax error is a problem too, not an exception', async () => {
    const { html, frontmatter } = await render('<Callout title="x">\nChưa đóng');
    expect(html).toBe('');
    expect(frontmatter.bodyProblems).toMatchObject([{ line: 1, subject: 'Callout' }]);
  });
});

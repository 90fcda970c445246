// The render pool: bodies rendered in worker threads must be exactly what this thread renders (a cold
// build renders most articles in workers, an incremental one in this thread).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AstroConfig } from 'astro';
import siteConfig from '../../astro.config.mjs';
import {
  createBodyRenderer,
  renderPool,
  sharedOptionsOf,
  unifiedProcessorOf,
  type BodyToRender,
  type RenderedBody,
} from '../../src/loaders/article-renderers.ts';
import { BODY_FILE_KEY } from '../../src/loaders/body-files.ts';

const root = new URL('../../', import.meta.url);
// The parts of Astro's resolved configuration the renderers read (the workers read astro.config.mjs itself).
const config = {
  root,
  markdown: siteConfig.markdown,
  image: { domains: [], remotePatterns: [] },
} as unknown as AstroConfig;

const file = (name: string) => fileURLToPath(new URL(`content/articles/2021/${name}`, root));
const bodies: BodyToRender[] = [
  {
    extension: '.md',
    body: '## Một tiêu đề\n\nĐoạn có [liên kết](https://example.org/) và **chữ đậm**.\n\n![Ảnh](https://example.org/anh.jpg)\n',
    frontmatter: {},
    filePath: file('bai-md.md'),
  },
  {
    extension: '.mdx',
    body: '<Callout title="Lưu ý">Nội dung *trong* hộp.</Callout>\n\n<PullQuote>Một câu trích.</PullQuote>\n',
    frontmatter: {},
    filePath: file('bai-mdx.mdx'),
  },
];

describe('renderPool', () => {
  it('renders in worker threads exactly what this thread renders, Markdown and MDX', async () => {
    const inThread = await createBodyRenderer(unifiedProcessorOf(config), sharedOptionsOf(config));
    const expected = await Promise.all(bodies.map(inThread));
    let renderedHere = 0;
    const pool = renderPool(config, (body) => (renderedHere++, inThread(body)), 0);
    try {
      const got = await Promise.all([...bodies, ...bodies].map(pool.render));
      expect(renderedHere).toBe(0);
      expect(got).toEqual([...expected, ...expected]);
      expect(expected[1].html).toContain('Nội dung <em>trong</em> hộp.');
    } finally {
      await pool.close();
    }
  });

  it("a broken article's problems come back from a worker as this thread gives them, with line and column", async () => {
    const inThread = await createBodyRenderer(unifiedProcessorOf(config), sharedOptionsOf(config));
    const broken: BodyToRender = { extension: '.mdx', body: 'Đoạn một.\n\nĐoạn có { chưa đóng\n', frontmatter: {} };
    const pool = renderPool(config, inThread, 0);
    try {
      const there = await pool.render(broken);
      expect(there).toEqual(await inThread(broken));
      expect(there.metadata.frontmatter).toMatchObject({ bodyProblems: [{ line: 3, column: 20 }] });
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies fails only its own bodies, with a reason; with none left, bodies are rendered here', async () => {
    // A project whose configuration cannot even be loaded in a worker.
    const broken = mkdtempSync(join(tmpdir(), 'render-pool-'));
    writeFileSync(join(broken, 'astro.config.mjs'), "throw new Error('cấu hình hỏng (giả lập)');\n");
    const inThread = await createBodyRenderer(unifiedProcessorOf(config), sharedOptionsOf(config));
    const pool = renderPool({ ...config, root: pathToFileURL(`${broken}/`) } as AstroConfig, inThread, 0);
    try {
      await expect(pool.render(bodies[0])).rejects.toMatchObject({ message: expect.stringMatching(/^render worker failed: /) });
      let rendered: RenderedBody | undefined;
      for (let attempt = 0; attempt < 10 && !rendered; attempt++) rendered = await pool.render(bodies[0]).catch(() => undefined);
      expect(rendered).toEqual(await inThread(bodies[0]));
    } finally {
      await pool.close();
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('writes a body kept on disk where it is asked to, in a worker as here, and sends back only the lean metadata', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-pool-bodies-'));
    const inThread = await createBodyRenderer(unifiedProcessorOf(config), sharedOptionsOf(config));
    const pool = renderPool(config, inThread, 0);
    try {
      const plain: BodyToRender = { ...bodies[1], frontmatter: { title: 'Bài' } };
      const { html } = await inThread(plain);
      const there = await pool.render({ ...plain, bodyFile: join(dir, 'bai.html') });
      expect(there).toEqual(await inThread({ ...plain, bodyFile: join(dir, 'bai-here.html') }));
      expect(there).toEqual({ html: '', metadata: { frontmatter: expect.not.objectContaining({ title: 'Bài' }), [BODY_FILE_KEY]: true } });
      expect(readFileSync(join(dir, 'bai.html'), 'utf8')).toBe(html);
      // A body with a photo of its own stays whole, for the store (Astro optimises it): no file written.
      const photo: BodyToRender = {
        extension: '.md',
        body: '![Ảnh giả lập](./anh/gia-lap.jpg)\n',
        frontmatter: {},
        filePath: file('bai-anh.md'),
      };
      const withImage = await pool.render({ ...photo, bodyFile: join(dir, 'anh.html') });
      expect(withImage).toEqual(await inThread(photo));
      expect(withImage.html).toContain('gia-lap.jpg');
      expect(existsSync(join(dir, 'anh.html'))).toBe(false);
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders the first bodies of a build here, and after close() here again', async () => {
    let renderedHere = 0;
    const pool = renderPool(config, async () => (renderedHere++, { html: 'here', metadata: {} }), 2);
    await pool.render(bodies[0]);
    await pool.render(bodies[0]);
    expect(renderedHere).toBe(2);
    await pool.close();
    await pool.render(bodies[0]);
    expect(renderedHere).toBe(3);
  });
});

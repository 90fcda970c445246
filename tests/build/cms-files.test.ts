// The browser CMS as the build ships it (issue #15), on the fixture site's real build: /admin/ and its
// bundle, and a configuration generated from the fixture's content model.
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../support/html.ts';
import { fixtureContent, fixtureDist } from '../support/global-setup.ts';

const admin = join(fixtureDist, 'admin');

describe('dist/admin/', () => {
  it('is a page of its own origin: its script and styles are files of the bundle, none inline', () => {
    const page = parseHtml(readFileSync(join(admin, 'index.html'), 'utf8'));
    expect(page.documentElement.lang).toBe('vi');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const src = script.getAttribute('src')!;
      expect(src).toMatch(/^\.\/assets\//);
      expect(existsSync(join(admin, src))).toBe(true);
      expect(script.textContent).toBe('');
    }
    const bundle = readdirSync(join(admin, 'assets'));
    for (const file of bundle.filter((f) => f.endsWith('.js') || f.endsWith('.css')))
      expect(readFileSync(join(admin, 'assets', file), 'utf8'), file).not.toMatch(/https:\/\/cdn\.jsdelivr\.net\/fontsource/);
  });

  it("is configured from the content model: the fixture's categories and authors, its content folder", () => {
    const config = yaml.load(readFileSync(join(admin, 'config.yml'), 'utf8')) as {
      collections: { folder: string; fields: { name: string; options?: { value: string }[] }[] }[];
    };
    const [articles] = config.collections;
    expect(articles.folder).toBe('.test-work/fixture-content/articles');
    const ids = (file: string) => (yaml.load(readFileSync(join(fixtureContent, file), 'utf8')) as { id: string }[]).map((item) => item.id);
    const options = (name: string) => articles.fields.find((f) => f.name === name)!.options!.map((o) => o.value);
    expect(options('category')).toEqual(ids('categories.yaml'));
    expect(options('author')).toEqual(ids('authors.yaml'));
  });

  it('lists every .mdx article of the content folder by id, for the save check (the CMS does not list them)', () => {
    const listed = JSON.parse(readFileSync(join(admin, 'mdx-articles.json'), 'utf8')) as Record<string, string>;
    const mdx = globSync('articles/**/*.mdx', { cwd: fixtureContent }).map((path) => `.test-work/fixture-content/${path}`);
    expect(Object.values(listed).sort()).toEqual(mdx.sort());
    expect(listed['bai-thu-nghiem-so-02']).toBe('.test-work/fixture-content/articles/2020/bai-thu-nghiem-so-02.mdx');
  });

  it('is not a page of the site: not in the sitemap nor in the search index', () => {
    const sitemap = readdirSync(fixtureDist)
      .filter((f) => f.startsWith('sitemap') && f.endsWith('.xml'))
      .map((f) => readFileSync(join(fixtureDist, f), 'utf8'))
      .join('');
    expect(sitemap).not.toContain('/admin/');
  });
});

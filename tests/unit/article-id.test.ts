import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_FILES_GLOB, articleFilePath, articleIdOf, sharedIdMessage, sharedIds } from '../../src/model/article-id.ts';
import { listArticleFiles } from '../../src/loaders/changed-article-files.ts';
import { articleFiles } from '../../src/model/content-folder.ts';

describe('articleIdOf', () => {
  it('takes the id from the file name alone, folded like a slug', () => {
    expect(articleIdOf('content/articles/2021/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021.mdx')).toBe(
      'quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021',
    );
    expect(articleIdOf('2021/Bài Thử.md')).toBe('bai-thu');
    expect(articleIdOf('2020/bai-x.md')).toBe(articleIdOf('2024/bai-x.md'));
  });
  it('puts a new article under its year', () => {
    expect(articleFilePath('content', 2026, 'bai-moi', 'md')).toBe('content/articles/2026/bai-moi.md');
  });
});

describe('sharedIds', () => {
  it('finds files that would share an address, whatever their folders and extensions', () => {
    const shared = sharedIds(['a/2020/trung.md', 'a/2021/trung.mdx', 'a/2021/rieng.md']);
    expect([...shared]).toEqual([['trung', ['a/2020/trung.md', 'a/2021/trung.mdx']]]);
    expect(sharedIdMessage('trung', ['a/2021/trung.mdx'])).toBe(
      'trùng slug "trung" với a/2021/trung.mdx: hai bài sẽ cùng địa chỉ /bai-viet/trung/; hãy đổi tên một tệp',
    );
  });
});

describe('ARTICLE_FILES_GLOB', () => {
  // Astro's glob loader lists files with tinyglobby and watches them with picomatch; the content check
  // and the tools list them with articleFiles; a build lists them itself to skip unchanged files
  // (listArticleFiles). All must agree, or the dev server, the check or an incremental build see other
  // articles than a clean build.
  const fromAstro = createRequire(import.meta.resolve('astro'));
  const picomatch = fromAstro('picomatch') as (glob: string) => (path: string) => boolean;
  const matching = (glob: string) => files.filter((file) => picomatch(glob)(file)).sort();
  const tinyglobby = fromAstro('tinyglobby') as { globSync: (glob: string, options: { cwd: string }) => string[] };
  const content = mkdtempSync(join(tmpdir(), 'article-glob-'));
  const dir = join(content, 'articles');
  const listedByTools = (folder: string) => articleFiles(folder).map((path) => path.slice(`${folder}/articles/`.length));
  afterAll(() => rmSync(content, { recursive: true, force: true }));
  // Dotted names: an editor's lock file (.#), a hidden file, a hidden folder.
  const files = ['2021/bai-a.md', '2021/bai-b.mdx', '2021/_ghi-chu.md', '2021/anh/x.jpg', '2022/bai-c.md', 'README.txt'];
  files.push('2021/.#bai-a.md', '2021/.bai-an.md', '.nhap/bai-d.md', '2022/.cu/bai-e.mdx');
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  const articles = ['2021/bai-a.md', '2021/bai-b.mdx', '2022/bai-c.md'];

  it('matches .md and .mdx files, not those whose name starts with "_" or a dot, in the loader, the watcher and the tools alike', () => {
    expect(tinyglobby.globSync(ARTICLE_FILES_GLOB, { cwd: dir }).sort()).toEqual(articles);
    expect(matching(ARTICLE_FILES_GLOB)).toEqual(articles);
    expect(listedByTools(content)).toEqual(articles);
    expect([...listArticleFiles(dir)!.keys()].sort()).toEqual(articles);
  });

  it('lists the articles in a folder that is a symbolic link in the loader and the tools alike (the build then reads every file)', () => {
    const linked = mkdtempSync(join(tmpdir(), 'article-glob-linked-'));
    const outside = mkdtempSync(join(tmpdir(), 'article-glob-outside-'));
    try {
      mkdirSync(join(linked, 'articles', '2021'), { recursive: true });
      writeFileSync(join(linked, 'articles', '2021', 'bai-a.md'), '');
      writeFileSync(join(outside, 'bai-cu.md'), '');
      symlinkSync(outside, join(linked, 'articles', '2019'));
      const expected = ['2019/bai-cu.md', '2021/bai-a.md'];
      expect(tinyglobby.globSync(ARTICLE_FILES_GLOB, { cwd: join(linked, 'articles') }).sort()).toEqual(expected);
      expect(listedByTools(linked)).toEqual(expected);
      expect(listArticleFiles(join(linked, 'articles'))).toBeUndefined();
    } finally {
      rmSync(linked, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

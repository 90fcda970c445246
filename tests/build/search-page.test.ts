// The search page's HTML as a browser without JavaScript sees it (jsdom parses with scripting off,
// so <noscript> content becomes elements), and the search index written by the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, text } from '../support/html.ts';
import { fixtureDist, fixtureShardedDist, realDist, SHARDED_FIXTURE_PAGES } from '../support/global-setup.ts';
import { parseShardManifest, shardOfMonth } from '../../src/search/shards.ts';
import { siteConfig } from '../../src/site.config.ts';

const manifestOf = (dist: string) => parseShardManifest(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')));
const entryOf = (dist: string, shard: string) => JSON.parse(readFileSync(join(dist, 'pagefind', shard, 'pagefind-entry.json'), 'utf8'));
const pageCount = (entry: { languages: Record<string, { page_count: number }> }) =>
  Object.values(entry.languages).reduce((a, l) => a + l.page_count, 0);

describe('search page without JavaScript', () => {
  const doc = builtPage(realDist, '/tim-kiem/');
  it('says plainly that search needs JavaScript', () => {
    expect(text(doc.querySelector('noscript p'))).toMatch(/^Tìm kiếm cần JavaScript/);
  });
  it('still has a plain GET form with the query and the filters', () => {
    const form = doc.querySelector('form[data-search-form]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/tim-kiem/');
    expect([...form.querySelectorAll('[name]')].map((el) => el.getAttribute('name'))).toEqual(['q', 'chuyen-muc', 'nam', 'sap-xep']);
    expect(text(form.querySelector('label[for="search-q"]'))).toBe('Từ khóa');
  });
  it('is a landing page whose every ?q= variant names the bare page canonical, and is not in the search index', () => {
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteConfig.defaultUrl}/tim-kiem/`);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('search index in dist/', () => {
  it('is written by the same build command, served from the site itself: one article is one month, one shard', () => {
    expect(manifestOf(realDist).shards).toEqual([{ id: '2021-01-01', from: '2021-01', to: '2021-01', pages: 1 }]);
    expect(existsSync(join(realDist, 'pagefind/2021-01-01/pagefind.js'))).toBe(true);
    expect(existsSync(join(realDist, 'pagefind/2021-01-01/pagefind-worker.js'))).toBe(true);
    // Pagefind's own UIs are not used (the search page uses its JS API) and are not shipped.
    expect(readdirSync(join(realDist, 'pagefind/2021-01-01')).filter((f) => f.startsWith('pagefind-ui'))).toEqual([]);
  });
  it('indexes the article pages only, as Vietnamese', () => {
    const entry = entryOf(realDist, '2021-01-01');
    const languages = Object.entries(entry.languages) as [string, { page_count: number }][];
    expect(languages.map(([lang]) => lang)).toEqual(['vi']);
    expect(languages[0][1].page_count).toBe(1); // the Ba Đình article; listings, 404 and search pages are not indexed
  });
  it('marks only the article body for indexing, with its metadata, filters and sort key', () => {
    const doc = builtPage(realDist, '/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/');
    const body = doc.querySelector('[data-pagefind-body]')!;
    expect(body.tagName).toBe('ARTICLE');
    expect(body.querySelector('form')).toBeNull();
    expect(doc.querySelector('[data-pagefind-meta="title"]')?.textContent).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(doc.querySelector('[data-pagefind-sort]')?.getAttribute('data-pagefind-sort')).toBe('date:2021-01-20T13:57:00+07:00');
    expect([...doc.querySelectorAll('[data-pagefind-filter]')].map((el) => el.getAttribute('data-pagefind-filter'))).toEqual([
      'category:Quận – Huyện',
      'year:2021',
    ]);
    for (const chrome of ['nav.breadcrumb', '.article__meta', '.article__author', '.article__footer', '.figure__missing']) {
      expect(doc.querySelector(chrome)?.closest('[data-pagefind-ignore]'), chrome).not.toBeNull();
    }
  });
});

describe("the search page's head", () => {
  // The hints are written by Astro before the indexer runs: they must name what the indexer then made.
  for (const [site, dist] of [
    ['the real site', realDist],
    ['the fixture site', fixtureDist],
    ['the fixture site in small shards', fixtureShardedDist],
  ] as const) {
    it(`names the files Pagefind starts with, from the newest shard, and each exists (${site})`, () => {
      const head = builtPage(dist, '/tim-kiem/').head;
      const newest = manifestOf(dist).shards[0].id;
      const script = [...head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
      const fetched = [...head.querySelectorAll('link[rel="prefetch"]')].map((l) => l.getAttribute('href')!);
      expect(script).toEqual([`/pagefind/${newest}/pagefind.js`]);
      expect(fetched.map((href) => href.split('/').slice(0, 3).join('/'))).toEqual(fetched.map(() => `/pagefind/${newest}`));
      for (const href of [...script, ...fetched]) expect(existsSync(join(dist, href!)), href!).toBe(true);
      // What Pagefind's script asks for: its worker, from the folder it is given; the worker its WebAssembly.
      const pagefindScript = readFileSync(join(dist, script[0]!), 'utf8');
      expect(pagefindScript).toContain('pagefind-worker.js');
      expect(fetched.map((href) => href.split('/').at(-1))).toEqual(['pagefind-worker.js', 'wasm.unknown.pagefind']);
      // The page's script starts Pagefind on that shard before the shard list arrives.
      const config = JSON.parse(builtPage(dist, '/tim-kiem/').querySelector('[data-search-page]')!.getAttribute('data-config')!);
      expect(config.newestShard).toBe(newest);
    });
  }
});

describe('search index in shards', () => {
  const articleDirs = readdirSync(join(fixtureDist, 'bai-viet'));
  const monthOf = (slug: string) => {
    const sort = builtPage(fixtureDist, `/bai-viet/${slug}/`).querySelector('[data-pagefind-sort]')!.getAttribute('data-pagefind-sort')!;
    return sort.slice('date:'.length, 'date:'.length + 7);
  };
  it(`splits the fixture site into shards of at most ${SHARDED_FIXTURE_PAGES} articles (or one month), newest first, every article in exactly one`, () => {
    const { shards } = manifestOf(fixtureShardedDist);
    expect(shards.length).toBeGreaterThan(2);
    expect(shards.map((s) => s.to)).toEqual([...shards.map((s) => s.to)].sort().reverse());
    for (const shard of shards) {
      if (shard.from !== shard.to) expect(shard.pages, shard.id).toBeLessThanOrEqual(SHARDED_FIXTURE_PAGES);
      expect(pageCount(entryOf(fixtureShardedDist, shard.id)), shard.id).toBe(shard.pages);
    }
    expect(shards.reduce((a, s) => a + s.pages, 0)).toBe(articleDirs.length);
    for (const slug of articleDirs) expect(shardOfMonth(shards, monthOf(slug)), slug).toBeDefined();
  });
  it('indexes the same pages in the default shards: the newest month apart, the older years together', () => {
    const { shards } = manifestOf(fixtureDist);
    expect(shards).toHaveLength(2);
    expect(shards[0].from).toBe(shards[0].to);
    expect(shards.reduce((sum, shard) => sum + pageCount(entryOf(fixtureDist, shard.id)), 0)).toBe(articleDirs.length);
  });
});

import { describe, expect, it } from 'vitest';
import { describeRenders, pagesSkipped, type AstroManifest } from '../../tools/build/render-summary.ts';

const manifest = (dependencyHash: string, paths: Record<string, string>): AstroManifest => {
  const routePaths = Object.fromEntries(
    Object.entries(paths).map(([p, key]) => [p, { cacheKey: key, outputFile: `${p.slice(1)}index.html` }]),
  );
  return {
    routes: { 'src/pages/bai-viet/[slug].astro': { dependencyHash, paths: routePaths } },
    outputs: Object.keys(routePaths).map((p) => `${p.slice(1)}index.html`),
  };
};

describe('describeRenders', () => {
  it('counts pages rendered because their content changed, because they are new, and because they have no key', () => {
    const before = manifest('t1', { '/bai-viet/a/': 'k1', '/bai-viet/b/': 'k1' });
    const after = manifest('t1', { '/bai-viet/a/': 'k2', '/bai-viet/b/': 'k1', '/bai-viet/c/': 'k1' });
    const summary = describeRenders(before, after, [
      'bai-viet/a/index.html',
      'bai-viet/c/index.html',
      'index.html',
      'rss.xml',
      '_astro/x.js',
    ]);
    expect(summary).toEqual({
      rendered: 4,
      reused: 1,
      reasons: '1 changed, 1 new, 2 unkeyed',
      counts: { changed: 1, new: 1, templates: 0, unkeyed: 2 },
    });
  });
  it('names a template change when a route’s module graph changed', () => {
    const summary = describeRenders(manifest('t1', { '/bai-viet/a/': 'k' }), manifest('t2', { '/bai-viet/a/': 'k' }), [
      'bai-viet/a/index.html',
    ]);
    expect(summary.reasons).toBe('1 templates changed');
  });
});

describe('pagesSkipped', () => {
  it('names the pages Astro did not render: same route code, same key, same rendered entries', () => {
    const before = manifest('t1', { '/bai-viet/a/': 'k1', '/bai-viet/b/': 'k1', '/bai-viet/c/': 'k1', '/bai-viet/xoa/': 'k1' });
    const after = manifest('t1', { '/bai-viet/a/': 'k2', '/bai-viet/b/': 'k1', '/bai-viet/c/': 'k1', '/bai-viet/moi/': 'k1' });
    after.routes['src/pages/bai-viet/[slug].astro'].paths['/bai-viet/c/'].contentHashes = { 'articles/c': 'h2' };
    before.routes['src/pages/bai-viet/[slug].astro'].paths['/bai-viet/c/'].contentHashes = { 'articles/c': 'h1' };
    expect([...pagesSkipped(before, after)]).toEqual(['bai-viet/b/index.html']);
    // The route's code changed: every page of it was rendered.
    expect(pagesSkipped(manifest('t1', { '/bai-viet/b/': 'k1' }), manifest('t2', { '/bai-viet/b/': 'k1' })).size).toBe(0);
    // No manifest before (a first or clean build): nothing was skipped.
    expect(pagesSkipped({ routes: {}, outputs: [] }, after).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { contentTypeOf, isCompressible } from '../../src/lib/content-types.ts';

describe('contentTypeOf', () => {
  it("gives a site file's type by its extension, text with its charset", () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('pagefind/2025-12-12/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('admin/assets/font.WOFF2')).toBe('font/woff2');
    expect(contentTypeOf('admin/config.yml')).toBe('application/yaml; charset=utf-8');
    expect(contentTypeOf('pagefind/2025-12-12/wasm.unknown.pagefind')).toBe('application/octet-stream');
  });
  it('sends what it does not know, and names without an extension, as bytes', () => {
    expect(contentTypeOf('pagefind/x/index/vi_1.pf_index')).toBe('application/octet-stream');
    expect(contentTypeOf('a.b/README')).toBe('application/octet-stream');
  });
});

describe('isCompressible', () => {
  it('compresses text, scripts, JSON, XML and SVG, as the nginx configuration does', () => {
    for (const file of [
      'index.html',
      'a.css',
      'pagefind/x/pagefind.js',
      'shards.json',
      'rss.xml',
      'favicon.svg',
      'robots.txt',
      'config.yml',
    ])
      expect(isCompressible(contentTypeOf(file)), file).toBe(true);
  });
  it("sends images, fonts and Pagefind's compressed files as they are", () => {
    for (const file of [
      'a.png',
      'a.jpg',
      'a.webp',
      'a.woff2',
      'x/wasm.unknown.pagefind',
      'x/index/vi_1.pf_index',
      'x/fragment/vi_1.pf_fragment',
    ])
      expect(isCompressible(contentTypeOf(file)), file).toBe(false);
  });
});

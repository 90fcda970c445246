import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../src/lib/content-types.ts';

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

import { describe, expect, it } from 'vitest';
import {
  cmsContentSecurityPolicy,
  cmsOrigins,
  commentOrigin,
  contentSecurityPolicy,
  headersFile,
  headersFor,
  parseHeadersFile,
} from '../../src/lib/security-headers.ts';

describe('content security policy', () => {
  it('allows only this origin, no inline script, and WebAssembly for Pagefind', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https:/);
  });
  it('adds a comment endpoint on another origin, and never a script source', () => {
    const csp = contentSecurityPolicy({ commentOrigin: 'https://api.example' });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("connect-src 'self' https://api.example");
    expect(csp).toContain("form-action 'self' https://api.example");
    expect(commentOrigin('https://api.example/binh-luan', 'https://tin.example')).toBe('https://api.example');
    expect(commentOrigin('/api/binh-luan/', 'https://tin.example')).toBeUndefined();
  });
});

describe('_headers', () => {
  it('round-trips: the file the build writes gives each path its headers', () => {
    const rules = parseHeadersFile(headersFile());
    expect(headersFor(rules, '/bai-viet/x/')['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(rules, '/bai-viet/x/')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/_astro/a.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/shards.json')['Cache-Control']).toBe('public, max-age=300, must-revalidate');
    expect(headersFor(rules, '/pagefind/2021/pagefind.js')['Cache-Control']).toBe('public, max-age=300, must-revalidate');
    expect(headersFor(rules, '/pagefind/2021/fragment/vi_1.pf_fragment')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/2019-2021/index/vi_2.pf_index')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/2021/fragment/x')['Content-Security-Policy']).toBe(contentSecurityPolicy());
  });
});

describe("the CMS's policy", () => {
  it('applies to /admin/ only: every other page keeps the strict one', () => {
    const rules = parseHeadersFile(headersFile());
    expect(headersFor(rules, '/admin/')['Content-Security-Policy']).toBe(cmsContentSecurityPolicy());
    expect(headersFor(rules, '/admin/assets/index-x.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/bai-viet/x/', '/tim-kiem/', '/administrator/', '/chuyen-muc/admin/'])
      expect(headersFor(rules, path)['Content-Security-Policy']).toBe(contentSecurityPolicy());
  });
  it('allows inline styles and the git host, never inline or evaluated scripts', () => {
    const csp = cmsContentSecurityPolicy();
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|\*/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    for (const origin of cmsOrigins()) expect(csp).toMatch(new RegExp(`connect-src [^;]*${origin.replace(/\./g, '\\.')}`));
    expect(cmsOrigins().length).toBeGreaterThan(0);
  });
});

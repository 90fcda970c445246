import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, headersFor, inlineScriptHashes, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { nginxServerBlock } from '../../tools/deploy/nginx-config.ts';
import { commentOrigin } from '../../src/integrations/headers-file.ts';

describe('content security policy', () => {
  it('allows only this origin, no inline script, and WebAssembly for Pagefind', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https:/);
  });
  it('adds the hashes of inline scripts and a comment endpoint on another origin', () => {
    const csp = contentSecurityPolicy({ inlineScriptHashes: ['sha256-abc='], commentOrigin: 'https://api.example' });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(csp).toContain("connect-src 'self' https://api.example");
    expect(csp).toContain("form-action 'self' https://api.example");
    expect(commentOrigin('https://api.example/binh-luan', 'https://tin.example')).toBe('https://api.example');
    expect(commentOrigin('/api/binh-luan/', 'https://tin.example')).toBeUndefined();
  });
  it('hashes inline executable scripts, not JSON-LD data blocks or external scripts', async () => {
    const html = '<script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script>alert(1)</script><script type="module">x()</script>';
    expect(await inlineScriptHashes(html)).toEqual(['sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=', expect.stringMatching(/^sha256-/)]);
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

describe('nginx configuration', () => {
  it('the committed deploy/nginx/tin-ha-noi.conf is what the generator writes', () => {
    const committed = readFileSync(new URL('../../deploy/nginx/tin-ha-noi.conf', import.meta.url), 'utf8');
    expect(committed).toBe(nginxServerBlock({ root: '/var/www/tin-ha-noi/dist', listen: '80', serverName: 'tin-ha-noi.example' }));
  });
  it('sends every security header in every location, since nginx does not inherit add_header', () => {
    const conf = nginxServerBlock({ root: '/srv', listen: '80', serverName: 'x' });
    const locations = conf.split('location ').slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(6);
    for (const block of locations) expect(block).toContain('add_header Content-Security-Policy');
  });
});

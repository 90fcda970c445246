import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/integrations/headers-file.ts';

describe('inline script hashes for the CSP', () => {
  it('hashes inline executable scripts, not JSON-LD data blocks or external scripts', async () => {
    const html =
      '<script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script>alert(1)</script><script type="module">x()</script>';
    expect(await inlineScriptHashes(html)).toEqual([
      'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=',
      expect.stringMatching(/^sha256-/),
    ]);
  });
});

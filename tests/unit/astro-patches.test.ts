// The patches the project carries to its dependencies (patches/, applied by patch-package on install) are
// in the installed code: `npm ci --ignore-scripts`, or an upgrade the patch no longer fits, would
// otherwise lose them silently, and only the benchmark would notice.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** A file of the installed Astro's dist/ folder (import.meta.resolve('astro') is dist/index.js). */
const installed = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.resolve('astro'))), 'utf8');

describe('astro+7.4.8.patch', () => {
  it("sets the store's version and configuration digests only when they differ from those it holds", () => {
    // Unpatched, every sync sets them, and the store serialises itself whole (9 s at 100,000 articles)
    // to find that nothing changed.
    const layer = installed('content/content-layer.js');
    for (const key of ['astro-version', 'content-config-digest', 'astro-config-digest']) {
      const set = new RegExp(`if \\(([^\\n]*)\\) \\{\\n\\s*this\\.#store\\.metaStore\\(\\)\\.set\\("${key}"`).exec(layer);
      expect(set?.[1], key).toMatch(/shouldClear \|\| previous\w+ !== /);
    }
  });
});

// Astro integration: writes dist/_headers (security headers, CSP with the hashes of any inline
// scripts the build produced, caching rules) from src/lib/security-headers.ts.
import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineScriptHashes } from '../lib/security-headers.ts';

export function commentOrigin(endpoint: string | undefined, site: string): string | undefined {
  if (!endpoint) return undefined;
  const origin = new URL(endpoint, site).origin;
  return origin === new URL(site).origin ? undefined : origin;
}

export default function securityHeadersFile(options: { commentEndpoint?: string; site: string }): AstroIntegration {
  return {
    name: 'news-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const page of globSync('**/*.html', { cwd: root })) {
          for (const hash of await inlineScriptHashes(readFileSync(join(root, page), 'utf8'))) hashes.add(hash);
        }
        writeFileSync(
          join(root, '_headers'),
          headersFile({ commentOrigin: commentOrigin(options.commentEndpoint, options.site), inlineScriptHashes: [...hashes].sort() }),
        );
        logger.info(`_headers written (${hashes.size} inline script hash(es) in the CSP)`);
      },
    },
  };
}

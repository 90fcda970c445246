// Astro integration: writes dist/_headers (security headers, the CSP, caching rules) from
// src/lib/security-headers.ts. The pages are not read: the CSP trusts no inline script, so nothing in
// them changes it (and a build does not read 13,000 pages for nothing).
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentOrigin, headersFile } from '../lib/security-headers.ts';

export default function headersFileIntegration(options: { commentEndpoint?: string; site: string }): AstroIntegration {
  return {
    name: 'news-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(
          join(fileURLToPath(dir), '_headers'),
          headersFile({ commentOrigin: commentOrigin(options.commentEndpoint, options.site) }),
        );
        logger.info('_headers written');
      },
    },
  };
}

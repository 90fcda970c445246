// Astro integration: writes dist/_headers (security headers, CSP with the hashes of any inline
// scripts the build produced, caching rules) from src/lib/security-headers.ts.
import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentOrigin, headersFile } from '../lib/security-headers.ts';

/** sha256 hashes of inline executable scripts in an HTML page, for the CSP. */
export async function inlineScriptHashes(html: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1];
    if (/\bsrc=/.test(attributes)) continue;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue; // data blocks (JSON-LD) never run
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(m[2]));
    hashes.push(`sha256-${Buffer.from(digest).toString('base64')}`);
  }
  return hashes;
}

export default function headersFileIntegration(options: { commentEndpoint?: string; site: string }): AstroIntegration {
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

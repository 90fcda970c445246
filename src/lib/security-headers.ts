// HTTP headers every host must send with the built site, in one place: the Netlify/Cloudflare-style
// `_headers` file written into dist/ and the nginx configuration are both generated from this.
import { siteConfig } from '../site.config.ts';

export interface HeaderOptions {
  /** Origin of the comment endpoint when it is on another host ("https://api.example"). */
  commentOrigin?: string;
}

/** The comment endpoint's origin when it is not the site's own (the CSP must then allow it). */
export function commentOrigin(endpoint: string | undefined, site: string): string | undefined {
  if (!endpoint) return undefined;
  const origin = new URL(endpoint, site).origin;
  return origin === new URL(site).origin ? undefined : origin;
}

export function contentSecurityPolicy(options: HeaderOptions = {}): string {
  const extra = options.commentOrigin ? ` ${options.commentOrigin}` : '';
  return [
    "default-src 'self'",
    // The site's scripts are files of its own; Pagefind compiles its WebAssembly. No inline script runs:
    // the templates have none (the check:dist gate keeps it so), and one in an article's text is the
    // article's, which readers' browsers must never trust.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "media-src 'self'",
    `connect-src 'self'${extra}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${extra}`,
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Where the browser CMS is served (tools/build/cms-files.ts writes it). */
export const CMS_PATH = '/admin/';

/** The git host the CMS signs in to and commits through (site.config.ts, `cms`), as origins. */
export function cmsOrigins(): string[] {
  const { apiRoot, baseUrl } = siteConfig.cms;
  return [...new Set([apiRoot, baseUrl].filter((url): url is string => !!url).map((url) => new URL(url).origin))];
}

/**
 * The CMS's policy, for /admin/ only: no other page is loosened. Its interface sets styles inline (Svelte),
 * previews and uploads use blob: and data: URLs, image formats are decoded in WebAssembly; it talks to
 * the site (its configuration) and to the newsroom's git host, and nothing else: its bundle carries its
 * translations and fonts, so no CDN is needed.
 */
export function cmsContentSecurityPolicy(): string {
  const git = cmsOrigins()
    .map((origin) => ` ${origin}`)
    .join('');
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${git}`,
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src 'self' data: blob:${git}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

export function securityHeaders(options: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'SAMEORIGIN',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Long-lived caching for files whose names change with their content. */
export const CACHE_RULES: readonly { path: string; cacheControl: string }[] = [
  { path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable' },
  // Pagefind's index chunks and fragments (in each shard, /pagefind/<shard>/) are content-hashed, and
  // the word directory's buckets sit in a folder named by their hash; Pagefind's entry files and the
  // shard manifest are not.
  { path: '/pagefind/*', cacheControl: 'public, max-age=300, must-revalidate' },
  { path: '/pagefind/*/index/*', cacheControl: 'public, max-age=31536000, immutable' },
  { path: '/pagefind/*/fragment/*', cacheControl: 'public, max-age=31536000, immutable' },
  { path: '/pagefind/*/filter/*', cacheControl: 'public, max-age=31536000, immutable' },
  { path: '/pagefind/words/*', cacheControl: 'public, max-age=31536000, immutable' },
  // The CMS's bundle: content-hashed names (its page and configuration are not).
  { path: '/admin/assets/*', cacheControl: 'public, max-age=31536000, immutable' },
];

/** The `_headers` file (Netlify, Cloudflare Pages and others honour it). */
export function headersFile(options: HeaderOptions = {}): string {
  const lines = ['/*', ...Object.entries(securityHeaders(options)).map(([k, v]) => `  ${k}: ${v}`)];
  lines.push(`${CMS_PATH}*`, `  Content-Security-Policy: ${cmsContentSecurityPolicy()}`);
  for (const rule of CACHE_RULES) lines.push(rule.path, `  Cache-Control: ${rule.cacheControl}`);
  return `${lines.join('\n')}\n`;
}

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses a `_headers` file into rules, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Headers for a path: every matching rule applies, later rules win for the same header. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const regex = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (regex.test(pathname)) Object.assign(result, rule.headers);
  }
  return result;
}

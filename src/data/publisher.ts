// The publisher as structured data sees it, and absolute URLs on the configured site.
import { siteConfig } from '../site.config.ts';
import type { Publisher } from '../lib/structured-data.ts';

export const absoluteUrl = (site: URL, path: string) => new URL(path, site).href;

export function publisher(site: URL): Publisher {
  return { name: siteConfig.name, url: absoluteUrl(site, '/'), logoUrl: absoluteUrl(site, siteConfig.publisherLogo) };
}

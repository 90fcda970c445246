// What an incremental build rendered and why, read from Astro's incremental manifest before and after it
// (node_modules/astro/dist/core/build/incremental.js writes it: per route its module-graph hash, per
// path its cache key and output file).
import { readFileSync } from 'node:fs';

interface ManifestPath {
  cacheKey: string;
  outputFile: string;
  /** Render hashes of the content entries the page rendered (Astro renders it again when one changed). */
  contentHashes?: Record<string, string>;
}

export interface AstroManifest {
  routes: Record<string, { dependencyHash: string; paths: Record<string, ManifestPath> }>;
  /** Every keyed page's output file, relative to the output folder. */
  outputs: string[];
}

export function readAstroManifest(file: string): AstroManifest {
  let routes: AstroManifest['routes'] = {};
  try {
    routes = (JSON.parse(readFileSync(file, 'utf8')) as { routes?: AstroManifest['routes'] }).routes ?? {};
  } catch {
    // none yet: a first or clean build
  }
  const outputs = Object.values(routes).flatMap((route) => Object.values(route.paths).map((path) => path.outputFile.replace(/^\//, '')));
  return { routes, outputs };
}

const sameHashes = (a: Record<string, string> = {}, b: Record<string, string> = {}) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/**
 * The output files of the pages this build did not render, from the manifests before and after it:
 * Astro skips a page exactly when its route's module graph, its cache key and the content entries it
 * rendered are those of the last build (incremental.js, canSkip; the site has no server islands, whose
 * key is the one other condition). The steps after Astro need not look at these files at all. (A
 * skipped page whose file is missing from the standby is restored by Astro from its own copy, the same
 * bytes: so `dist/` is whole whichever folder was missing it.)
 */
export function pagesSkipped(before: AstroManifest, after: AstroManifest): Set<string> {
  const skipped = new Set<string>();
  for (const [component, route] of Object.entries(after.routes)) {
    const previous = before.routes[component];
    if (!previous || previous.dependencyHash !== route.dependencyHash) continue;
    for (const [pathname, path] of Object.entries(route.paths)) {
      const last = previous.paths[pathname];
      if (
        last &&
        last.cacheKey === path.cacheKey &&
        last.outputFile === path.outputFile &&
        sameHashes(last.contentHashes, path.contentHashes)
      )
        skipped.add(path.outputFile.replace(/^\//, ''));
    }
  }
  return skipped;
}

export interface RenderSummary {
  rendered: number;
  reused: number;
  /** Why pages were rendered, e.g. "2 changed, 1 new, 7 unkeyed". */
  reasons: string;
  counts: { new: number; changed: number; templates: number; unkeyed: number };
}

const PAGE_FILE = /(^|\/)index\.html$|^404\.html$|\.xml$|^robots\.txt$/;

/** `written`: files this build wrote, relative to the output folder. */
export function describeRenders(before: AstroManifest, after: AstroManifest, written: readonly string[]): RenderSummary {
  const writtenFiles = new Set(written);
  const counts = { new: 0, changed: 0, templates: 0, unkeyed: 0 };
  let rendered = 0;
  let reused = 0;
  for (const [component, route] of Object.entries(after.routes)) {
    const previous = before.routes[component];
    for (const [pathname, path] of Object.entries(route.paths)) {
      if (!writtenFiles.has(path.outputFile.replace(/^\//, ''))) {
        reused++;
        continue;
      }
      rendered++;
      if (!previous?.paths[pathname]) counts.new++;
      else if (previous.dependencyHash !== route.dependencyHash) counts.templates++;
      else counts.changed++;
    }
  }
  // Routes without keys (home, search, 404, feeds of the whole site, sitemaps…) render every time.
  const keyed = new Set(after.outputs);
  for (const file of written) if (PAGE_FILE.test(file) && !keyed.has(file) && !file.startsWith('pagefind/')) counts.unkeyed++;
  rendered += counts.unkeyed;
  const reasons =
    [
      [counts.changed, 'changed'],
      [counts.new, 'new'],
      [counts.templates, 'templates changed'],
      [counts.unkeyed, 'unkeyed'],
    ]
      .filter(([n]) => n)
      .map(([n, what]) => `${n} ${what}`)
      .join(', ') || 'none';
  return { rendered, reused, reasons, counts };
}

// What an incremental build rendered and why, read from Astro's incremental manifest before and after it
// (node_modules/astro/dist/core/build/incremental.js writes it: per route its module-graph hash, per
// path its cache key and output file).
import { readFileSync } from 'node:fs';

interface ManifestPath {
  cacheKey: string;
  outputFile: string;
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

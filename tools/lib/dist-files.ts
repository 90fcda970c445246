// Where a URL path of the built site lives in its output folder, resolved the way static hosts (and
// nginx's `try_files $uri $uri/`) resolve it: the file itself, or the folder's index.html.
import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** The file a site path is served from, or undefined (also for paths that climb out of `dist`). */
export function distFileOf(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const root = resolve(dist);
  const candidate = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  const candidates = decoded.endsWith('/') ? [join(candidate, 'index.html')] : [candidate, join(candidate, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** The built site a command works on (its argument, else the build's output folder), or exit saying to build first. */
export function builtSiteOrExit(dist: string | undefined, defaultDist: string): string {
  const site = dist ?? defaultDist;
  if (distFileOf(site, '/')) return site;
  console.error(`No built site in ${site}/: run \`npm run build\` first.`);
  process.exit(2);
}

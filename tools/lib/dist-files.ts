// Where a URL path of the built site lives in its output folder, resolved the way static hosts (and
// nginx's `try_files $uri $uri/`) resolve it: the file itself, or the folder's index.html.
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

/** The file a site path is served from, or undefined (also for paths that climb out of `dist`). */
export function distFileOf(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const root = normalize(dist);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const candidates = decoded.endsWith('/') ? [join(candidate, 'index.html')] : [candidate, join(candidate, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

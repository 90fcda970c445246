// What the dev server's own routes (/pagefind/ from the last build, /admin/ from the CMS's bundle) share:
// a file of one folder sent as it is, never one outside it.
import type { ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../lib/content-types.ts';

/** Sends `folder/relativePath` (URL-encoded, as in the request), not cached; 404 when it is not a file inside `folder`. */
export function sendFileFrom(folder: string, relativePath: string, res: ServerResponse): void {
  const file = normalize(join(folder, decodeURIComponent(relativePath)));
  if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.statusCode = 404;
    res.end();
    return;
  }
  res.setHeader('Content-Type', contentTypeOf(file));
  res.setHeader('Cache-Control', 'no-cache');
  createReadStream(file).pipe(res);
}

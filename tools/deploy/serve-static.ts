#!/usr/bin/env node
// A small static file server for dist/ folders, as a CDN or nginx would serve them: directory
// indexes, the site's 404.html for misses, no directory listings, and dist/_headers honoured as
// Netlify-style hosts do (so browser tests run under the site's real CSP), and text compressed with
// gzip as the nginx configuration does (so what the benchmarks count is what readers download).
//   node tools/deploy/serve-static.ts <dir> [--port 4400] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { contentTypeOf, isCompressible } from '../../src/lib/content-types.ts';
import { distFileOf } from '../lib/dist-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4400' }, host: { type: 'string', default: '127.0.0.1' } },
});
const root = resolve(positionals[0] ?? 'dist');
const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  let file = distFileOf(root, url.pathname);
  // A directory without its trailing slash redirects, as static hosts do.
  if (file && file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  let status = 200;
  if (!file) {
    file = join(root, '404.html');
    status = 404;
  }
  try {
    const size = statSync(file).size;
    const type = contentTypeOf(file);
    const compressible = isCompressible(type);
    // nginx's gzip_min_length 256 and gzip_comp_level 6 (tools/deploy/nginx-config.ts).
    const gzip = compressible && size >= 256 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      'Cache-Control': 'no-cache',
      ...headersFor(headerRules, url.pathname),
      'Content-Type': type,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': size }),
    });
    if (req.method === 'HEAD') res.end();
    else if (gzip)
      createReadStream(file)
        .pipe(createGzip({ level: 6 }))
        .pipe(res);
    else createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.listen(Number(values.port), values.host, () => console.log(`serving ${root} on http://${values.host}:${values.port}/`));

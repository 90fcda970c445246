#!/usr/bin/env node
// A small static file server for dist/ folders, as a CDN or nginx would serve them: directory
// indexes, the site's 404.html for misses, no directory listings. Used by the browser tests.
// usage: node scripts/serve-static.mjs <dir> [--port 4400] [--host 127.0.0.1]   (needs Node 24: imports TypeScript)
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
const port = Number(option('port', '4400'));
const host = option('host', '127.0.0.1');
// Honour dist/_headers as Netlify-style hosts do, so tests run under the site's real CSP.
const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

async function resolveFile(pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  // A directory without its trailing slash redirects, as static hosts do.
  let file = await resolveFile(url.pathname);
  if (file && file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  let status = 200;
  if (!file) {
    file = join(root, '404.html');
    status = 404;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  try {
    const info = await stat(file);
    res.writeHead(status, { 'Cache-Control': 'no-cache', ...headersFor(headerRules, url.pathname), 'Content-Type': type, 'Content-Length': info.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.listen(port, host, () => console.log(`serving ${root} on http://${host}:${port}/`));

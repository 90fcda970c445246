// The Content-Type of a site file by its extension, for the servers that send them without a web
// server of their own: tools/deploy/serve-static.ts and the dev server's /pagefind/ and /admin/.
// (nginx uses its own mime.types; deploy/nginx adds the types it lacks.)

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** "text/css; charset=utf-8" for "a/b.css"; application/octet-stream for what is not listed (Pagefind's own files). */
export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot > path.lastIndexOf('/') && CONTENT_TYPES[path.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/**
 * Whether a response of this type is worth compressing on the wire: text, JSON, XML, SVG (what the
 * nginx configuration's gzip_types covers, HTML included). Images, fonts and Pagefind's own files
 * (compressed already) are sent as they are.
 */
export const isCompressible = (contentType: string): boolean =>
  /^(text\/|application\/(json|xml|yaml|javascript)\b|image\/svg\+xml\b)/.test(contentType);

// The bytes of a file an article publishes beside its page, as the dev server and the build serve it.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

const TYPES: Record<string, string> = { '.mp4': 'video/mp4' };

export function articleFileResponse(fsPath: string): Response {
  return new Response(readFileSync(fsPath), {
    headers: { 'Content-Type': TYPES[extname(fsPath).toLowerCase()] ?? 'application/octet-stream' },
  });
}

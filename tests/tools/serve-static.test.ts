// The static server the browser tests, Lighthouse and the benchmarks use: it must send what nginx
// sends, compression included, or the bytes and times measured through it are not what readers get.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { realDist } from '../support/global-setup.ts';

const PORT = 4431;
let server: ChildProcess;

beforeAll(async () => {
  server = spawn(process.execPath, [resolve(projectRoot, 'tools/deploy/serve-static.ts'), realDist, '--port', String(PORT)], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('serve-static did not start');
});
afterAll(() => void server.kill());

/** The raw response (Node's fetch would undo the compression this test looks at). */
function request(path: string, headers: Record<string, string> = {}): Promise<{ response: IncomingMessage; body: Buffer }> {
  return new Promise((done, fail) => {
    get({ host: '127.0.0.1', port: PORT, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ response, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

describe('serve-static', () => {
  it('sends pages and scripts gzipped to a browser that accepts it, the same bytes once unpacked', async () => {
    const script = `/pagefind/${JSON.parse(readFileSync(join(realDist, 'pagefind/shards.json'), 'utf8')).shards[0].id}/pagefind.js`;
    for (const [path, file] of [
      ['/tim-kiem/', 'tim-kiem/index.html'],
      [script, script],
    ]) {
      const { response, body } = await request(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers.vary, path).toBe('Accept-Encoding');
      expect(gunzipSync(body).equals(readFileSync(join(realDist, file))), path).toBe(true);
      expect(body.length, path).toBeLessThan(readFileSync(join(realDist, file)).length);
    }
  });
  it('sends them as they are to a client that does not ask for gzip', async () => {
    const { response, body } = await request('/tim-kiem/');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(body.equals(readFileSync(join(realDist, 'tim-kiem/index.html')))).toBe(true);
    expect(Number(response.headers['content-length'])).toBe(body.length);
  });
  it("does not compress again what is compressed already (images, Pagefind's own files)", async () => {
    for (const path of [
      '/og-default.png',
      `/pagefind/${JSON.parse(readFileSync(join(realDist, 'pagefind/shards.json'), 'utf8')).shards[0].id}/wasm.unknown.pagefind`,
    ]) {
      const { response } = await request(path, { 'Accept-Encoding': 'gzip' });
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBeUndefined();
    }
  });
});

// The handshake between `npm run build` and Astro's process: Astro waits for the content check's verdict
// before writing in the site. A real child process runs the integration's hook, as Astro would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_CHECK_MESSAGES } from '../../src/build-settings.ts';

const integration = resolve(import.meta.dirname, '../../src/integrations/content-check-before-build.ts');

describe('the content check gate at astro:build:start', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    children.splice(0).forEach((child) => child.kill());
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  /** A process that runs the hook as Astro does, then writes `marker` (as Astro then writes pages). */
  function astroLike(env: Record<string, string>, withChannel = true) {
    const dir = mkdtempSync(join(tmpdir(), 'content-gate-'));
    dirs.push(dir);
    const marker = join(dir, 'page-written');
    const script = join(dir, 'astro-like.mjs');
    writeFileSync(
      script,
      `const { default: gate } = await import(${JSON.stringify(integration)});
       await gate().hooks['astro:build:start']({});
       (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, '');`,
    );
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: withChannel ? ['ignore', 'inherit', 'pipe', 'ipc'] : ['ignore', 'inherit', 'pipe'],
    });
    children.push(child);
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    return { child, marker, exited };
  }

  const message = (child: ChildProcess) => new Promise<unknown>((done) => child.once('message', done));
  const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

  it('writes nothing until the build says the content passed, then goes on and exits on its own', async () => {
    const { child, marker, exited } = astroLike({ NEWS_BUILD_INCREMENTAL: '1' });
    expect(await message(child)).toBe(CONTENT_CHECK_MESSAGES.waiting);
    await wait(300);
    expect(existsSync(marker)).toBe(false);
    child.send(CONTENT_CHECK_MESSAGES.passed);
    // The channel does not keep it alive: it exits once its work is done.
    expect(await exited).toBe(0);
    expect(existsSync(marker)).toBe(true);
  }, 20_000);

  it('stops, writing nothing, when the build goes away before its verdict', async () => {
    const { child, marker, exited } = astroLike({ NEWS_BUILD_INCREMENTAL: '1' });
    expect(await message(child)).toBe(CONTENT_CHECK_MESSAGES.waiting);
    child.disconnect();
    expect(await exited).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
  }, 20_000);

  it('does not wait without a build to answer (a plain `astro build` checked first, in astro:config:setup)', async () => {
    const { marker, exited } = astroLike({ NEWS_BUILD_INCREMENTAL: '' }, false);
    expect(await exited).toBe(0);
    expect(existsSync(marker)).toBe(true);
  }, 20_000);
});

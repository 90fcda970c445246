// Runs the real build (`npm run build`: astro build, then the search index) for tests: another
// content folder, output folder or environment.
import { spawn } from 'node:child_process';
import { basename, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const workDir = resolve(projectRoot, '.test-work');

export interface BuildResult {
  code: number;
  output: string;
}

export interface BuildOptions {
  contentDir?: string;
  outDir: string;
  env?: Record<string, string>;
}

/** The test runner's own environment (NODE_ENV=test, VITEST…) must not leak into a production build. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

/** Where a test build into `outDir` keeps its caches (its own, never shared), and Astro's among them. */
const cacheDirOf = (outDir: string) => resolve(workDir, `cache-${basename(outDir)}`);
export const astroCacheDirOf = (outDir: string) => resolve(cacheDirOf(outDir), 'astro');

export function buildSite({ contentDir, outDir, env = {} }: BuildOptions): Promise<BuildResult> {
  const build = resolve(projectRoot, 'tools/build/build.ts'); // astro build, then the search index
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [build], {
      cwd: projectRoot,
      env: {
        ...cleanEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        NEWS_OUT_DIR: outDir,
        NEWS_CACHE_DIR: cacheDirOf(outDir),
        ...(contentDir ? { NEWS_CONTENT_DIR: contentDir } : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

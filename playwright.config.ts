// Browser tests in the system Chromium against built sites served on 127.0.0.1.
import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './tools/lib/chromium.ts';

export const PORTS = { site: 4400, fixture: 4401, dev: 4402, devNoIndex: 4403, nginx: 4404, fixtureSharded: 4405 } as const;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORTS.site}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `node tools/deploy/serve-static.ts dist --port ${PORTS.site}`,
      url: `http://127.0.0.1:${PORTS.site}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tools/deploy/serve-static.ts .test-work/fixture-sharded-dist --port ${PORTS.fixtureSharded}`,
      url: `http://127.0.0.1:${PORTS.fixtureSharded}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tools/deploy/serve-static.ts .test-work/fixture-dist --port ${PORTS.fixture}`,
      url: `http://127.0.0.1:${PORTS.fixture}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // The real nginx with the project's server block (deploy/nginx), as operators deploy it.
      command: `node tools/deploy/serve-nginx.ts dist --port ${PORTS.nginx}`,
      url: `http://127.0.0.1:${PORTS.nginx}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // `npm run dev` serving the last built index (dist/pagefind), as editors use it.
      command: `node node_modules/astro/bin/astro.mjs dev --ignore-lock --host 127.0.0.1 --port ${PORTS.dev}`,
      url: `http://127.0.0.1:${PORTS.dev}/`,
      env: { NEWS_CACHE_DIR: '.test-work/cache-dev', ASTRO_TELEMETRY_DISABLED: '1' },
      reuseExistingServer: false,
      stdout: 'ignore',
      timeout: 60_000,
    },
    {
      // A dev server whose output folder has no index yet: the search page must say how to build one.
      command: `node node_modules/astro/bin/astro.mjs dev --ignore-lock --host 127.0.0.1 --port ${PORTS.devNoIndex}`,
      url: `http://127.0.0.1:${PORTS.devNoIndex}/`,
      env: { NEWS_CACHE_DIR: '.test-work/cache-dev-no-index', NEWS_OUT_DIR: '.test-work/no-index-dist', ASTRO_TELEMETRY_DISABLED: '1' },
      reuseExistingServer: false,
      stdout: 'ignore',
      timeout: 60_000,
    },
  ],
});

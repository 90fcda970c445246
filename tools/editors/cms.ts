#!/usr/bin/env node
// `npm run cms [-- --port 4321] [--ignore-lock]`: the local editing environment. Builds the CMS's bundle when it is
// missing (once per version: tools/build/cms-files.ts), then starts the dev server on 127.0.0.1 with
// /admin/ served (src/integrations/dev-cms.ts) and prints where to go. The CMS works on this folder
// itself through the browser's File System Access API (Chrome or Edge): what it saves is a file in
// content/, seen at once by the dev server's preview and by `npm run check`, and committed with git.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cmsBundle } from '../build/cms-files.ts';
import { buildSettings } from '../../src/build-settings.ts';
import { CMS_PATH } from '../../src/lib/security-headers.ts';

// --ignore-lock: Astro refuses a second dev server of the same project (one running `npm run dev`);
// the preview of each then shows the same content folder.
const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, 'ignore-lock': { type: 'boolean', default: false } },
});
const root = resolve(import.meta.dirname, '../..');
const bundle = cmsBundle(resolve(root, buildSettings.cmsBundleCacheDir));
const url = `http://127.0.0.1:${values.port}${CMS_PATH}`;

const dev = spawn(
  process.execPath,
  [
    resolve(root, 'node_modules/astro/bin/astro.mjs'),
    'dev',
    '--host',
    '127.0.0.1',
    '--port',
    values.port!,
    ...(values['ignore-lock'] ? ['--ignore-lock'] : []),
  ],
  {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, NEWS_CMS_BUNDLE: bundle.dir },
  },
);
let announced = false;
dev.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /Local|ready in/i.test(chunk.toString())) {
    announced = true;
    console.log(
      `\nTrang biên tập: ${url}\n` +
        `Mở bằng Chrome hoặc Edge, bấm "Làm việc với kho mã nguồn cục bộ" và chọn thư mục ${root}.\n` +
        `Bài đã lưu hiện ngay ở http://127.0.0.1:${values.port}/ (bấm "Xem trên trang web"). Dừng: Ctrl+C.\n`,
    );
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));

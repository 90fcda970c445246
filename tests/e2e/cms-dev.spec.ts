// `npm run cms`, as an editor starts it: the real command (tools/editors/cms.ts) and the dev server it
// starts, on a content folder of synthetic articles. It prints where to go, serves the CMS at /admin/
// from its own origin, generates /admin/config.yml from the content folder on every request (a
// category added to categories.yaml is in the form at the next reload) with the list of .mdx articles
// its save check reads, and the dev server shows an article the moment its file is saved (what "Xem
// trên trang web" opens).
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { projectRoot, workDir } from '../support/build-site.ts';
import { fixtureContent } from '../support/global-setup.ts';

const PORT = 4407;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const content = resolve(workDir, 'cms-dev-content');

let server: ChildProcess;
let printed = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const file of ['categories.yaml', 'authors.yaml', 'tac-gia', 'articles/2020/bai-thu-nghiem-so-01.md'])
    cpSync(join(fixtureContent, file), join(content, file), { recursive: true });
  server = spawn(process.execPath, ['tools/editors/cms.ts', '--port', String(PORT), '--ignore-lock'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NEWS_CONTENT_DIR: relative(projectRoot, content),
      NEWS_CACHE_DIR: relative(projectRoot, resolve(workDir, 'cache-cms-dev')),
      NEWS_OUT_DIR: relative(projectRoot, resolve(workDir, 'cms-dev-dist')),
    },
  });
  server.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  await expect.poll(() => printed, { timeout: 170_000, intervals: [500] }).toContain('Trang biên tập:');
});

test.afterAll(() => {
  server?.kill();
});

test('prints where to go and serves the CMS from the dev server, with nothing from another origin', async ({ page }) => {
  expect(printed).toContain(`Trang biên tập: ${ORIGIN}/admin/`);
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== ORIGIN) elsewhere.push(request.url());
  });
  await page.goto(`${ORIGIN}/admin/`);
  await expect(page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' })).toBeVisible({ timeout: 20_000 });
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  expect(elsewhere).toEqual([]);
});

test('generates the configuration from the content folder on every request', async ({ request }) => {
  const config = async () => {
    const response = await request.get(`${ORIGIN}/admin/config.yml`);
    expect(response.status()).toBe(200);
    return response.text();
  };
  const first = await config();
  expect(first).toContain(`folder: ${relative(projectRoot, content)}/articles`);
  expect(first).toContain('label: Kinh tế');
  expect(first).not.toContain('Chuyên mục thử nghiệm');
  appendFileSync(
    join(content, 'categories.yaml'),
    '- id: chuyen-muc-thu-nghiem\n  name: Chuyên mục thử nghiệm (giả lập)\n  description: Chuyên mục giả lập cho kiểm thử.\n  order: 99\n',
  );
  const second = await config();
  expect(second).toContain('label: Chuyên mục thử nghiệm (giả lập)');
  expect(second).toContain('value: chuyen-muc-thu-nghiem');
  // And the .mdx articles the save check reads, as the folder holds them now.
  const mdx = async () => (await request.get(`${ORIGIN}/admin/mdx-articles.json`)).json();
  expect(await mdx()).toEqual({});
  cpSync(join(fixtureContent, 'articles/2020/bai-thu-nghiem-so-02.mdx'), join(content, 'articles/2020/bai-thu-nghiem-so-02.mdx'));
  expect(await mdx()).toEqual({ 'bai-thu-nghiem-so-02': `${relative(projectRoot, content)}/articles/2020/bai-thu-nghiem-so-02.mdx` });
});

test('shows an article on the dev server as soon as its file is saved', async ({ page }) => {
  const title = 'Bài giả lập vừa lưu từ trang biên tập';
  writeFileSync(
    join(content, 'articles/2020/bai-gia-lap-vua-luu.md'),
    [
      '---',
      `title: "${title}"`,
      'lead: "Đoạn mở đầu giả lập, không phải tin thật, để xem trước trên máy."',
      'publishedAt: "2020-12-02T08:00:00+07:00"',
      'category: "kinh-te"',
      'draft: false',
      '---',
      '',
      'Nội dung giả lập.',
      '',
    ].join('\n'),
  );
  await expect
    .poll(async () => (await page.request.get(`${ORIGIN}/bai-viet/bai-gia-lap-vua-luu/`)).status(), { timeout: 30_000 })
    .toBe(200);
  await page.goto(`${ORIGIN}/bai-viet/bai-gia-lap-vua-luu/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

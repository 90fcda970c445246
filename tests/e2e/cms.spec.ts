// The browser CMS (/admin/, Sveltia CMS) driven in a real Chromium against its real local backend:
// the browser's File System Access API over a repository folder. Playwright cannot click through the
// operating system's folder picker, so `showDirectoryPicker()` (only it) returns the browser's own
// origin-private folder, filled beforehand with a copy of a test repository; after the CMS saves, the
// folder's files are copied back to disk, where `npm run check` and a real build read them.
//
// The site served here is /admin/ as `npm run build` writes it (tools/build/cms-files.ts), with the
// headers the build writes (dist/_headers: the CMS's own CSP), for a repository of synthetic articles.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { projectRoot, workDir, buildSite } from '../support/build-site.ts';
import { fixtureContent } from '../support/global-setup.ts';
import { cmsBundle, cmsFiles, updateCmsFiles } from '../../tools/build/cms-files.ts';
import { checkContentFolder } from '../../src/model/content-folder.ts';
import { parseHtml } from '../support/html.ts';
import siteConfig from '../../astro.config.mjs';
import { createBodyRenderer, sharedOptionsOf, unifiedProcessorOf } from '../../src/loaders/article-renderers.ts';
import type { AstroConfig } from 'astro';

const PORT = 4406;
const ADMIN = `http://127.0.0.1:${PORT}/admin/`;
const repo = resolve(workDir, 'cms-repo');
const site = resolve(workDir, 'cms-site');
const EXISTING = 'content/articles/2020/bai-thu-nghiem-so-01.md';
const MDX = 'content/articles/2020/bai-thu-nghiem-so-02.mdx';

let server: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // A repository of its own: the fixture's lists and a few of its articles (Markdown and MDX).
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(join(repo, '.git'), { recursive: true });
  for (const file of [
    'categories.yaml',
    'authors.yaml',
    'tac-gia',
    'articles/2020/bai-thu-nghiem-so-01.md',
    'articles/2020/bai-thu-nghiem-so-03.md',
    'articles/2020/bai-thu-nghiem-so-02.mdx',
  ])
    cpSync(join(fixtureContent, file), join(repo, 'content', file), { recursive: true });
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  // The bundle the fixture build made (the same inputs give the same bundle), and the build's headers.
  const bundleDir = resolve(workDir, 'cache-fixture-dist/cms');
  cmsBundle(bundleDir);
  updateCmsFiles(site, cmsFiles({ bundleDir, contentDir: join(repo, 'content'), repository: repo }));
  cpSync(resolve(workDir, 'fixture-dist/_headers'), join(site, '_headers'));
  server = spawn(process.execPath, ['tools/deploy/serve-static.ts', site, '--port', String(PORT)], { cwd: projectRoot, stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(ADMIN).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(() => {
  server?.kill();
});

/** Every file of the repository's content folder, base64, by path from the repository's root. */
function repositoryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(repo, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(join(repo, path)).toString('base64');
    }
  };
  walk('content');
  return files;
}

/** Opens the CMS on a copy of the repository and signs in to "the local repository". */
async function openCms(page: Page, problems: string[]) {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== `http://127.0.0.1:${PORT}`)
      problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
  });
  await page.goto(ADMIN);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, base64] of Object.entries(files)) {
      const parts = path.split('/');
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, repositoryFiles());
  await page.reload();
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await expect(page.getByRole('grid', { name: 'Bài viết' })).toBeVisible();
}

/** A field of the form, by its key in the frontmatter. */
const field = (page: Page, key: string) => page.locator(`[data-key-path="${key}"]`);

/** The body's editor: the form renders its lower fields as they scroll into view, so scroll down to it as an editor would. */
async function scrollToBody(page: Page) {
  const body = page.getByRole('textbox', { name: 'Nội dung', exact: true });
  await page.getByRole('textbox', { name: /Tiêu đề/ }).hover();
  await expect(async () => {
    await page.mouse.wheel(0, 1500);
    await expect(body).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  return body;
}

/** A file of the folder the CMS works on, as text (undefined when there is none). */
function savedFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (path) => {
    let folder = await navigator.storage.getDirectory();
    const parts = path.split('/');
    try {
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);
}

/** A file of the folder the CMS works on, as base64. */
function savedBytes(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (path) => {
    let folder = await navigator.storage.getDirectory();
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    const bytes = new Uint8Array(await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, path);
}

/** Paths of the files under content/articles/ in the folder the CMS works on. */
function savedArticles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else paths.push(`${prefix}${name}`);
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await (await root.getDirectoryHandle('content')).getDirectoryHandle('articles'), 'content/articles/');
    return paths.sort();
  });
}

test('lists the Markdown articles, not the MDX ones it cannot show, with nothing from another origin', async ({ page }) => {
  const problems: string[] = [];
  await openCms(page, problems);
  await expect(page.getByText('Bài thử nghiệm số 01 (dữ liệu giả lập)')).toBeVisible();
  await expect(page.getByText('Bài thử nghiệm số 03 (dữ liệu giả lập)')).toBeVisible();
  await expect(page.getByText('Bài thử nghiệm số 02 (dữ liệu giả lập)')).toHaveCount(0);
  expect(existsSync(join(repo, MDX))).toBe(true);
  expect(problems).toEqual([]);
});

test("edits an existing article's lead and leaves the rest of its file byte for byte", async ({ page }) => {
  const problems: string[] = [];
  const before = readFileSync(join(repo, EXISTING), 'utf8');
  await openCms(page, problems);
  await page.goto(`${ADMIN}#/collections/articles/entries/2020/bai-thu-nghiem-so-01`);
  const lead = 'Sapo đã sửa trong trình duyệt: bài giả lập số 1, không phải tin thật.';
  await page.getByRole('textbox', { name: /Sapo/ }).fill(lead);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => savedFile(page, EXISTING)).toContain(lead);
  const after = (await savedFile(page, EXISTING))!;
  expect(after).toBe(before.replace(/^lead: .*$/m, `lead: ${JSON.stringify(lead)}`));
  expect(await savedArticles(page)).toEqual([
    'content/articles/2020/bai-thu-nghiem-so-01.md',
    'content/articles/2020/bai-thu-nghiem-so-02.mdx',
    'content/articles/2020/bai-thu-nghiem-so-03.md',
  ]);
  expect(problems).toEqual([]);
});

// A body with the Markdown an editor or the legacy import writes, in forms the rich-text editor writes
// differently (*x* → _x_, __x__ → **x**, "- " → "* ", --- → ***, a bare * escaped).
// Two things it does not keep are left out, and named in the README: a table's column alignment
// (| ---: |) and two neighbouring lists with different bullets (it joins them into one).
const RICH_BODY = `Đoạn có **chữ đậm**, *chữ nghiêng*, _nghiêng gạch dưới_, __đậm gạch dưới__, \`mã\`, [liên kết](https://example.org/ "tiêu đề liên kết"), [liên kết trong trang](/chuyen-muc/kinh-te/) và ~~gạch ngang~~.

## Tiêu đề phụ

### Tiêu đề cấp ba

- mục một
- mục hai
  - mục con

1. bước một
2. bước hai

> Trích dẫn giả lập,
> hai dòng.

![Ảnh giả lập](./anh/anh-gia-lap.jpg "Chú thích ảnh giả lập")

| Cột A | Cột B |
| ----- | ----- |
| 1     | 2     |

Dòng có ngắt\\
dòng cứng và ngắt bằng hai dấu cách${'  '}
ở đây.

---

Dòng có ký tự đặc biệt: 50% & 3 < 4, dấu * sao, dấu _ gạch, [ngoặc], \\*thoát\\*.

Tiêu đề kiểu Setext
-------------------

Dòng cuối.
`;

test('edits a body in the rich-text editor and the page renders the same but for the edit', async ({ page }) => {
  const path = 'content/articles/2020/bai-thu-nghiem-nhieu-dinh-dang.md';
  const before = readFileSync(join(repo, EXISTING), 'utf8')
    .replace(/^---\n\n[\s\S]*$/m, `---\n\n${RICH_BODY}`)
    .replace('số 01', 'nhiều định dạng');
  writeFileSync(join(repo, path), before);
  cpSync(join(fixtureContent, 'articles/2021/anh/anh-gia-lap.jpg'), join(repo, 'content/articles/2020/anh/anh-gia-lap.jpg'));
  const problems: string[] = [];
  await openCms(page, problems);
  await page.goto(`${ADMIN}#/collections/articles/entries/2020/bai-thu-nghiem-nhieu-dinh-dang`);
  const body = await scrollToBody(page);
  await body.getByText('Dòng cuối.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Thêm một câu.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => savedFile(page, path)).toContain('Thêm một câu.');
  const after = (await savedFile(page, path))!;
  expect(problems).toEqual([]);

  // The frontmatter is untouched, and the body renders as the edited original would.
  const [frontmatter] = before.split('\n---\n');
  expect(after.startsWith(`${frontmatter}\n---\n`)).toBe(true);
  // The parts of Astro's resolved configuration the renderer reads, as tests/unit/article-renderers.test.ts gives them.
  const config = {
    root: new URL(`file://${projectRoot}/`),
    markdown: siteConfig.markdown,
    image: { domains: [], remotePatterns: [] },
  } as unknown as AstroConfig;
  const render = await createBodyRenderer(unifiedProcessorOf(config), sharedOptionsOf(config));
  const html = async (text: string) =>
    (await render({ extension: '.md', body: text.split('\n---\n').slice(1).join('\n---\n'), frontmatter: {}, filePath: join(repo, path) }))
      .html;
  expect(await html(after)).toBe(await html(before.replace('Dòng cuối.', 'Dòng cuối. Thêm một câu.')));
  // What the check reads: the saved file passes it.
  writeFileSync(join(repo, path), after);
  expect(checkContentFolder(join(repo, 'content'), repo).filter((p) => p.severity === 'error')).toEqual([]);
});

test("refuses what the content check refuses, in the check's words, and saves nothing", async ({ page }) => {
  const problems: string[] = [];
  const before = readFileSync(join(repo, EXISTING), 'utf8');
  await openCms(page, problems);
  await page.goto(`${ADMIN}#/collections/articles/entries/2020/bai-thu-nghiem-so-01`);
  // A rule of one field: the form says it beside the field.
  await page.getByRole('textbox', { name: /Tiêu đề/ }).fill('Bài');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('tiêu đề quá ngắn (ít nhất 5 ký tự)')).toBeVisible();
  await page.getByRole('textbox', { name: /Tiêu đề/ }).fill('Bài thử nghiệm số 01 (dữ liệu giả lập)');
  // A rule across fields (an update before publication): the check's message, above the form.
  await field(page, 'updatedAt').locator('input[type="datetime-local"]').fill('2020-11-30T08:00');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được bài' })).toContainText(
    'Cập nhật lúc (giờ Việt Nam): thời điểm cập nhật sớm hơn thời điểm đăng',
  );
  expect(await savedFile(page, EXISTING)).toBe(before);
  expect(problems).toEqual([]);
});

test('refuses a new article whose address an .mdx article has (the CMS does not list them)', async ({ page }) => {
  const problems: string[] = [];
  await openCms(page, problems);
  const before = await savedArticles(page);
  await page.goto(`${ADMIN}#/collections/articles/new`);
  // Folded, this title is the address of content/articles/2020/bai-thu-nghiem-so-02.mdx.
  await page.getByRole('textbox', { name: /Tiêu đề/ }).fill('Bài thử nghiệm số 02');
  await page.getByRole('textbox', { name: /Sapo/ }).fill('Đoạn mở đầu giả lập của bài soạn trong trình duyệt, không phải tin thật.');
  await page.getByRole('radio', { name: 'Kinh tế' }).check();
  const body = await scrollToBody(page);
  await body.click();
  await page.keyboard.type('Nội dung giả lập.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được bài' })).toContainText(
    'Tiêu đề: địa chỉ /bai-viet/bai-thu-nghiem-so-02/ đã là của bài content/articles/2020/bai-thu-nghiem-so-02.mdx',
  );
  expect(await savedArticles(page)).toEqual(before);
  expect(problems).toEqual([]);
});

test('creates an article that passes the content check and is built into the site', async ({ page }) => {
  test.setTimeout(150_000);
  const problems: string[] = [];
  await openCms(page, problems);
  await page.goto(`${ADMIN}#/collections/articles/new`);
  const title = 'Bài thử nghiệm soạn trong trình duyệt (giả lập)';
  await page.getByRole('textbox', { name: /Tiêu đề/ }).fill(title);
  await page.getByRole('textbox', { name: /Sapo/ }).fill('Đoạn mở đầu giả lập của bài soạn trong trình duyệt, không phải tin thật.');
  await page.getByRole('radio', { name: 'Kinh tế' }).check();
  await field(page, 'publishedAt').locator('input[type="datetime-local"]').fill('2021-03-15T09:30');
  const body = await scrollToBody(page);
  // A cover photo, uploaded: stored beside the article, in its year's "anh" folder.
  await page
    .getByRole('group', { name: /Ảnh bìa/ })
    .locator('input[type=file]')
    .first()
    .setInputFiles(join(fixtureContent, 'articles/2021/anh/anh-gia-lap.jpg'));
  await page.getByRole('textbox', { name: 'Mô tả ảnh bìa' }).fill('Ảnh bìa giả lập, tải lên trong trình duyệt');
  await body.click();
  await page.keyboard.type('Nội dung giả lập, gõ trong trình duyệt: đường, Đống Đa, hội nghị.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  // In the folder of the year it is published, not the year it is written.
  await expect
    .poll(async () => (await savedArticles(page)).filter((p) => p.endsWith('/bai-thu-nghiem-soan-trong-trinh-duyet-gia-lap.md')), {
      timeout: 15_000,
    })
    .toHaveLength(1);
  const [saved] = (await savedArticles(page)).filter((p) => p.endsWith('/bai-thu-nghiem-soan-trong-trinh-duyet-gia-lap.md'));
  const text = (await savedFile(page, saved))!;
  expect(text).toContain(`title: "${title}"`);
  expect(text).toContain('publishedAt: "2021-03-15T09:30:00+07:00"');
  expect(text).toContain('category: "kinh-te"');
  expect(saved).toBe('content/articles/2021/bai-thu-nghiem-soan-trong-trinh-duyet-gia-lap.md');
  expect(text).toContain('cover: "./anh/anh-gia-lap.jpg"');
  const photo = saved.replace(/[^/]+$/, 'anh/anh-gia-lap.jpg');
  expect(await savedArticles(page)).toContain(photo);
  expect(problems).toEqual([]);

  // Back on disk, as an editor's folder would be: the check passes and the build publishes it.
  mkdirSync(dirname(join(repo, photo)), { recursive: true });
  writeFileSync(join(repo, saved), text);
  writeFileSync(join(repo, photo), Buffer.from((await savedBytes(page, photo))!, 'base64'));
  expect(checkContentFolder(join(repo, 'content'), repo).filter((p) => p.severity === 'error')).toEqual([]);
  const outDir = resolve(workDir, 'cms-dist');
  const build = await buildSite({ contentDir: join(repo, 'content'), outDir });
  expect(build.code, build.output).toBe(0);
  const page2 = parseHtml(readFileSync(join(outDir, 'bai-viet/bai-thu-nghiem-soan-trong-trinh-duyet-gia-lap/index.html'), 'utf8'));
  expect(page2.querySelector('h1')?.textContent).toBe(title);
  expect(page2.querySelector('article')?.textContent).toContain('gõ trong trình duyệt');
  // The uploaded cover, optimised by the build.
  const cover = page2.querySelector('img[alt="Ảnh bìa giả lập, tải lên trong trình duyệt"]');
  expect(cover?.getAttribute('src')).toMatch(/^\/_astro\/anh-gia-lap\.[\w-]+\.webp$/);
});

// `npm run build` is incremental and still gives exactly what a clean build gives: a copy of the project
// builds a small corpus, then publishes a new article, edits one, deletes one, renames a category, changes
// a UI string, replaces a photo, lets a scheduled article's time come, changes the rendering code (a clean
// start, with an article deleted in it), and after each step its dist/ is compared byte for byte (search
// shards included) with a clean build of the same content; searches in Chromium against both give the
// same results. The build's report shows it did reuse pages and shards.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../tools/build/build.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tools/lib/chromium.ts';
import { toVietnamIso } from '../../src/lib/dates.ts';
import { articleSource } from '../../src/model/frontmatter.ts';
import { projectRoot, workDir } from '../support/build-site.ts';
import { writeFixtureSite } from '../support/fixture-site.ts';

const work = resolve(workDir, 'incremental');
const project = join(work, 'project');
const content = join(work, 'content');
const NOW = new Date('2026-11-26T09:00:00+07:00');
let now = NOW;

/** The project as it is in git (sources, tools, public/), with the installed node_modules linked in. */
function copyProject() {
  rmSync(work, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files.filter((f) => !/^(tests|benchmark|docs|content)\//.test(f))) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    cpSync(join(projectRoot, file), join(project, file));
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
}

/** A build's environment as an operator's shell gives it (not the test runner's NODE_ENV=test). */
const buildEnv = (kind: 'incremental' | 'clean') => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  NEWS_CONTENT_DIR: content,
  NEWS_OUT_DIR: join(work, `${kind}-dist`),
  NEWS_CACHE_DIR: join(work, `${kind}-cache`),
  NEWS_BUILD_NOW: toVietnamIso(now),
  NEWS_BUILD_REPORT: join(work, `${kind}-report.json`),
});

/** `npm run build` of the project copy, as an operator runs it (`--clean` for the clean one). */
const runBuild = (kind: 'incremental' | 'clean') =>
  spawnSync(process.execPath, [join(project, 'tools/build/build.ts'), ...(kind === 'clean' ? ['--clean'] : [])], {
    cwd: project,
    encoding: 'utf8',
    env: buildEnv(kind),
  });

function build(kind: 'incremental' | 'clean'): BuildReport {
  const result = runBuild(kind);
  if (result.status !== 0) throw new Error(`${kind} build failed:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(readFileSync(join(work, `${kind}-report.json`), 'utf8')) as BuildReport;
}

/** Every file of a built site, as base64, by path. */
function snapshot(dist: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dist.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'base64');
  }
  return files;
}

/** Builds both ways and expects the same site; returns the incremental build's report. */
function buildBothAndCompare(): BuildReport {
  const incremental = build('incremental');
  build('clean');
  const a = snapshot(join(work, 'incremental-dist'));
  const b = snapshot(join(work, 'clean-dist'));
  expect({
    onlyIncremental: Object.keys(a).filter((path) => !(path in b)),
    onlyClean: Object.keys(b).filter((path) => !(path in a)),
    different: Object.keys(a).filter((path) => path in b && a[path] !== b[path]),
  }).toEqual({ onlyIncremental: [], onlyClean: [], different: [] });
  return incremental;
}

const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));
const fields = {
  lead: 'Bài giả lập để kiểm tra bản dựng từng phần, không phải tin thật.',
  category: 'do-thi',
  tags: ['Dữ liệu thử nghiệm'],
};

describe('an incremental build gives what a clean build gives', () => {
  beforeAll(async () => {
    copyProject();
    await writeFixtureSite(content);
    mkdirSync(join(content, 'articles/2026'), { recursive: true });
    // The newsroom's current month already has an article, as it usually does when the next one is published.
    writeFileSync(
      join(content, 'articles/2026/bai-hom-qua.md'),
      articleSource(
        { ...fields, title: 'Bài hôm qua của bản dựng từng phần (giả lập)', publishedAt: new Date(NOW.getTime() - 86_400_000) },
        'Nội dung hôm qua.',
      ),
    );
    // An article scheduled an hour after the build's "now": it comes in at the last step.
    writeFileSync(
      join(content, 'articles/2026/bai-hen-gio-mot-tieng.md'),
      articleSource(
        { ...fields, title: 'Bài hẹn giờ sau một tiếng (giả lập)', publishedAt: new Date(NOW.getTime() + 3600_000) },
        'Nội dung hẹn giờ.',
      ),
    );
  }, 120_000);

  it('the first build', () => {
    const report = buildBothAndCompare();
    expect(report.clean).toBe('no earlier build');
  }, 120_000);

  it('nothing changed: every keyed page and every shard reused', () => {
    const report = buildBothAndCompare();
    expect(report.clean).toBe(false);
    expect(report.pages.counts).toMatchObject({ new: 0, changed: 0, templates: 0 });
    expect(report.search.rebuilt).toEqual([]);
  }, 120_000);

  it('publishing a new article renders it and the pages that list it, and indexes its month only', () => {
    mkdirSync(join(content, 'articles/2026'), { recursive: true });
    writeFileSync(
      join(content, 'articles/2026/tin-moi-dang.md'),
      articleSource(
        { ...fields, title: 'Tin mới đăng của bản dựng từng phần (giả lập)', publishedAt: new Date(NOW.getTime() - 600_000) },
        'Nội dung mới.',
      ),
    );
    const report = buildBothAndCompare();
    expect(report.pages.counts.new).toBe(1);
    // Its share image is drawn and placed; every other one stays as it was.
    expect(report.shareImages).toMatchObject({ drawn: 1, placed: 1, removed: 0 });
    expect(existsSync(join(work, 'incremental-dist/bai-viet/tin-moi-dang/anh-chia-se.png'))).toBe(true);
    expect(report.pages.reused).toBeGreaterThan(report.pages.counts.changed);
    expect(report.search.rebuilt).toEqual(['2026-11-11']);
    expect(report.search.reused.length).toBeGreaterThan(0);
  }, 120_000);

  it('editing an article, its title too: the pages listing it show the new one', () => {
    edit(join(content, 'articles/2020/bai-thu-nghiem-so-01.md'), (text) =>
      text
        .replace('Nội dung không có thật.', 'Nội dung đã sửa, vẫn không có thật.')
        .replace('Bài thử nghiệm số 01 (dữ liệu giả lập)', 'Bài thử nghiệm số 01, tên đã sửa (dữ liệu giả lập)'),
    );
    const report = buildBothAndCompare();
    expect(report.pages.counts.changed).toBeGreaterThan(0);
    expect(report.search.rebuilt).toHaveLength(1);
    // The other articles' fragments in that shard are the same bytes: left as they were, not written again.
    expect(report.search.files.kept.filter((file) => file.includes('/fragment/')).length).toBeGreaterThan(0);
  }, 120_000);

  it('editing an MDX article, and replacing the video it publishes beside its page', () => {
    const article = join(content, 'articles/2021/bai-thu-nghiem-thanh-phan.mdx');
    edit(article, (text) => text.replace('Câu trích dẫn giả lập.', 'Câu trích dẫn giả lập, đã sửa.'));
    writeFileSync(join(content, 'articles/2021/anh/video-gia-lap.mp4'), Buffer.from('video giả lập, bản thay thế'));
    const report = buildBothAndCompare();
    expect(report.pages.counts.changed).toBeGreaterThan(0);
    const page = readFileSync(join(work, 'incremental-dist/bai-viet/bai-thu-nghiem-thanh-phan/index.html'), 'utf8');
    expect(page).toContain('Câu trích dẫn giả lập, đã sửa.');
    const video = readFileSync(join(work, 'incremental-dist/bai-viet/bai-thu-nghiem-thanh-phan/anh/video-gia-lap.mp4'), 'utf8');
    expect(video).toBe('video giả lập, bản thay thế');
  }, 120_000);

  it('replacing a photo under its name renders the pages that show it (its digest was kept, not read again)', async () => {
    const photo = join(content, 'articles/2021/anh/anh-gia-lap.jpg');
    const digests = JSON.parse(readFileSync(join(work, 'incremental-cache/astro/file-digests.json'), 'utf8')) as { files: object };
    expect(Object.keys(digests.files)).toContain(photo);
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 28, g: 90, b: 155 } } })
      .jpeg({ quality: 70 })
      .toFile(photo);
    const report = buildBothAndCompare();
    expect(report.pages.counts.changed).toBeGreaterThan(0);
  }, 120_000);

  it('deleting an article removes its page and its entries everywhere', () => {
    rmSync(join(content, 'articles/2020/bai-thu-nghiem-so-03.md'));
    const report = buildBothAndCompare();
    expect(report.files.removed).toBeGreaterThan(0);
    expect(report.shareImages.removed).toBe(1);
    expect(existsSync(join(work, 'incremental-dist/bai-viet/bai-thu-nghiem-so-03'))).toBe(false);
  }, 120_000);

  it('an article the loader refuses stops the build before any page is written; once fixed, the next build is still incremental', () => {
    const published = snapshot(join(work, 'incremental-dist'));
    const broken = join(content, 'articles/2020/bai-thu-nghiem-so-07.md');
    const original = readFileSync(broken, 'utf8');
    writeFileSync(broken, `${original}\n<script>alert(1)</script>\n`);
    const result = runBuild('incremental');
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toMatch(/bai-thu-nghiem-so-07\.md:\d+:1: lỗi \[script\]: thẻ <script> không dùng được trong bài/);
    expect(output).toMatch(/1 bài không dựng được/);
    // The editor reads what to fix, not where in the loader Astro caught it.
    expect(output).not.toMatch(/Stack trace|Location:|\n\s+at /);
    expect(snapshot(join(work, 'incremental-dist'))).toEqual(published);
    expect(readFileSync(join(work, 'incremental-cache/build-state.json'), 'utf8')).toContain('"standby":"clean"');

    writeFileSync(broken, original.replace('Nội dung không có thật.', 'Nội dung không có thật, đã sửa.'));
    const report = buildBothAndCompare();
    expect(report.clean).toBe(false);
    expect(report.pages.counts.changed).toBeGreaterThan(0);
    expect(report.pages.reused).toBeGreaterThan(0);
  }, 120_000);

  it('renaming a category renders every page that shows the navigation', () => {
    edit(join(content, 'categories.yaml'), (text) => text.replace('name: Kinh tế', 'name: Kinh tế – Tài chính'));
    const started = Date.now();
    const report = buildBothAndCompare();
    // Every HTML page was written again; what was reused shows no navigation (the video beside an
    // article, the share images and "Tin mới" lists of the other categories, the CMS's page).
    const dist = join(work, 'incremental-dist');
    const pages = globSync('**/*.html', { cwd: dist }).filter((page) => !page.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((page) => statSync(join(dist, page)).mtimeMs < started)).toEqual([]);
    expect(report.pages.reused).toBeGreaterThan(0);
    // The renamed category's share images are drawn again with the new name.
    expect(statSync(join(dist, 'bai-viet/bai-thu-nghiem-dau-thang/anh-chia-se.png')).mtimeMs).toBeGreaterThanOrEqual(started);
  }, 120_000);

  it('changing a UI string renders the pages of the templates that use it', () => {
    edit(join(project, 'src/i18n/vi.ts'), (text) =>
      text.replace("readingTime: '{minutes} phút đọc'", "readingTime: 'Đọc trong {minutes} phút'"),
    );
    const report = buildBothAndCompare();
    expect(report.pages.counts.templates).toBeGreaterThan(0);
  }, 120_000);

  it('changing a browser island renders the pages that load it (its file name changes)', () => {
    edit(join(project, 'src/client/comment-form.ts'), (text) => text.replace('counter.hidden = false;', 'counter.hidden = left < -1;'));
    const report = buildBothAndCompare();
    expect(report.pages.counts.templates).toBeGreaterThan(0);
  }, 120_000);

  it('a scheduled article comes in when its time has come, with no file changed', () => {
    now = new Date(NOW.getTime() + 2 * 3600_000);
    buildBothAndCompare();
    expect(existsSync(join(work, 'incremental-dist/bai-viet/bai-hen-gio-mot-tieng/index.html'))).toBe(true);
  }, 120_000);

  it('a build killed half way leaves dist/ as it was, and the next build gives what a clean build gives', async () => {
    const before = snapshot(join(work, 'incremental-dist'));
    edit(join(content, 'articles/2020/bai-thu-nghiem-so-05.md'), (text) =>
      text.replace('Nội dung không có thật.', 'Nội dung sửa lần hai.'),
    );
    // Its own process group, killed whole (as a terminal's Ctrl-C or a CI timeout does) once Astro is writing.
    const child = spawn(process.execPath, [join(project, 'tools/build/build.ts')], {
      cwd: project,
      stdio: 'ignore',
      detached: true,
      env: buildEnv('incremental'),
    });
    const exited = new Promise((done) => child.on('exit', done));
    const stateFile = join(work, 'incremental-cache/build-state.json');
    const standby = join(work, 'incremental-cache/next-dist');
    const wroteSince = (since: number) =>
      readdirSync(standby, { recursive: true, withFileTypes: true }).some(
        (e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > since,
      );
    for (let i = 0; i < 400 && !readFileSync(stateFile, 'utf8').includes('dirty'); i++) await new Promise((r) => setTimeout(r, 10));
    const dirtyAt = statSync(stateFile).mtimeMs;
    for (let i = 0; i < 1000 && !wroteSince(dirtyAt); i++) await new Promise((r) => setTimeout(r, 10));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(readFileSync(stateFile, 'utf8')).toContain('"standby":"dirty"'); // killed before publishing
    expect(snapshot(join(work, 'incremental-dist'))).toEqual(before);
    buildBothAndCompare();
  }, 120_000);

  it('changed rendering code starts clean; an article deleted in that build stays gone from the builds after it', () => {
    // The clean start builds into an empty standby; the site it replaces (with the deleted article's
    // page and shard files) becomes the standby the next build writes into.
    rmSync(join(content, 'articles/2020/bai-thu-nghiem-so-04.mdx'));
    edit(join(project, 'src/lib/reading-time.ts'), (text) => `// Changes the pipeline's fingerprint, not its output.\n${text}`);
    const report = buildBothAndCompare();
    expect(report.clean).toBe('rendering code changed');
    expect(existsSync(join(work, 'incremental-dist/bai-viet/bai-thu-nghiem-so-04'))).toBe(false);

    // An edit in the same month re-indexes the shard the deleted article was in.
    edit(join(content, 'articles/2020/bai-thu-nghiem-so-06.mdx'), (text) =>
      text.replace('Nội dung không có thật.', 'Nội dung sửa sau bản dựng sạch.'),
    );
    const next = buildBothAndCompare();
    expect(next.clean).toBe(false);
    expect(next.search.rebuilt).toHaveLength(1);
    expect(existsSync(join(work, 'incremental-dist/bai-viet/bai-thu-nghiem-so-04'))).toBe(false);
  }, 240_000);

  describe('searching both sites in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
      await browser?.close();
    });
    it('gives the same results for the same queries', async () => {
      const results: string[][][] = [];
      for (const [kind, port] of [
        ['incremental', 4481],
        ['clean', 4482],
      ] as const) {
        const server = spawn(
          process.execPath,
          [join(projectRoot, 'tools/deploy/serve-static.ts'), join(work, `${kind}-dist`), '--port', String(port)],
          { stdio: 'ignore' },
        );
        try {
          for (
            let i = 0;
            i < 50 &&
            !(await fetch(`http://127.0.0.1:${port}/`).then(
              (r) => r.ok,
              () => false,
            ));
            i++
          )
            await new Promise((r) => setTimeout(r, 100));
          const page = await browser.newPage();
          const ofSite: string[][] = [];
          for (const query of ['thu nghiem', 'ba dinh', 'tin moi dang']) {
            await page.goto(`http://127.0.0.1:${port}/tim-kiem/?q=${encodeURIComponent(query)}`);
            await page.locator('[data-search-status][data-state="done"]').waitFor();
            ofSite.push(
              await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
            );
          }
          results.push(ofSite);
          await page.close();
        } finally {
          server.kill();
        }
      }
      expect(results[0]).toEqual(results[1]);
      expect(results[0][2]).toContain('/bai-viet/tin-moi-dang/');
    }, 60_000);
  });
});

// The editors' command-line tools, run as editors run them, on good and bad input, in a temporary
// content folder (NEWS_CONTENT_DIR) so the real content/ is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, workDir } from '../support/build-site.ts';
import { vietnamYear } from '../../src/lib/dates.ts';

const content = resolve(workDir, 'cli-content');
const seed = resolve(projectRoot, 'tests/fixtures/legacy/000_0d86179cd3a6a5de.txt');
const committed = readFileSync(
  resolve(projectRoot, 'content/articles/2021/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021.mdx'),
  'utf8',
);
const baDinh = join(content, 'articles/2021/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021.mdx');

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [resolve(projectRoot, 'tools/editors', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEWS_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, all: result.stdout + result.stderr };
}

beforeEach(() => {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  cpSync(resolve(projectRoot, 'content/categories.yaml'), join(content, 'categories.yaml'));
  cpSync(resolve(projectRoot, 'content/authors.yaml'), join(content, 'authors.yaml'));
});

describe('npm run import:legacy', () => {
  const tags = ['--tags', 'Ba Đình,Thi đua khen thưởng'];
  it('imports the seed, prints the path, and after lint --fix matches the committed article', () => {
    const imported = run('import-legacy.ts', seed, '--category', 'quan-huyen', ...tags);
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim()).toBe(`.test-work/cli-content/articles/2021/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021.mdx`);
    const lint = run('lint-content.ts', baDinh);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021\.mdx:16:\d+ {2}number-glued-to-word/);
    expect(run('lint-content.ts', '--fix', baDinh).code).toBe(0);
    expect(readFileSync(baDinh, 'utf8')).toBe(committed);
  });
  it('never overwrites an existing article without --force', () => {
    run('import-legacy.ts', seed, '--category', 'quan-huyen', ...tags);
    writeFileSync(baDinh, 'bản của biên tập viên');
    const again = run('import-legacy.ts', seed, '--category', 'quan-huyen');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/đã có ở .*không ghi đè \(dùng --force/);
    expect(readFileSync(baDinh, 'utf8')).toBe('bản của biên tập viên');
    expect(run('import-legacy.ts', seed, '--category', 'quan-huyen', '--force').code).toBe(0);
    expect(readFileSync(baDinh, 'utf8')).toMatch(/^---\ntitle: "Quận Ba Đình/);
  });
  it('asks for a category, naming the ones that exist', () => {
    const result = run('import-legacy.ts', seed);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Thiếu --category\. Các chuyên mục có: thoi-su, quan-huyen/);
    expect(run('import-legacy.ts', seed, '--category', 'khong-co').stderr).toMatch(/không có trong/);
  });
  it('rejects input it cannot make sense of, naming the file and line, and writes nothing for it', () => {
    const bad = join(content, 'khong-co-gio.txt');
    writeFileSync(bad, 'Bài thử nghiệm không có giờ (giả lập)\n\nHNP - Đoạn mở đầu giả lập.\n\nĐoạn nội dung giả lập.\n');
    const result = run('import-legacy.ts', bad, seed, '--category', 'quan-huyen');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}:1: không thấy thời gian đăng`);
    expect(result.stdout.trim().split('\n')).toHaveLength(1); // the seed was still imported
    expect(existsSync(join(content, 'articles/2026'))).toBe(false);
  });
});

describe('npm run new', () => {
  it('writes a valid draft skeleton with a folded slug and the current Vietnam time', () => {
    const result = run('new-article.ts', 'Bài thử nghiệm mới của tòa soạn', '--category', 'thoi-su');
    expect(result.code).toBe(0);
    const path = result.stdout.trim();
    expect(path).toBe(join(content, `articles/${vietnamYear(new Date())}/bai-thu-nghiem-moi-cua-toa-soan.md`));
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^publishedAt: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00"$/m);
    expect(run('check.ts').code).toBe(0);
  });
  it('writes MDX when asked, for articles that use components', () => {
    const path = run('new-article.ts', 'Bài thử nghiệm có thành phần', '--category', 'thoi-su', '--mdx').stdout.trim();
    expect(path).toMatch(/bai-thu-nghiem-co-thanh-phan\.mdx$/);
    expect(readFileSync(path, 'utf8')).toContain('<Figure caption="Chú thích ảnh" />');
    expect(run('check.ts').code).toBe(0);
  });
  it('refuses a slug that already exists', () => {
    run('new-article.ts', 'Bài thử nghiệm mới của tòa soạn', '--category', 'thoi-su');
    const again = run('new-article.ts', 'Bài thử nghiệm mới của TÒA SOẠN', '--category', 'thoi-su');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Đã có bài với slug "bai-thu-nghiem-moi-cua-toa-soan"/);
  });
  it('needs a category', () => {
    expect(run('new-article.ts', 'Bài thử nghiệm').stderr).toMatch(/Thiếu --category/);
  });
  it('any title: a long one gets a slug cut after a whole word, one too long for a title is refused in Vietnamese, an empty one named', () => {
    const long = 'Quận tổ chức hội nghị tổng kết công tác thi đua khen thưởng năm 2021 và phát động phong trào thi đua năm 2022';
    const made = run('new-article.ts', long, '--category', 'thoi-su');
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toMatch(/\/quan-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2021-va-phat\.md$/);
    expect(run('check.ts').code).toBe(0);

    const tooLong = run('new-article.ts', 'Tiêu đề rất dài '.repeat(32), '--category', 'thoi-su');
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toMatch(/^Tiêu đề: tiêu đề quá dài \(tối đa 200 ký tự\)\. Tiêu đề hiện có 511 ký tự\.$/m);
    expect(tooLong.stderr).not.toMatch(/ENAMETOOLONG|\n\s+at /);

    expect(run('new-article.ts', '   ', '--category', 'thoi-su').stderr).toMatch(/^Thiếu tiêu đề\. Cách dùng/);
    expect(run('new-article.ts', '!!! … ???', '--category', 'thoi-su').stderr).toMatch(/không có chữ hay số nào để làm slug/);
  });
});

describe('npm run check', () => {
  it('lists every problem of every file with file, line, field and message', () => {
    mkdirSync(join(content, 'articles/2021'), { recursive: true });
    writeFileSync(
      join(content, 'articles/2021/loi-1.mdx'),
      '---\ntitle: "Bài"\nlead: "Đoạn mở đầu giả lập."\npublishedAt: "2021-01-20T13:57:00+07:00"\ncategory: khong-co\n---\n\nXem [bài](/bai-viet/khong-co/).\n',
    );
    writeFileSync(
      join(content, 'articles/2021/loi-2.md'),
      '---\ntitle: "Bài giả lập thứ hai"\nlead: "Đoạn mở đầu giả lập."\npublishedAt: 2021-01-20\ncategory: thoi-su\n---\n',
    );
    const result = run('check.ts');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(/^.*?cli-content\//, ''))).toEqual([
      'articles/2021/loi-1.mdx:2: lỗi [title]: tiêu đề quá ngắn (ít nhất 5 ký tự)',
      expect.stringMatching(/^articles\/2021\/loi-1\.mdx:5: lỗi \[category\]: chuyên mục "khong-co" không có/),
      'articles/2021/loi-1.mdx:8: lỗi [body]: liên kết hỏng: không có bài "khong-co" (/bai-viet/khong-co/)',
      expect.stringMatching(/^articles\/2021\/loi-2\.md:4: lỗi \[publishedAt\]: .*thiếu dấu nháy/),
      expect.stringMatching(/^articles\/2021\/loi-2\.md:7: lỗi \[body\]: bài không có nội dung/),
    ]);
    expect(lines.at(-1)).toMatch(/^5 lỗi, 0 cảnh báo/);
  });
  it('names what an MDX body may not contain, with line and column, as the build would refuse it', () => {
    rmSync(join(content, 'articles'), { recursive: true, force: true });
    mkdirSync(join(content, 'articles/2021'), { recursive: true });
    writeFileSync(
      join(content, 'articles/2021/loi-mdx.mdx'),
      '---\ntitle: "Bài giả lập có lỗi MDX"\nlead: "Đoạn mở đầu giả lập."\npublishedAt: "2021-01-20T13:57:00+07:00"\ncategory: thoi-su\n---\n\n' +
        'import { execSync } from \'node:child_process\';\n\nĐoạn văn giả lập.\n\n<Figure captoin="Ảnh" />\n',
    );
    const result = run('check.ts');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(/^.*?cli-content\//, ''))).toEqual([
      expect.stringMatching(/^articles\/2021\/loi-mdx\.mdx:8:1: lỗi \[import\]: bài chỉ import ảnh hoặc video đặt cạnh bài/),
      'articles/2021/loi-mdx.mdx:12:9: lỗi [Figure]: không có thuộc tính "captoin": có phải "caption"?; dùng được: src, alt, caption, credit, width, height, eager',
    ]);
    expect(lines.at(-1)).toMatch(/^2 lỗi, 0 cảnh báo/);
  });
  it('names the raw HTML a Markdown body may not contain, and a file that is not UTF-8, without reading garbage from it', () => {
    rmSync(join(content, 'articles'), { recursive: true, force: true });
    mkdirSync(join(content, 'articles/2021'), { recursive: true });
    const head =
      '---\ntitle: "Bài giả lập có HTML"\nlead: "Đoạn mở đầu giả lập."\npublishedAt: "2021-01-20T13:57:00+07:00"\ncategory: thoi-su\n---\n\n';
    writeFileSync(join(content, 'articles/2021/loi-html.md'), `${head}Đoạn.\n\n<iframe src="https://example.org/"></iframe>\n`);
    writeFileSync(
      join(content, 'articles/2021/loi-bang-ma.md'),
      Buffer.from(`${head}Tin H\u00e0 N\u00f4i <script>x</script>.\n`, 'latin1'),
    );
    const result = run('check.ts');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(/^.*?cli-content\//, ''))).toEqual([
      expect.stringMatching(/^articles\/2021\/loi-bang-ma\.md:2:10: lỗi: tệp không lưu ở dạng UTF-8 mà có vẻ là Latin-1/),
      'articles/2021/loi-html.md:10:1: lỗi [iframe]: thẻ <iframe> không dùng được trong bài; video dùng <VideoEmbed>',
    ]);
    expect(lines.at(-1)).toMatch(/^2 lỗi, 0 cảnh báo/);
  });
});

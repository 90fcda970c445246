// The content folder on disk, checked with a cache of each article's facts (npm run build keeps one):
// the same problems as without it; an article read again whenever its file may have changed and parsed
// again whenever its bytes did; facts made by other code never used; recent files never trusted by
// their times alone.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/model/content-folder.ts';
import { formatProblem } from '../../src/model/content-report.ts';

let root: string;
const cache = () => ({ file: join(root, 'cache/content-check.json'), version: 'v1' });
const articlePath = 'content/articles/2021/bai-thu-nghiem.md';
const article = (title: string) =>
  `---\ntitle: "${title}"\nlead: "Đoạn mở đầu giả lập đủ dài."\npublishedAt: "2021-01-20T13:57:00+07:00"\ncategory: "quan-huyen"\ndraft: false\n---\n\nNội dung giả lập.\n`;
const check = (withCache = true) => checkContentFolder('content', root, withCache ? cache() : undefined).map(formatProblem);
type Entry = [stamp: string, hash: string, facts: { problems: unknown[] }];
const cached = () => JSON.parse(readFileSync(cache().file, 'utf8')) as { version: string; files: Record<string, Entry> };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-folder-'));
  mkdirSync(join(root, 'content/articles/2021'), { recursive: true });
  for (const list of ['categories.yaml', 'authors.yaml'])
    cpSync(join(import.meta.dirname, '../../content', list), join(root, 'content', list));
  writeFileSync(join(root, articlePath), article('Bài thử nghiệm hợp lệ (giả lập)'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkContentFolder with a cache', () => {
  it('finds what the check without a cache finds, and keeps the facts of each article it read', () => {
    writeFileSync(
      join(root, 'content/articles/2021/bai-hong.md'),
      article('Bài').replace('Nội dung giả lập.', '[hỏng](/bai-viet/khong-co/)'),
    );
    const problems = check(false);
    expect(problems).toHaveLength(2);
    expect(check()).toEqual(problems);
    expect(Object.keys(cached().files).sort()).toEqual(['content/articles/2021/bai-hong.md', articlePath]);
    const written = statSync(cache().file).mtimeMs;
    expect(check()).toEqual(problems);
    // Nothing changed: the cache is not written again.
    expect(statSync(cache().file).mtimeMs).toBe(written);
  });

  it('parses an article again when its bytes changed, even to the same size and modification time', () => {
    expect(check()).toEqual([]);
    const before = statSync(join(root, articlePath));
    writeFileSync(join(root, articlePath), article('Bài thử nghiệm hợp lệ (giả lập)').replace('"quan-huyen"', '"quan-huyex"'));
    utimesSync(join(root, articlePath), before.atime, before.mtime);
    expect(statSync(join(root, articlePath)).size).toBe(before.size);
    expect(check()).toEqual([expect.stringContaining(`${articlePath}:5: lỗi [category]: chuyên mục "quan-huyex" không có`)]);
  });

  it('uses kept facts for the same bytes and the same version of the code only', () => {
    check();
    // Facts as another version of the check might have kept them: a problem the file does not have.
    const data = cached();
    data.files[articlePath][2].problems = [{ file: articlePath, line: 1, message: 'vấn đề giả', severity: 'error' }];
    writeFileSync(cache().file, JSON.stringify(data));
    expect(check()).toEqual([`${articlePath}:1: lỗi: vấn đề giả`]);
    writeFileSync(cache().file, JSON.stringify({ ...data, version: 'v0' }));
    expect(check()).toEqual([]);
  });

  it('does not trust the times of a file written in the last moments (they could come again)', () => {
    check();
    expect(cached().files[articlePath][0]).toBe('');
  });

  it("trusts an older file's times, and reads it again once they change", async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    check();
    const [stamp] = cached().files[articlePath];
    expect(stamp).toMatch(/^\d+:\d+:\d+:\d+$/);
    writeFileSync(join(root, articlePath), article('Bài thử nghiệm hợp lệ (giả lập)').replace('"quan-huyen"', '"quan-huyex"'));
    expect(check()).toEqual([expect.stringContaining('chuyên mục "quan-huyex" không có')]);
    expect(cached().files[articlePath][0]).not.toBe(stamp);
  });

  it('forgets articles that are gone', () => {
    check();
    rmSync(join(root, articlePath));
    expect(check()).toEqual([]);
    expect(cached().files).toEqual({});
  });
});

// The static quality gates pass on both built sites, and each one fails, naming the page, on a copy
// of dist/ broken on purpose.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEncoding, checkHtmlValidity, checkInlineScripts, checkLinks } from '../../tools/quality/dist-gates.ts';
import { FIXTURE_SITE_URL, fixtureDist, realDist } from '../support/global-setup.ts';
import { workDir } from '../support/build-site.ts';
import { siteConfig } from '../../src/site.config.ts';

const SITE = siteConfig.defaultUrl;

describe('gates pass on the built sites', () => {
  it('HTML validity: zero errors on every page', async () => {
    expect(await checkHtmlValidity(realDist)).toEqual([]);
    expect(await checkHtmlValidity(fixtureDist)).toEqual([]);
  });
  it('links: every internal link and fragment resolves', () => {
    expect(checkLinks(realDist, SITE)).toEqual([]);
    expect(checkLinks(fixtureDist, FIXTURE_SITE_URL)).toEqual([]);
  });
  it('encoding: UTF-8 everywhere, no U+FFFD or mojibake, every page declares UTF-8 and lang="vi"', () => {
    expect(checkEncoding(realDist)).toEqual([]);
    expect(checkEncoding(fixtureDist)).toEqual([]);
  });
  it('no inline script or event handler anywhere: the CSP runs only script files', () => {
    expect(checkInlineScripts(realDist)).toEqual([]);
    expect(checkInlineScripts(fixtureDist)).toEqual([]);
  });
});

describe('each gate fails on a broken page, naming it', () => {
  const broken = resolve(workDir, 'broken-dist');
  const edit = (page: string, change: (html: string) => string) =>
    writeFileSync(join(broken, page), change(readFileSync(join(broken, page), 'utf8')));
  const article = 'bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/index.html';
  beforeAll(() => {
    rmSync(broken, { recursive: true, force: true });
    cpSync(realDist, broken, { recursive: true });
    edit('index.html', (html) =>
      html.replace('</main>', '<p><a href="/bai-viet/khong-ton-tai/">x</a> <a href="#khong-co-muc">y</a></p></main>'),
    );
    edit('chuyen-muc/kinh-te/index.html', (html) => html.replace('</main>', '<div><span></div></main>'));
    edit(article, (html) => html.replace('</main>', '<img src="/og-default.png" width="10" height="10"></main>'));
    edit('404.html', (html) => html.replace('</main>', '<p>Quáº­n Ba Ä\u0090Ã¬nh</p></main>'));
    edit('tim-kiem/index.html', (html) =>
      html.replace('</main>', '<script>alert(1)</script><script type="application/ld+json">{}</script><p onclick="x()">y</p></main>'),
    );
  });
  it('a broken link and a broken fragment', () => {
    expect(checkLinks(broken, SITE)).toEqual([
      { page: 'index.html', message: 'broken <a href>: /bai-viet/khong-ton-tai/' },
      { page: 'index.html', message: 'broken fragment <a href>: #khong-co-muc (no id "khong-co-muc" in index.html)' },
    ]);
  });
  it('an invalid tag and a missing alt text', async () => {
    const failures = await checkHtmlValidity(broken);
    expect(failures.map((f) => f.page)).toEqual(expect.arrayContaining(['chuyen-muc/kinh-te/index.html', article]));
    expect(failures.find((f) => f.page === article)?.message).toMatch(/wcag\/h37.*alt/);
    expect(failures.find((f) => f.page === 'chuyen-muc/kinh-te/index.html')?.message).toMatch(/close|end tag|implicitly/i);
  });
  it('an inline script and an event handler, not a JSON-LD block', () => {
    expect(checkInlineScripts(broken)).toEqual([
      { page: 'tim-kiem/index.html', message: 'inline <script>: alert(1)' },
      { page: 'tim-kiem/index.html', message: 'event handler onclick: <p onclick="x()">' },
    ]);
  });
  it('mojibake', () => {
    expect(checkEncoding(broken)).toEqual([{ page: '404.html', message: expect.stringMatching(/^mojibake/) }]);
  });
});

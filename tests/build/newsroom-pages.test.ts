// The pages that make the site a newsroom's (issue #14), on the fixture site's real build: author pages,
// the archive by month, related articles, corrections, share images, the category's newest as JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, jsonLd, meta, parseXml, text } from '../support/html.ts';
import { FIXTURE_SITE_URL, fixtureDist } from '../support/global-setup.ts';
import { CORRECTED_ID, FIXTURE_AUTHOR, SYNTHETIC_COUNT, syntheticId } from '../support/fixture-site.ts';
import { validateJsonLd } from '../support/schema-org.ts';
import { siteConfig } from '../../src/site.config.ts';

const hrefs = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href'));
const articleHref = (id: string) => `/bai-viet/${id}/`;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('author pages', () => {
  const page = builtPage(fixtureDist, `/tac-gia/${FIXTURE_AUTHOR.id}/`);
  it("show the author's name, photo and introduction from authors.yaml, then their articles newest first", () => {
    expect(text(page.querySelector('h1'))).toBe(FIXTURE_AUTHOR.name);
    expect(text(page.querySelector('.author-profile__bio'))).toBe(FIXTURE_AUTHOR.bio);
    const photo = page.querySelector('.author-profile__photo')!;
    expect(photo.getAttribute('alt')).toBe(`Ảnh chân dung ${FIXTURE_AUTHOR.name}`);
    expect(photo.getAttribute('srcset')).toMatch(/\.webp 2x/);
    const theirs = [
      CORRECTED_ID,
      ...Array.from({ length: SYNTHETIC_COUNT }, (_, i) => i + 1)
        .filter((n) => n % 3 === 0)
        .map(syntheticId),
    ];
    const listed = hrefs(page, '.card__title a');
    expect([...listed].sort()).toEqual(theirs.map(articleHref).sort());
    const times = [...page.querySelectorAll('.card time')].map((t) => Date.parse(t.getAttribute('datetime')!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
  it('carry a ProfilePage whose Person has the address articles name as their author', () => {
    const [profile] = jsonLd(page);
    expect(validateJsonLd(profile)).toEqual([]);
    expect(profile['@type']).toBe('ProfilePage');
    expect(profile.mainEntity).toMatchObject({
      '@type': 'Person',
      name: FIXTURE_AUTHOR.name,
      url: `${FIXTURE_SITE_URL}/tac-gia/${FIXTURE_AUTHOR.id}/`,
    });
  });
  it('are linked from the signature of their articles, with the NewsArticle author as a Person with that url', () => {
    const article = builtPage(fixtureDist, articleHref(syntheticId(3)));
    const signature = article.querySelector('.article__author a')!;
    expect(signature.getAttribute('href')).toBe(`/tac-gia/${FIXTURE_AUTHOR.id}/`);
    expect(signature.getAttribute('rel')).toBe('author');
    const [graph] = jsonLd(article);
    expect(graph['@graph'][0].author).toEqual({
      '@type': 'Person',
      name: FIXTURE_AUTHOR.name,
      url: `${FIXTURE_SITE_URL}/tac-gia/${FIXTURE_AUTHOR.id}/`,
    });
  });
  it('are not linked from a one-off byline, which stays plain text', () => {
    const article = builtPage(fixtureDist, articleHref(syntheticId(4)));
    expect(text(article.querySelector('.article__author'))).toBe('Tác giả: Cộng tác viên giả lập');
    expect(article.querySelector('.article__author a')).toBeNull();
    expect(jsonLd(article)[0]['@graph'][0].author).toEqual({ '@type': 'Person', name: 'Cộng tác viên giả lập' });
  });
  it('exist for every author of authors.yaml, also one without photo or introduction', () => {
    const page = builtPage(fixtureDist, '/tac-gia/thu-uyen/');
    expect(page.querySelector('.author-profile')).toBeNull();
    expect(hrefs(page, '.card__title a')).toContain('/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/');
  });
});

describe('the archive by month', () => {
  const archive = builtPage(fixtureDist, '/luu-tru/');
  const monthLinks = [...archive.querySelectorAll('.archive-months a')];
  it('lists every year and month with articles, newest first, with counts that add up to the published articles', () => {
    const months = monthLinks.map((a) => a.getAttribute('href')!);
    expect(months[0]).toMatch(/^\/luu-tru\/\d{4}\/\d{2}\/$/);
    expect([...months].sort().reverse()).toEqual(months);
    const counts = monthLinks.map((a) => Number(/(\d+) bài/.exec(text(a.parentElement))![1]));
    const published = readdirSync(join(fixtureDist, 'bai-viet')).filter((id) =>
      existsSync(join(fixtureDist, 'bai-viet', id, 'index.html')),
    );
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(published.length);
  });
  it('puts an article published at 00:30 on the 1st (Vietnam time) in that month, not the one before', () => {
    expect(hrefs(builtPage(fixtureDist, '/luu-tru/2021/02/'), '.card__title a')).toContain(articleHref(CORRECTED_ID));
    const january = [
      ...hrefs(builtPage(fixtureDist, '/luu-tru/2021/01/'), '.card__title a'),
      ...hrefs(builtPage(fixtureDist, '/luu-tru/2021/01/2/'), '.card__title a'),
    ];
    expect(january).not.toContain(articleHref(CORRECTED_ID));
  });
  it('paginates a month like a category, with its place in the trail', () => {
    const first = builtPage(fixtureDist, '/luu-tru/2021/01/');
    expect(text(first.querySelector('h1'))).toBe('Tháng 1/2021');
    expect(first.querySelectorAll('.card')).toHaveLength(siteConfig.pageSize);
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/luu-tru/2021/01/2/');
    expect(hrefs(first, '.breadcrumb a')).toEqual(['/', '/luu-tru/']);
  });
});

describe('related articles', () => {
  it('list up to the configured number of other articles sharing tags, none of the newer/older lists, never itself', () => {
    for (const id of [syntheticId(12), CORRECTED_ID, syntheticId(1)]) {
      const page = builtPage(fixtureDist, articleHref(id));
      const related = hrefs(page, '.article-aside #related-heading + ul .card__title a');
      const neighbours = hrefs(page, '.related .card__title a');
      expect(related.length, id).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(siteConfig.relatedCount);
      expect(related).not.toContain(articleHref(id));
      expect(related.filter((href) => neighbours.includes(href))).toEqual([]);
      for (const href of related) {
        const tags = (doc: Document) => hrefs(doc, '.tags a');
        const shared = tags(builtPage(fixtureDist, href!)).filter((tag) => tags(page).includes(tag));
        expect(shared.length, `${id} → ${href}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('corrections', () => {
  const page = builtPage(fixtureDist, articleHref(CORRECTED_ID));
  it('are shown under the article as "Đính chính", oldest first, each with its Vietnam time', () => {
    const notice = page.querySelector('#dinh-chinh')!;
    expect(text(notice.querySelector('h2'))).toBe('Đính chính');
    const items = [...notice.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual([
      '2021-02-01T08:00:00+07:00',
      '2021-02-02T09:15:00+07:00',
    ]);
    expect(text(items[1])).toBe('09:15 02/02/2021: Sửa con số giả lập trong đoạn thứ hai: 12 thay vì 21.');
    expect(page.querySelector('.article__meta a[href="#dinh-chinh"]')).not.toBeNull();
    expect(text(page.querySelector('.article__updated'))).toBe('Cập nhật lúc 10:00 01/02/2021');
  });
  it('are in the JSON-LD as CorrectionComments, with dateModified the latest change', () => {
    const [graph] = jsonLd(page);
    expect(validateJsonLd(graph)).toEqual([]);
    const article = graph['@graph'][0];
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Sửa tên đơn vị giả lập trong tiêu đề phụ.', datePublished: '2021-02-01T08:00:00+07:00' },
      {
        '@type': 'CorrectionComment',
        text: 'Sửa con số giả lập trong đoạn thứ hai: 12 thay vì 21.',
        datePublished: '2021-02-02T09:15:00+07:00',
      },
    ]);
    expect(article.dateModified).toBe('2021-02-02T09:15:00+07:00');
    expect(meta(page, 'article:modified_time')).toBe('2021-02-02T09:15:00+07:00');
  });
  it("mark the article's feed item as updated", () => {
    const feed = parseXml(readFileSync(join(fixtureDist, 'chuyen-muc/kinh-te/rss.xml'), 'utf8'));
    const item = [...feed.querySelectorAll('item')].find((i) => i.querySelector('link')?.textContent?.endsWith(articleHref(CORRECTED_ID)))!;
    expect(item.getElementsByTagName('dcterms:modified')[0]?.textContent).toBe('2021-02-02T09:15:00+07:00');
    const plain = [...feed.querySelectorAll('item')].find((i) => i !== item)!;
    expect(plain.getElementsByTagName('dcterms:modified')).toHaveLength(0);
  });
});

describe('share images', () => {
  const imageOf = (id: string) => join(fixtureDist, 'bai-viet', id, 'anh-chia-se.png');
  it('are rendered for each article without a cover, 1200×630, and differ from article to article', () => {
    for (const id of [syntheticId(1), syntheticId(2), CORRECTED_ID]) expect(pngSize(imageOf(id)), id).toEqual({ width: 1200, height: 630 });
    expect(readFileSync(imageOf(syntheticId(1))).equals(readFileSync(imageOf(syntheticId(2))))).toBe(false);
  });
  it('are what og:image, twitter:image and the JSON-LD image of the article point to', () => {
    const page = builtPage(fixtureDist, articleHref(CORRECTED_ID));
    const url = `${FIXTURE_SITE_URL}${articleHref(CORRECTED_ID)}anh-chia-se.png`;
    expect([meta(page, 'og:image'), meta(page, 'twitter:image')]).toEqual([url, url]);
    expect(jsonLd(page)[0]['@graph'][0].image).toEqual([url]);
  });
  it('are not made for an article with a cover: its share image is the cover', () => {
    expect(existsSync(imageOf('bai-thu-nghiem-anh-markdown'))).toBe(false);
    expect(meta(builtPage(fixtureDist, articleHref('bai-thu-nghiem-anh-markdown')), 'og:image')).toMatch(
      /\/_astro\/anh-gia-lap\.[\w-]+\.jpe?g$/,
    );
  });
});

describe('the sitemap', () => {
  it('lists the author and archive pages, and no share image or JSON file', () => {
    const locs = [...readFileSync(join(fixtureDist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${FIXTURE_SITE_URL}/tac-gia/${FIXTURE_AUTHOR.id}/`);
    expect(locs).toContain(`${FIXTURE_SITE_URL}/luu-tru/`);
    expect(locs).toContain(`${FIXTURE_SITE_URL}/luu-tru/2021/02/`);
    expect(locs.filter((loc) => /\.(png|json)$/.test(loc))).toEqual([]);
  });
});

describe("a category's newest articles, as JSON for the article pages", () => {
  it('lists them newest first with the address and the time, machine- and reader-readable', () => {
    const items = JSON.parse(readFileSync(join(fixtureDist, 'chuyen-muc/quan-huyen/tin-moi.json'), 'utf8'));
    expect(items).toHaveLength(siteConfig.latestInCategory.listed);
    expect(items[0]).toEqual({
      title: 'Bài thử nghiệm số 24 (dữ liệu giả lập)',
      href: articleHref(syntheticId(24)),
      time: '2021-02-08T08:00:00+07:00',
      shown: '08:00 08/02/2021',
    });
    const times = items.map((i: { time: string }) => Date.parse(i.time));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

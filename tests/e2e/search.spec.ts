// Search in a real Chromium against the real Pagefind index of the built sites: accent-insensitive
// matching (đ included), phrase-aware ranking, filters, sort, paging, URL round trip, edge cases.
import { expect, test, type Page } from '@playwright/test';
import { PORTS } from '../../playwright.config.ts';
import { pagefindStartFiles } from '../../src/search/shards.ts';

const BA_DINH = '/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/';
const FIXTURE = `http://127.0.0.1:${PORTS.fixture}`;

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');
const resultUrls = async (page: Page) =>
  await page
    .locator('[data-search-results] > li h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function search(page: Page, query: string, base = '', extra = '') {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  await expect(status(page)).not.toHaveText(/^$|Đang tìm/);
}

test.describe('the Ba Đình article is found as readers type', () => {
  for (const query of [
    'ba dinh',
    'Ba Đình',
    'thi dua',
    'Chu Ngoc Anh',
    '73.616',
    '7.140,35',
    'UBND',
    'ubnd',
    'dang bo',
    'Đảng bộ',
    'dai hoi dang',
  ]) {
    test(`"${query}"`, async ({ page }) => {
      await search(page, query);
      expect(await resultUrls(page)).toContain(BA_DINH);
    });
  }
});

test('a result shows title, Vietnam time, category and an excerpt highlighted in the accented text', async ({ page }) => {
  await search(page, 'ba dinh');
  await expect(status(page)).toHaveText('1 kết quả cho “ba dinh”.');
  const result = results(page).first();
  await expect(result.locator('h2 a')).toHaveText('Quận Ba Đình phát động phong trào thi đua năm 2021');
  await expect(result.locator('time')).toHaveText('13:57 20/01/2021');
  await expect(result.locator('time')).toHaveAttribute('datetime', '2021-01-20T13:57:00+07:00');
  await expect(result.locator('.search-result__meta')).toContainText('Quận – Huyện');
  const marks = await result.locator('mark').allTextContents();
  expect(marks).toContain('Đình');
  // Whole syllables only: "Ủy ban" right before "quận Ba Đình" is not marked for "ba" (Pagefind's own
  // excerpt marked it), and the excerpt does not repeat the title shown above it.
  expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['ba', 'đình']));
  expect(marks.every((m) => ['ba', 'đình'].includes(m.toLowerCase()))).toBe(true);
  const excerpt = (await result.locator('.search-result__excerpt').textContent()) ?? '';
  expect(excerpt).toContain('Ủy ban MTTQ quận Ba Đình');
  expect(excerpt.startsWith('Quận Ba Đình phát động')).toBe(false);
});

test('only article content is indexed: navigation, footer and the comment form are not', async ({ page }) => {
  // Words that appear only in the page chrome: comment form, footer, missing-photo placeholder, nav.
  for (const query of ['điện thoại', 'bắt buộc', 'kho lưu trữ', 'Viết bình luận']) {
    await search(page, query);
    await expect(results(page)).toHaveCount(0);
  }
});

test('a word found nowhere gives no result and says which word', async ({ page }) => {
  await search(page, 'ba dinh xyzzyq');
  await expect(status(page)).toContainText('xyzzyq');
  await expect(results(page)).toHaveCount(0);
});

test('a query of punctuation only asks for a keyword', async ({ page }) => {
  await search(page, '!!! ... ?? ——');
  await expect(status(page)).toHaveText('Hãy nhập từ khóa (chữ hoặc số) để tìm bài viết.');
  await expect(results(page)).toHaveCount(0);
});

test('a 500-character query is handled without hanging', async ({ page }) => {
  await search(page, 'ba dinh thi dua '.repeat(40).slice(0, 500));
  await expect(status(page)).toContainText('Chỉ 10 từ đầu tiên');
  expect(await resultUrls(page)).toContain(BA_DINH);
});

test('the header search box submits a plain GET to /tim-kiem/?q=', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Tìm kiếm bài viết' }).fill('thi dua');
  await page.getByRole('searchbox', { name: 'Tìm kiếm bài viết' }).press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=thi\+dua$/);
  await expect(page.locator('#search-q')).toHaveValue('thi dua');
  await expect(status(page)).toContainText('kết quả');
  expect(await resultUrls(page)).toContain(BA_DINH);
});

test('the URL round trip: searches land in the URL and the back button restores them', async ({ page }) => {
  await search(page, 'ba dinh');
  await page.locator('#search-q').fill('xyzzyq');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL(/q=xyzzyq/);
  await expect(results(page)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/q=ba(\+|%20)dinh/);
  await expect(page.locator('#search-q')).toHaveValue('ba dinh');
  await expect(results(page)).toHaveCount(1);
});

test.describe('ranking on the fixture corpus', () => {
  const together = '/bai-viet/tim-kiem-cum-tu-lien-nhau/';
  const apart = '/bai-viet/tim-kiem-tu-roi-rac/';
  for (const query of ['ba dinh', 'Ba Đình', 'ba đình', 'BA DINH']) {
    test(`syllables together and in order rank above scattered ones for "${query}"`, async ({ page }) => {
      await search(page, query, FIXTURE);
      const urls = await resultUrls(page);
      expect(urls).toContain(apart);
      expect(urls.indexOf(together)).toBeLessThan(urls.indexOf(apart));
      expect(urls.indexOf(BA_DINH)).toBeLessThan(urls.indexOf(apart));
    });
  }
  test('a query word matches whole syllables only: "ba" is not the start of "bàn", "bản", "bao"', async ({ page }) => {
    await search(page, 'ba dinh', FIXTURE);
    const urls = await resultUrls(page);
    expect(urls).toContain(apart);
    expect(urls).not.toContain('/bai-viet/tim-kiem-am-tiet-dai-hon/');
    // Every syllable of every excerpt that is marked is a query word, whole.
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.toLowerCase()).filter((m) => !['ba', 'đình'].includes(m))).toEqual([]);
  });
  test('"ngan sach" ranks "ngân sách" above "ngân hàng … sách"', async ({ page }) => {
    await search(page, 'ngan sach', FIXTURE);
    const urls = await resultUrls(page);
    expect(urls.indexOf('/bai-viet/tim-kiem-ngan-sach/')).toBeLessThan(urls.indexOf(apart));
  });
  test('"dang uy" finds "Đảng ủy"', async ({ page }) => {
    await search(page, 'dang uy', FIXTURE);
    expect((await resultUrls(page))[0]).toBe('/bai-viet/tim-kiem-dang-uy/');
  });
  test('correctly accented queries rank the exactly-accented page first', async ({ page }) => {
    await search(page, 'bảo vệ cây xanh', FIXTURE);
    expect((await resultUrls(page)).slice(0, 2)).toEqual(['/bai-viet/tim-kiem-bao-ve/', '/bai-viet/tim-kiem-bao-ve-khac-dau/']);
    await search(page, 'bão về cây xanh', FIXTURE);
    expect((await resultUrls(page)).slice(0, 2)).toEqual(['/bai-viet/tim-kiem-bao-ve-khac-dau/', '/bai-viet/tim-kiem-bao-ve/']);
  });
});

test.describe('filters, sort and paging on the fixture corpus', () => {
  test('the category filter keeps only that category, and lands in the URL', async ({ page }) => {
    await search(page, 'gia lap', FIXTURE);
    const all = await resultUrls(page);
    await page.locator('#search-category').selectOption({ label: 'Kinh tế' });
    await expect(page).toHaveURL(/chuyen-muc=kinh-te/);
    await expect(status(page)).toContainText('đã lọc');
    const filtered = await resultUrls(page);
    expect(filtered.sort()).toEqual([
      '/bai-viet/bai-thu-nghiem-dau-thang/',
      '/bai-viet/tim-kiem-ngan-sach/',
      '/bai-viet/tim-kiem-tu-roi-rac/',
    ]);
    expect(all.length).toBeGreaterThan(filtered.length);
  });
  test('the year filter keeps only that year', async ({ page }) => {
    await search(page, 'gia lap', FIXTURE, '&nam=2020');
    await expect(page.locator('#search-year')).toHaveValue('2020');
    const times = await page.locator('[data-search-results] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((t) => t.startsWith('2020-'))).toBe(true);
  });
  test('"Mới nhất" sorts newest first, across d/đ variants', async ({ page }) => {
    await search(page, 'dang', FIXTURE, '&sap-xep=moi-nhat');
    await expect(page.locator('#search-sort')).toHaveValue('moi-nhat');
    const times = await page
      .locator('[data-search-results] time')
      .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
  test('more results load on demand, and focus moves to the first new one', async ({ page }) => {
    await search(page, 'thu nghiem', FIXTURE);
    await expect(results(page)).toHaveCount(10);
    const total = Number((await status(page).textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
    await expect(results(page)).toHaveCount(20);
    await expect(results(page).nth(10).locator('a')).toBeFocused();
    const urls = await resultUrls(page);
    expect(new Set(urls).size).toBe(urls.length);
  });
  test('keyboard only: type, Enter, Tab to the filters and the results', async ({ page }) => {
    await page.goto(`${FIXTURE}/tim-kiem/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('thi dua');
    await page.keyboard.press('Enter');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Tab');
    await expect(page.locator('#search-category')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(results(page).first().locator('a')).toBeFocused();
  });
});

test('the query box looks like a text field and the button like a button (style regression guard)', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const style = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, radius: s.borderTopLeftRadius };
    });
  const body = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
  for (const field of ['#search-q', '#site-search']) {
    const input = await style(field);
    expect(input.background, field).toBe(body);
    expect(input.radius, field).toBe('4px');
  }
  const button = await style('.search-form__row .button');
  expect(button.background).not.toBe(body);
  expect(button.radius).toBe('0px');
});

test.describe('an archive whose index is split into shards (the fixture site, at most 8 articles a shard)', () => {
  const SHARDED = `http://127.0.0.1:${PORTS.fixtureSharded}`;
  /**
   * The shards a search opened: those whose index chunks it fetched. (The page starts Pagefind on the
   * newest shard as it opens, fetching its script and metadata but no index chunk: see the test below.)
   */
  /** Paths downloaded, not requested: what a page fetched ahead is asked for again and comes from the cache. */
  const downloads = (page: Page) => {
    const paths: string[] = [];
    page.on('requestfinished', async (request) => {
      if ((await request.sizes()).responseBodySize >= 0) paths.push(new URL(request.url()).pathname);
    });
    return paths;
  };
  const shardRequests = (page: Page) => {
    const ids = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      const id = url.origin === SHARDED ? /^\/pagefind\/([\w-]+)\/index\//.exec(url.pathname)?.[1] : undefined;
      if (id) ids.add(id);
    });
    return ids;
  };
  const moreButton = (page: Page) => page.locator('[data-search-more]');
  /** Clicks "more" until every shard is searched and every result shown. */
  async function showEverything(page: Page) {
    while (await moreButton(page).isVisible()) {
      const before = await results(page).count();
      const label = await moreButton(page).textContent();
      await moreButton(page).click();
      await expect(async () => {
        expect(
          (await results(page).count()) > before ||
            (await moreButton(page).textContent()) !== label ||
            !(await moreButton(page).isVisible()),
        ).toBe(true);
      }).toPass();
    }
  }

  test('finds exactly what the unsharded index finds, newest shards first, once older shards are searched on demand', async ({ page }) => {
    await search(page, 'gia lap', FIXTURE);
    await showEverything(page);
    const everything = await resultUrls(page);
    expect(everything.length).toBeGreaterThan(20);

    const opened = shardRequests(page);
    await search(page, 'gia lap', SHARDED);
    // The first answer comes from the newest shards only, and says which years it covers.
    await expect(status(page)).toContainText(/kết quả cho “gia lap” trong các bài/);
    const manifest = await (await page.request.get(`${SHARDED}/pagefind/shards.json`)).json();
    expect(opened.size).toBeLessThan(manifest.shards.length);
    await showEverything(page);
    await expect(status(page)).not.toContainText('trong các bài');
    expect(opened.size).toBe(manifest.shards.length);
    const sharded = await resultUrls(page);
    expect(new Set(sharded).size).toBe(sharded.length);
    expect([...sharded].sort()).toEqual([...everything].sort());
  });

  test('words only an old article holds open only its shard, found at once (the word directory)', async ({ page }) => {
    const opened = shardRequests(page);
    await search(page, 'Chu Ngoc Anh', SHARDED); // only in the Ba Đình article (2021)
    expect(await resultUrls(page)).toEqual([BA_DINH]);
    await expect(moreButton(page)).toBeHidden();
    const manifest = await (await page.request.get(`${SHARDED}/pagefind/shards.json`)).json();
    const holding = manifest.shards.filter((s: { from: string; to: string }) => s.from <= '2021-01' && s.to >= '2021-01');
    expect([...opened]).toEqual(holding.map((s: { id: string }) => s.id));
  });

  test('the search page starts Pagefind on the newest shard while the reader types, and the search uses it', async ({ page }) => {
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    const downloaded = downloads(page);
    const manifest = await (await page.request.get(`${SHARDED}/pagefind/shards.json`)).json();
    const newest = `/pagefind/${manifest.shards[0].id}/`;
    await page.goto(`${SHARDED}/tim-kiem/`);
    // Before any query: Pagefind's script, its WebAssembly and the newest shard's metadata.
    await expect
      .poll(() => paths.filter((p) => p.startsWith(newest)).map((p) => p.slice(newest.length).split('.')[0]))
      .toEqual(expect.arrayContaining(['pagefind', 'wasm', 'pagefind-entry']));
    await expect.poll(() => paths.some((p) => p.startsWith(newest) && p.endsWith('.pf_meta'))).toBe(true);
    expect(paths.filter((p) => /\/(index|fragment)\//.test(p))).toEqual([]);
    await page.locator('#search-q').fill('gia lap');
    await page.locator('#search-q').press('Enter');
    await expect(status(page)).toContainText(/kết quả cho “gia lap”/);
    // The search answered from the instance already started: nothing of Pagefind's own downloaded twice.
    const setup = downloaded.filter((p) => /\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind|pagefind-entry\.json)$/.test(p));
    expect(setup.filter((p) => p.startsWith(newest)).length).toBe(4);
    expect(new Set(setup).size).toBe(setup.length);
  });

  test('the search page starts Pagefind on the newest shard without waiting for the shard list', async ({ page }) => {
    const manifest = await (await page.request.get(`${SHARDED}/pagefind/shards.json`)).json();
    const newest = `/pagefind/${manifest.shards[0].id}/`;
    // The shard list is held back until the newest shard's metadata has been asked for: a page that
    // waited for the list before starting Pagefind (a round trip more on a phone) never gets there.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/shards.json', async (route) => {
      await held;
      await route.continue();
    });
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(`${SHARDED}/tim-kiem/?q=gia+lap`);
    await expect.poll(() => paths.some((p) => p.startsWith(newest) && p.endsWith('.pf_meta'))).toBe(true);
    release();
    await expect(status(page)).toContainText(/kết quả cho “gia lap”/);
  });

  test("the header's search box fetches what the search page starts with while the reader types, and the search page reuses it", async ({
    page,
  }) => {
    const downloaded = downloads(page);
    const manifest = await (await page.request.get(`${SHARDED}/pagefind/shards.json`)).json();
    const { script, fetched } = pagefindStartFiles(manifest.shards[0].id);
    const ahead = [script, ...fetched];
    await page.goto(`${SHARDED}${BA_DINH}`);
    await page.waitForLoadState('networkidle');
    // A reader who does not search costs nothing of the index.
    expect(downloaded.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#site-search').focus();
    await expect.poll(() => ahead.filter((p) => downloaded.includes(p))).toEqual(ahead);
    await page.locator('#site-search').pressSequentially('gia lap');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=gia\+lap$/);
    await expect(status(page)).toContainText(/kết quả cho “gia lap”/);
    // Fetched once, on the article page: the search page took them from the cache.
    for (const path of ahead)
      expect(
        downloaded.filter((p) => p === path),
        path,
      ).toHaveLength(1);
  });

  test("the header's search box fetches nothing ahead for a reader whose browser asks to save data", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(`${SHARDED}${BA_DINH}`);
    await page.locator('#site-search').focus();
    await page.locator('#site-search').pressSequentially('gia lap');
    await page.waitForLoadState('networkidle');
    expect(paths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });

  test('a word found nowhere is named at once, without opening a shard', async ({ page }) => {
    const opened = shardRequests(page);
    await search(page, 'ba dinh xyzzyq', SHARDED);
    await expect(status(page)).toHaveText(/^Không có bài viết nào chứa từ: xyzzyq\./);
    await expect(results(page)).toHaveCount(0);
    await expect(moreButton(page)).toBeHidden();
    expect([...opened]).toEqual([]);
  });

  test('without the word directory (unreachable), shards are searched in turn and nothing is lost', async ({ page }) => {
    await page.route('**/pagefind/words/**', (route) => route.abort());
    await search(page, 'xyzzyq', SHARDED);
    await expect(status(page)).toContainText(/Không tìm thấy bài viết nào cho “xyzzyq” trong các bài/);
    await expect(moreButton(page)).toHaveText(/^Tìm trong các bài cũ hơn \(/);
    await showEverything(page);
    await expect(status(page)).toHaveText(/^Không có bài viết nào chứa từ: xyzzyq\./);
    await expect(results(page)).toHaveCount(0);
    await search(page, 'Chu Ngoc Anh', SHARDED);
    await showEverything(page);
    expect(await resultUrls(page)).toEqual([BA_DINH]);
  });

  test('"Mới nhất" lists newest first across shards', async ({ page }) => {
    await search(page, 'gia lap', SHARDED, '&sap-xep=moi-nhat');
    await showEverything(page);
    const times = await page
      .locator('[data-search-results] time')
      .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
    expect(times.length).toBeGreaterThan(20);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  test('the year filter opens only the shards covering that year', async ({ page }) => {
    const opened = shardRequests(page);
    await search(page, 'gia lap', SHARDED, '&nam=2020');
    await showEverything(page);
    const manifest = await (await page.request.get(`${SHARDED}/pagefind/shards.json`)).json();
    const covering = manifest.shards
      .filter((s: { from: string; to: string }) => s.from <= '2020-12' && s.to >= '2020-01')
      .map((s: { id: string }) => s.id);
    expect([...opened].sort()).toEqual(covering.sort());
    const times = await page.locator('[data-search-results] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((t) => t.startsWith('2020-'))).toBe(true);
  });
});

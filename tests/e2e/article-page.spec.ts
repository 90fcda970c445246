// The article page's islands and layout in a real Chromium: the share button (the phone's share sheet,
// or copying the link), the category's newest articles loaded into the side column, and where the
// side column sits on a phone and on a desktop.
import { expect, test } from '@playwright/test';
import { PORTS } from '../../playwright.config.ts';

const FIXTURE = `http://127.0.0.1:${PORTS.fixture}`;
const ARTICLE = `${FIXTURE}/bai-viet/bai-thu-nghiem-so-12/`;
const SITE_URL = 'https://thu-nghiem.example';

test.describe('the share button', () => {
  test("opens the phone's share sheet with the article's title and address", async ({ page }) => {
    // A phone's browser has navigator.share; this one records what the page asks it to share.
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
    });
    await page.goto(ARTICLE);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    expect(await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)).toEqual([
      { title: 'Bài thử nghiệm số 12 (dữ liệu giả lập)', url: `${SITE_URL}/bai-viet/bai-thu-nghiem-so-12/` },
    ]);
    await expect(page.locator('[data-share-status]')).toHaveText('');
  });

  test('copies the link where there is no share sheet, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: FIXTURE });
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(ARTICLE);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText('Đã sao chép liên kết bài viết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/bai-viet/bai-thu-nghiem-so-12/`);
  });

  test('is not shown without JavaScript, where it could do nothing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await expect(page.locator('[data-share]')).toBeHidden();
    await context.close();
  });
});

test.describe('the "Tin mới" column', () => {
  test("lists the category's newest articles, not this one nor any the page lists already", async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(ARTICLE);
    const latest = page.locator('[data-latest-news-list] li a');
    await expect(latest.first()).toBeVisible();
    const shown = await latest.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(5);
    const elsewhere = await page
      .locator('.related .card__title a, #related-heading + ul .card__title a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(shown).not.toContain('/bai-viet/bai-thu-nghiem-so-12/');
    expect(shown.filter((path) => elsewhere.includes(path))).toEqual([]);
    const json = (await (await page.request.get(`${FIXTURE}/chuyen-muc/quan-huyen/tin-moi.json`)).json()) as { href: string }[];
    expect(shown).toEqual(
      json
        .map((i) => i.href)
        .filter((href) => href !== '/bai-viet/bai-thu-nghiem-so-12/' && !elsewhere.includes(href))
        .slice(0, 5),
    );
    expect(requests.every((url) => url.startsWith(FIXTURE))).toBe(true);
  });

  test('keeps its link to the category when the list cannot be loaded', async ({ page }) => {
    await page.route('**/tin-moi.json', (route) => route.abort());
    await page.goto(ARTICLE);
    await expect(page.locator('[data-latest-news-list] a')).toHaveText('Xem tin mới trong chuyên mục Quận – Huyện');
  });
});

test.describe('layout (a regression guard for what screenshots showed)', () => {
  test('on a desktop, the side column is beside the article; on a phone, after it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(ARTICLE);
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    let article = await box('article.article');
    let aside = await box('.article-aside');
    expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(aside.y).toBeLessThan(article.y + 200);
    await page.setViewportSize({ width: 390, height: 844 });
    article = await box('article.article');
    aside = await box('.article-aside');
    expect(aside.y).toBeGreaterThanOrEqual(article.y + article.height);
    expect(aside.width).toBeGreaterThan(300);
  });

  test("on a desktop, the home page's lead story is beside the latest headlines; on a phone, above them", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${FIXTURE}/`);
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    let lead = await box('.front__main');
    let latest = await box('.front__latest');
    expect(latest.x).toBeGreaterThanOrEqual(lead.x + lead.width);
    await page.setViewportSize({ width: 390, height: 844 });
    lead = await box('.front__main');
    latest = await box('.front__latest');
    expect(latest.y).toBeGreaterThanOrEqual(lead.y + lead.height);
    // No empty box on the front page.
    await expect(page.locator('.empty-state')).toHaveCount(0);
  });
});

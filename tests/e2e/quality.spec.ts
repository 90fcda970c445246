// Quality gates in Chromium on every page type: WCAG 2.2 AA with axe (zero violations), nothing
// requested from another origin, no CSP violation under the site's own headers; keyboard paths; and
// proof that each gate fails, naming the page, when a page is broken on purpose.
import { expect, test, type Page } from '@playwright/test';
import { PORTS } from '../../playwright.config.ts';
import { failuresOf, watch } from '../support/browser-gates.ts';

const FIXTURE = `http://127.0.0.1:${PORTS.fixture}`;
const BA_DINH = '/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/';

const pageTypes: { name: string; url: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', url: '/' },
  { name: 'article', url: BA_DINH },
  { name: 'article with components', url: `${FIXTURE}/bai-viet/bai-thu-nghiem-thanh-phan/` },
  { name: 'category page 1', url: `${FIXTURE}/chuyen-muc/quan-huyen/` },
  { name: 'category page 2', url: `${FIXTURE}/chuyen-muc/quan-huyen/2/` },
  { name: 'empty category', url: '/chuyen-muc/kinh-te/' },
  { name: 'tag', url: '/chu-de/ba-dinh/' },
  { name: 'author', url: `${FIXTURE}/tac-gia/tac-gia-gia-lap/` },
  { name: 'archive', url: `${FIXTURE}/luu-tru/` },
  { name: 'archive month', url: `${FIXTURE}/luu-tru/2021/01/2/` },
  { name: 'article with corrections and an author page', url: `${FIXTURE}/bai-viet/bai-thu-nghiem-dau-thang/` },
  {
    name: "article with related articles and the category's newest",
    url: `${FIXTURE}/bai-viet/bai-thu-nghiem-so-12/`,
    ready: async (page) => {
      await expect(page.locator('[data-latest-news-list] li').first()).toBeVisible();
    },
  },
  { name: 'home with a lead story and category blocks', url: `${FIXTURE}/` },
  {
    name: 'search with results',
    url: '/tim-kiem/?q=ba+dinh',
    ready: async (page) => {
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    },
  },
  { name: '404', url: '/khong-co-trang-nay/' },
];

for (const { name, url, ready } of pageTypes) {
  test(`${name}: WCAG 2.2 AA, same-origin only, no CSP violation`, async ({ page }) => {
    const gates = await watch(page);
    await page.goto(url);
    await ready?.(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(failuresOf(await gates.audit()), `${scheme} mode`).toEqual([]);
    }
  });
}

test('the comment form, filled in and submitted, stays on this origin and accessible', async ({ page }) => {
  const gates = await watch(page);
  await page.goto(BA_DINH);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.locator('[data-error-summary]')).toBeVisible();
  expect(failuresOf(await gates.audit())).toEqual([]);
});

test.describe('keyboard paths', () => {
  test('header: skip link first, then site name, search, categories', async ({ page }) => {
    await page.goto(BA_DINH);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.goto(BA_DINH);
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(
          () => (document.activeElement as HTMLElement).getAttribute('href') ?? document.activeElement!.tagName.toLowerCase(),
        ),
      );
    }
    expect(order).toEqual(['#noi-dung', '/', 'input', 'button', '/', '/chuyen-muc/thoi-su/']);
  });
  test('the search box submits with Enter from the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('thi dua');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=thi\+dua$/);
  });
  test('comment form: every field in order, the honeypot never reached, submit by keyboard', async ({ page }) => {
    await page.goto(BA_DINH);
    await page.locator('#comment-name').focus();
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      names.push(
        await page.evaluate(() => (document.activeElement as HTMLInputElement).name || document.activeElement!.tagName.toLowerCase()),
      );
      await page.keyboard.press('Tab');
    }
    expect(names).toEqual(['name', 'phone', 'title', 'body', 'button']);
    await page.getByRole('button', { name: 'Gửi bình luận' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-error-summary]')).toBeFocused();
  });
});

/** Serves the real article page with `extra` HTML added at the end of <main>. */
async function breakArticle(page: Page, extra: string) {
  await page.route(`**${BA_DINH}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</main>', `${extra}</main>`) });
  });
}

test.describe('each browser gate fails on a page broken on purpose, naming the page', () => {
  test('missing alt text and an off-origin request', async ({ page }) => {
    await page.route('https://tracker.example/**', (route) => route.fulfill({ status: 204 }));
    await breakArticle(page, '<img src="/og-default.png" width="12" height="6"><img src="https://tracker.example/p.gif" alt="">');
    const gates = await watch(page);
    await page.goto(BA_DINH);
    const failures = failuresOf(await gates.audit());
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`${BA_DINH}: accessibility: image-alt`)),
        expect.stringMatching(new RegExp(`${BA_DINH}: request to another origin: https://tracker.example/p.gif`)),
      ]),
    );
  });
  test('an inline script is blocked by the CSP and reported', async ({ page }) => {
    await breakArticle(page, '<script>document.title = "x"</script>');
    const gates = await watch(page);
    await page.goto(BA_DINH);
    expect(await page.title()).not.toBe('x');
    expect(failuresOf(await gates.audit(false))).toEqual([
      expect.stringMatching(new RegExp(`${BA_DINH}: CSP violation: script-src-elem blocked inline`)),
    ]);
  });
});

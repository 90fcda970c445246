// `npm run dev`: search works against the last built index, and says how to build one when there is none.
import { expect, test } from '@playwright/test';
import { PORTS } from '../../playwright.config.ts';

test('the dev server serves the last built index to the search page', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORTS.dev}/tim-kiem/?q=ba+dinh`);
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText('Quận Ba Đình phát động phong trào thi đua năm 2021', {
    timeout: 30_000,
  });
});

test('without a built index, the dev search page says how to build one', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORTS.devNoIndex}/tim-kiem/?q=ba+dinh`);
  await expect(page.locator('[data-search-status]')).toContainText('npm run build', { timeout: 30_000 });
});

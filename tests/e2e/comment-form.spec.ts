// The comment form in a real Chromium: validation, drafts kept across reloads and failed submits,
// the not-connected message, posting to an endpoint, honeypot and time trap, and no-JS behaviour.
import { expect, test, type Page } from '@playwright/test';
import { PORTS } from '../../playwright.config.ts';

const ARTICLE = '/bai-viet/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021/';
const FIXTURE = `http://127.0.0.1:${PORTS.fixture}`;

async function fill(page: Page, fields: Partial<Record<'name' | 'phone' | 'title' | 'body', string>>) {
  for (const [name, value] of Object.entries(fields)) await page.locator(`form[data-comment-form] [name="${name}"]`).fill(value);
}

const complete = {
  name: 'Nguyễn Thị Hoa',
  phone: '0912 345 678',
  title: 'Ý kiến bạn đọc',
  body: 'Nội dung bình luận thử nghiệm, có dấu tiếng Việt.',
};

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('empty submit shows Vietnamese errors by each field and a focused summary', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Mời bạn nhập họ tên.');
  await expect(page.locator('#comment-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#comment-name-error')).toHaveText('Mời bạn nhập họ tên.');
  await expect(page.locator('#comment-title-error')).toHaveText('Mời bạn nhập tiêu đề.');
  await expect(page.locator('#comment-body-error')).toHaveText('Mời bạn nhập nội dung bình luận.');
  await expect(page.locator('#comment-phone')).not.toHaveAttribute('aria-invalid', 'true');
  // The summary links lead to the fields.
  await summary.getByRole('link', { name: 'Mời bạn nhập tiêu đề.' }).click();
  await expect(page).toHaveURL(/#comment-title$/);
});

test('an invalid phone number is explained; a valid one is accepted', async ({ page }) => {
  await page.goto(ARTICLE);
  await fill(page, { ...complete, phone: '12345' });
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.locator('#comment-phone-error')).toContainText('Số điện thoại không hợp lệ');
  await fill(page, { phone: '+84 24 3825 1234' });
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.locator('#comment-phone-error')).toBeHidden();
});

test('what the reader typed survives a reload', async ({ page }) => {
  await page.goto(ARTICLE);
  await fill(page, complete);
  await page.reload();
  for (const [name, value] of Object.entries(complete)) await expect(page.locator(`[name="${name}"]`)).toHaveValue(value);
});

test('without an endpoint a valid comment is not lost: the form says plainly it is not connected', async ({ page }) => {
  await page.goto(ARTICLE);
  await fill(page, complete);
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByRole('status')).toContainText('chưa được kết nối');
  await expect(page.locator('[name="body"]')).toHaveValue(complete.body);
  await page.reload();
  await expect(page.locator('[name="body"]')).toHaveValue(complete.body);
});

test('a paste over the limit is kept whole: the counter says by how much, the field why, and it is not sent', async ({ page }) => {
  await page.goto(ARTICLE);
  const body = page.locator('[name="body"]');
  // 2,000 reader-visible characters that are 4,000 UTF-16 units (what a maxlength box would count).
  await body.focus();
  await page.keyboard.insertText('👍'.repeat(2000));
  await expect(body).toHaveValue('👍'.repeat(2000));
  await expect(page.locator('[data-chars-under]')).toHaveText('Còn 0 ký tự');
  await expect(page.locator('#comment-body-error')).toBeHidden();
  // Decomposed Vietnamese (e + two marks) counts one character each, as the check counts it.
  await body.fill('');
  await page.keyboard.insertText('Vie\u0323\u0302t');
  await expect(page.locator('[data-chars-under]')).toHaveText('Còn 1996 ký tự');

  const long = `${'Bình luận rất dài của bạn đọc. '.repeat(70)}Đoạn cuối không được mất.`;
  await body.fill('');
  await page.keyboard.insertText(long);
  await expect(body).toHaveValue(long);
  await expect(page.locator('[data-chars-over]')).toHaveText(`Vượt quá ${[...long.trim()].length - 2000} ký tự`);
  await expect(page.locator('[data-chars-under]')).toBeHidden();
  await expect(page.locator('#comment-body-error')).toHaveText('Nội dung dài quá 2000 ký tự.');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await fill(page, { name: complete.name, title: complete.title });
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('Nội dung dài quá 2000 ký tự.');
  await page.reload();
  await expect(body).toHaveValue(long);
  await expect(page.locator('[data-chars-over]')).toBeVisible();
});

test('a submit faster than a person can type is caught by the time trap', async ({ page }) => {
  await page.goto(ARTICLE);
  await fill(page, complete);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByRole('status')).toContainText('quá nhanh');
});

test('with an endpoint: a failed post keeps the text, a successful one clears the draft', async ({ page }) => {
  const bodies: unknown[] = [];
  let status = 503;
  await page.route('**/api/binh-luan/', async (route) => {
    bodies.push(route.request().postDataJSON());
    await route.fulfill({ status, contentType: 'application/json', body: '{}' });
  });
  await page.goto(`${FIXTURE}${ARTICLE}`);
  await expect(page.locator('[data-comments-not-connected]')).toHaveCount(0);
  await fill(page, complete);
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByRole('status')).toContainText('Chưa gửi được bình luận');
  await expect(page.locator('[name="body"]')).toHaveValue(complete.body);
  expect(bodies[0]).toMatchObject({ articleId: 'quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021', ...complete, website: '' });

  status = 201;
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByRole('status')).toContainText('Cảm ơn bạn');
  await expect(page.locator('[name="body"]')).toHaveValue('');
  await page.reload();
  await expect(page.locator('[name="body"]')).toHaveValue('');
  expect(bodies).toHaveLength(2);
});

test('a bot that fills the honeypot is not posted', async ({ page }) => {
  let posted = false;
  await page.route('**/api/binh-luan/', (route) => {
    posted = true;
    return route.fulfill({ status: 201, body: '{}' });
  });
  await page.goto(`${FIXTURE}${ARTICLE}`);
  await fill(page, complete);
  await page.locator('[name="website"]').fill('http://spam.example', { force: true });
  await page.clock.fastForward(10_000);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByRole('status')).not.toBeEmpty();
  expect(posted).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the browser enforces required fields, then the form lands on the not-connected page', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    expect(await page.locator('#comment-name').evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
    await fill(page, { ...complete, phone: 'abc' });
    expect(await page.locator('#comment-phone').evaluate((el: HTMLInputElement) => el.validity.patternMismatch)).toBe(true);
    await fill(page, { phone: complete.phone });
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await expect(page).toHaveURL(/\/binh-luan\/chua-ket-noi\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bình luận chưa được kết nối');
  });
});

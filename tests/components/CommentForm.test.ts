import { describe, expect, it } from 'vitest';
import CommentForm from '../../src/components/CommentForm.astro';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('CommentForm', () => {
  const props = {
    articleId: 'bai-x',
    fallbackAction: '/binh-luan/chua-ket-noi/',
    limits: { nameMax: 100, titleMax: 150, bodyMax: 2000 },
    minimumFillMs: 3000,
  };
  it('has the legacy fields with labels, required marks and HTML validation that works without JS', async () => {
    const doc = await renderComponent(CommentForm, props);
    const field = (name: string) => doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const label = (name: string) => text(doc.querySelector(`label[for="${field(name).id}"]`));
    expect(label('name')).toBe('Họ tên * (bắt buộc)');
    expect(label('phone')).toBe('Số điện thoại');
    expect(label('title')).toBe('Tiêu đề * (bắt buộc)');
    expect(label('body')).toBe('Nội dung * (bắt buộc)');
    expect(field('name').required && field('title').required && field('body').required).toBe(true);
    expect(field('phone').required).toBe(false);
    expect(field('phone').getAttribute('pattern')).toBeTruthy();
    // No maxlength: a browser would cut a longer paste silently (the enhancement checks the length).
    for (const name of ['name', 'phone', 'title', 'body']) expect(field(name).hasAttribute('maxlength')).toBe(false);
    expect(field('articleId').value).toBe('bai-x');
  });
  it('says the limit, and carries a counter the enhancement shows (its words rendered here, only the number updated)', async () => {
    const doc = await renderComponent(CommentForm, props);
    const hint = doc.querySelector('#comment-body-hint')!.cloneNode(true) as HTMLElement;
    for (const hidden of hint.querySelectorAll('[data-chars-over]')) hidden.remove(); // hidden until the text is over the limit
    expect(text(hint)).toBe('Tối đa 2000 ký tự. (Còn 2000 ký tự)');
    expect(doc.querySelector('[data-char-count]')!.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('[data-chars-under] [data-chars]')?.textContent).toBe('2000');
    expect(text(doc.querySelector('[data-chars-over]'))).toBe('Vượt quá 0 ký tự');
    expect(doc.querySelector('[data-chars-over]')!.hasAttribute('hidden')).toBe(true);
  });
  it('has a honeypot hidden from people and assistive technology, and no image captcha', async () => {
    const doc = await renderComponent(CommentForm, props);
    const trap = doc.querySelector('[name="website"]')!;
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(doc.body.innerHTML).not.toMatch(/Mã xác nhận|captcha/i);
  });
  it('without an endpoint, says comments are not connected and falls back to the explanation page', async () => {
    const doc = await renderComponent(CommentForm, props);
    expect(doc.querySelector('form')!.getAttribute('action')).toBe('/binh-luan/chua-ket-noi/');
    expect(text(doc.querySelector('[data-comments-not-connected]'))).toMatch(/chưa được kết nối/);
    expect(JSON.parse(doc.querySelector('form')!.getAttribute('data-config')!).endpoint).toBe('');
  });
  it('with an endpoint, posts there and drops the notice', async () => {
    const doc = await renderComponent(CommentForm, { ...props, endpoint: 'https://binh-luan.example/api' });
    expect(doc.querySelector('form')!.getAttribute('action')).toBe('https://binh-luan.example/api');
    expect(doc.querySelector('[data-comments-not-connected]')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import ShareButton from '../../src/components/ShareButton.astro';
import { renderComponent } from '../support/container.ts';

describe('ShareButton', () => {
  it('renders a hidden "Chia sẻ" button carrying what to share and what to say, and a status line', async () => {
    const doc = await renderComponent(ShareButton, { title: 'Tiêu đề "thử"', url: 'https://tin-ha-noi.example/bai-viet/x/' });
    const button = doc.querySelector('button[data-share]')!;
    expect(button.hasAttribute('hidden')).toBe(true);
    expect(button.textContent?.trim()).toBe('Chia sẻ');
    expect(button.getAttribute('data-title')).toBe('Tiêu đề "thử"');
    expect(button.getAttribute('data-url')).toBe('https://tin-ha-noi.example/bai-viet/x/');
    expect(button.getAttribute('data-copied')).toBe('Đã sao chép liên kết bài viết.');
    expect(doc.querySelector('[data-share-status]')?.getAttribute('role')).toBe('status');
  });
});

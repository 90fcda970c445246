import { describe, expect, it } from 'vitest';
import Breadcrumb from '../../src/components/Breadcrumb.astro';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('Breadcrumb', () => {
  it('links every step but the current page', async () => {
    const doc = await renderComponent(Breadcrumb, {
      items: [{ name: 'Trang chủ', href: '/' }, { name: 'Kinh tế', href: '/chuyen-muc/kinh-te/' }, { name: 'Bài' }],
    });
    expect([...doc.querySelectorAll('nav ol li a')].map((a) => a.getAttribute('href'))).toEqual(['/', '/chuyen-muc/kinh-te/']);
    expect(text(doc.querySelector('[aria-current="page"]'))).toBe('Bài');
  });
});

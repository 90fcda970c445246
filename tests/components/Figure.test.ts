import { describe, expect, it } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('Figure', () => {
  it('keeps the caption of a photo the archive lost, with a visible placeholder and no <img>', async () => {
    const doc = await renderComponent(Figure, { caption: 'Các tập thể được UBND quận khen thưởng' });
    const figure = doc.querySelector('figure')!;
    expect(figure.hasAttribute('data-missing-photo')).toBe(true);
    expect(figure.querySelector('img')).toBeNull();
    expect(text(figure.querySelector('.figure__missing-label'))).toBe('Ảnh chưa có');
    expect(text(figure.querySelector('figcaption'))).toBe('Các tập thể được UBND quận khen thưởng');
  });
  it('renders a photo with alt text, lazy loading and the credit in the caption', async () => {
    const doc = await renderComponent(Figure, {
      src: '/anh/thu.jpg',
      alt: 'Hội nghị',
      caption: 'Toàn cảnh',
      credit: 'Ảnh: Thu Uyên',
      width: 800,
      height: 533,
    });
    const img = doc.querySelector('figure img')!;
    expect(img.getAttribute('alt')).toBe('Hội nghị');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('width')).toBe('800');
    expect(doc.querySelector('figure')!.hasAttribute('data-missing-photo')).toBe(false);
    expect(text(doc.querySelector('figcaption'))).toBe('Toàn cảnh (Ảnh: Thu Uyên)');
  });
});

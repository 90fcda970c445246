import { describe, expect, it } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('Pagination', () => {
  it('shows previous/next links and the position, and nothing for a single page', async () => {
    const middle = await renderComponent(Pagination, {
      currentPage: 2,
      lastPage: 3,
      prevUrl: '/chuyen-muc/x/',
      nextUrl: '/chuyen-muc/x/3/',
    });
    expect(middle.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/chuyen-muc/x/');
    expect(middle.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/chuyen-muc/x/3/');
    expect(text(middle.querySelector('.pagination__position'))).toBe('Trang 2/3');
    const single = await renderComponent(Pagination, { currentPage: 1, lastPage: 1 });
    expect(single.querySelector('nav')).toBeNull();
  });
});

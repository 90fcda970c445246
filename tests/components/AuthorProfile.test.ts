import { describe, expect, it } from 'vitest';
import AuthorProfile from '../../src/components/AuthorProfile.astro';
import { renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('AuthorProfile', () => {
  it('renders the photo with its alt text and the introduction', async () => {
    const photo = { src: '/_astro/p.webp', srcset: '/_astro/p.webp 1x, /_astro/p2.webp 2x', width: 96, height: 96 };
    const doc = await renderComponent(AuthorProfile, { name: 'Tác Giả Giả Lập', bio: 'Giới thiệu giả lập.', photo });
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('Ảnh chân dung Tác Giả Giả Lập');
    expect(text(doc.querySelector('.author-profile__bio'))).toBe('Giới thiệu giả lập.');
  });
  it('renders nothing for an author with neither', async () => {
    const doc = await renderComponent(AuthorProfile, { name: 'Thu Uyên' });
    expect(doc.querySelector('.author-profile')).toBeNull();
  });
});

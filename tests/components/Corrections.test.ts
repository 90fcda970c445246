import { describe, expect, it } from 'vitest';
import Corrections from '../../src/components/Corrections.astro';
import { PUBLISHED, renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('Corrections', () => {
  it('renders the "Đính chính" notice, each correction with its Vietnam time, linkable as #dinh-chinh', async () => {
    const doc = await renderComponent(Corrections, { corrections: [{ at: PUBLISHED, text: 'Sửa con số giả lập.' }] });
    expect(doc.querySelector('section')?.id).toBe('dinh-chinh');
    expect(text(doc.querySelector('h2'))).toBe('Đính chính');
    expect(text(doc.querySelector('li'))).toBe('13:57 20/01/2021: Sửa con số giả lập.');
    expect(doc.querySelector('li time')?.getAttribute('datetime')).toBe('2021-01-20T13:57:00+07:00');
  });
});

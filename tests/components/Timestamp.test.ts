import { describe, expect, it } from 'vitest';
import Timestamp from '../../src/components/Timestamp.astro';
import { PUBLISHED, renderComponent } from '../support/container.ts';
import { text } from '../support/html.ts';

describe('Timestamp', () => {
  it('renders Vietnam time with a machine-readable +07:00 datetime', async () => {
    const doc = await renderComponent(Timestamp, { date: PUBLISHED, label: 'Đăng lúc' });
    const time = doc.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2021-01-20T13:57:00+07:00');
    expect(time.textContent).toBe('13:57 20/01/2021');
    expect(text(doc.body)).toBe('Đăng lúc 13:57 20/01/2021');
  });
});

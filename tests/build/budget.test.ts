// Byte budget of the article page (slow phone networks): HTML+CSS under 30 KB gzipped, and one small
// script (the comment form's enhancement, the share button, the "Tin mới" column). `npm run budget`
// prints the figures.
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../tools/quality/page-weight.ts';
import { realDist } from '../support/global-setup.ts';
import { BA_DINH_ID } from '../support/fixture-site.ts';

describe('article page budget', () => {
  const { assets, totals } = pageWeight(realDist, `/bai-viet/${BA_DINH_ID}/`);
  it('keeps HTML + CSS under 30 KB compressed', () => {
    expect(totals.html.gzip + totals.css.gzip).toBeLessThan(30 * 1024);
  });
  it("loads one small script: the article page's", () => {
    const scripts = assets.filter((a) => a.kind === 'js');
    expect(scripts).toHaveLength(1);
    expect(scripts[0].path).toMatch(/ArticleLayout/);
    expect(totals.js.gzip).toBeLessThan(4 * 1024);
  });
});

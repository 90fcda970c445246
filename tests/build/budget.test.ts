// Byte budget of the article page (slow phone networks): HTML+CSS under 30 KB gzipped, and under 4 KB
// of script (the comment form's enhancement, the share button, the "Tin mới" column; the header's
// search box, which fetches the search page's first files when a reader puts the cursor in it). `npm run budget`
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
  it("loads two small scripts, the article page's and the header's search box's, and the search rules they share", () => {
    const scripts = assets.filter((a) => a.kind === 'js').map((a) => a.path.replace(/^\/_astro\/([\w-]+)\..*$/, '$1'));
    expect(scripts.sort()).toEqual(['ArticleLayout', 'Header', 'shards']);
    expect(totals.js.gzip).toBeLessThan(4 * 1024);
  });
});

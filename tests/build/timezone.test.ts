// The build machine's time zone must never change the output: build under two zones and compare.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, workDir } from '../support/build-site.ts';
import { builtPage } from '../support/html.ts';
import { BA_DINH_ID } from '../support/fixture-site.ts';

const zones = ['UTC', 'America/New_York'] as const;
const outDir = (tz: string) => resolve(workDir, `dist-tz-${tz.replace('/', '-')}`);

beforeAll(async () => {
  for (const tz of zones) {
    const result = await buildSite({ outDir: outDir(tz), env: { TZ: tz } });
    if (result.code !== 0) throw new Error(`build under TZ=${tz} failed:\n${result.output}`);
  }
});

describe('output independent of TZ', () => {
  it.each(zones)('shows 13:57 20/01/2021 under TZ=%s', (tz) => {
    const doc = builtPage(outDir(tz), `/bai-viet/${BA_DINH_ID}/`);
    const time = doc.querySelector('.article__published time')!;
    expect(time.textContent).toBe('13:57 20/01/2021');
    expect(time.getAttribute('datetime')).toBe('2021-01-20T13:57:00+07:00');
  });
  it('writes byte-identical article and home pages under both zones', () => {
    for (const page of [`bai-viet/${BA_DINH_ID}/index.html`, 'index.html']) {
      const [a, b] = zones.map((tz) => readFileSync(resolve(outDir(tz), page), 'utf8'));
      expect(a).toBe(b);
    }
  });
});

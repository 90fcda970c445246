import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFileOf } from '../../tools/lib/dist-files.ts';

describe('distFileOf', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-files-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'bai-viet/quan-ba-dinh'), { recursive: true });
  writeFileSync(join(dist, 'bai-viet/quan-ba-dinh/index.html'), '');
  writeFileSync(join(dist, '404.html'), '');
  writeFileSync(join(dist, 'rss.xml'), '');

  it('serves a folder by its index.html, with or without the trailing slash, and files as they are', () => {
    expect(distFileOf(dist, '/bai-viet/quan-ba-dinh/')).toBe(join(dist, 'bai-viet/quan-ba-dinh/index.html'));
    expect(distFileOf(dist, '/bai-viet/quan-ba-dinh')).toBe(join(dist, 'bai-viet/quan-ba-dinh/index.html'));
    expect(distFileOf(dist, '/rss.xml')).toBe(join(dist, 'rss.xml'));
    expect(distFileOf(dist, '404.html')).toBe(join(dist, '404.html'));
  });
  it('works from a relative output folder too, as commands are given it', () => {
    const relative = join(dist, 'bai-viet', '..');
    expect(distFileOf(relative, '/rss.xml')).toBe(join(dist, 'rss.xml'));
    const cwd = process.cwd();
    try {
      process.chdir(dist);
      expect(distFileOf('.', '/rss.xml')).toBe(join(dist, 'rss.xml'));
      expect(distFileOf('./', '/bai-viet/quan-ba-dinh/')).toBe(join(dist, 'bai-viet/quan-ba-dinh/index.html'));
    } finally {
      process.chdir(cwd);
    }
  });
  it('finds nothing for a missing page, a folder without index.html, or a path that climbs out of dist', () => {
    expect(distFileOf(dist, '/bai-viet/khong-co/')).toBeUndefined();
    expect(distFileOf(dist, '/bai-viet/')).toBeUndefined();
    expect(distFileOf(dist, '/../../etc/passwd')).toBeUndefined();
    expect(distFileOf(dist, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(distFileOf(dist, '/%E0%A4%A')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('folds the Ba Đình title into the permanent slug', () => {
    expect(slugify('Quận Ba Đình phát động phong trào thi đua năm 2021')).toBe('quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021');
  });
  it('collapses punctuation and spaces into single hyphens', () => {
    expect(slugify('  Văn hóa – Xã hội!  ')).toBe('van-hoa-xa-hoi');
    expect(slugify('VH&TT, Giáo dục & Đào tạo')).toBe('vh-tt-giao-duc-dao-tao');
  });
  it('returns an empty slug for text with no letters or digits', () => {
    expect(slugify('… – !')).toBe('');
  });
  it('recognises clean slugs', () => {
    expect(isSlug('quan-huyen')).toBe(true);
    expect(isSlug('Quan-huyen')).toBe(false);
    expect(isSlug('quan--huyen')).toBe(false);
    expect(isSlug('quận')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isSlug, slugify, SLUG_MAX_LENGTH } from '../../src/lib/slug.ts';

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
  it('cuts a long title after its last whole word within the limit', () => {
    const long = 'Hội nghị tổng kết công tác thi đua khen thưởng năm 2021 và phát động phong trào thi đua năm 2022 của quận';
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2021-va-phat-dong-phong-trao');
    expect(isSlug(slug)).toBe(true);
    expect(slugify('a'.repeat(500))).toBe('a'.repeat(SLUG_MAX_LENGTH));
    expect(slugify('Tin ngắn', 5)).toBe('tin');
  });
  it('recognises clean slugs', () => {
    expect(isSlug('quan-huyen')).toBe(true);
    expect(isSlug('Quan-huyen')).toBe(false);
    expect(isSlug('quan--huyen')).toBe(false);
    expect(isSlug('quận')).toBe(false);
  });
});

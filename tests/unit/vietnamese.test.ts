import { describe, expect, it } from 'vitest';
import { countWords, foldDiacritics } from '../../src/lib/vietnamese.ts';

describe('foldDiacritics', () => {
  it('drops tone and vowel marks and maps đ/Đ, which Unicode does not decompose', () => {
    expect(foldDiacritics('Quận Ba Đình phát động thi đua')).toBe('Quan Ba Dinh phat dong thi dua');
    expect(foldDiacritics('Đảng ủy')).toBe('Dang uy');
    expect(foldDiacritics('ĐƯỜNG ĐÊ')).toBe('DUONG DE');
  });
  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldDiacritics('Ha\u0300 Nô\u0323i')).toBe('Ha Noi');
  });
  it('leaves digits and punctuation alone', () => {
    expect(foldDiacritics('73.616 tỷ đồng (8,5%)')).toBe('73.616 ty dong (8,5%)');
  });
});

describe('countWords', () => {
  it('counts Vietnamese syllables and keeps numbers with separators as one word', () => {
    expect(countWords('Giá trị sản xuất 73.616 tỷ đồng (tăng 8,5%).')).toBe(9);
  });
});

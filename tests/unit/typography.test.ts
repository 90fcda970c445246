import { describe, expect, it } from 'vitest';
import { checkTypography, fixTypography } from '../../tools/editors/typography.ts';

const rules = (text: string) => checkTypography(text).map((i) => i.rule);

describe('Vietnamese typography lint', () => {
  it.each([
    ['6.951,92tỷ đồng', '6.951,92 tỷ đồng', 'number-glued-to-word'],
    ['dự toánThành phố', 'dự toán Thành phố', 'glued-words'],
    ['thực hiện“Học tập”', 'thực hiện “Học tập”', 'space-around-quote'],
    ['“Học tập”và làm theo', '“Học tập” và làm theo', 'space-around-quote'],
    ['các lĩnh vực:Nội vụ', 'các lĩnh vực: Nội vụ', 'space-after-punctuation'],
    ['tăng trưởng,kinh tế', 'tăng trưởng, kinh tế', 'space-after-punctuation'],
    ['kết thúc năm.Trong đó', 'kết thúc năm. Trong đó', 'space-after-punctuation'],
    ['năm2021', 'năm 2021', 'number-glued-to-word'],
    ['quỹ "Vì người nghèo"', 'quỹ “Vì người nghèo”', 'straight-quote'],
    ['hai  khoảng   trắng', 'hai khoảng trắng', 'repeated-spaces'],
    ['Các bài đã đăng :', 'Các bài đã đăng:', 'space-before-punctuation'],
    ['tiến độ , chất lượng', 'tiến độ, chất lượng', 'space-before-punctuation'],
  ])('flags and fixes %j', (input, fixed, rule) => {
    expect(rules(input)).toContain(rule);
    expect(fixTypography(input)).toBe(fixed);
  });

  it.each([
    'Giá trị sản xuất 73.616 tỷ đồng, tăng 8,5%',
    'Thu ngân sách 7.140,35 tỷ đồng',
    'rút ngắn thời gian của 75 TTHC (đạt tỷ lệ 32%)',
    'Nội vụ, Tư pháp, VH&TT, Giáo dục & Đào tạo, LĐTBXH',
    'Quận ủy-HĐND-UBND-Ủy ban MTTQ quận Ba Đình',
    'đại dịch Covid-19, mạng 4G và 5G, lúc 8h30, diện tích 120 km2',
    'TP.HCM và Hà Nội',
    'xem trên YouTube hoặc JavaScript',
    'giai đoạn 2020 - 2025 và 6.402/6.200 người',
    'nhiều việc khác…',
  ])('leaves %j alone', (text) => {
    expect(checkTypography(text)).toEqual([]);
  });
});

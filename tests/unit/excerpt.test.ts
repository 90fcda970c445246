import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../src/search/excerpt.ts';

const title = 'Quận Ba Đình phát động phong trào thi đua năm 2021';
const content = `${title}. HNP - Sáng 20/01, Quận ủy-HĐND-UBND-Ủy ban MTTQ quận Ba Đình tổ chức hội nghị tổng kết phong trào thi đua năm 2020.`;

describe('excerptOf', () => {
  it('marks whole query words with any marks, not longer words sharing their start ("ban" for "ba")', () => {
    const html = excerptOf(content, title, ['ba', 'dinh']);
    expect(html).toContain('quận <mark>Ba</mark> <mark>Đình</mark> tổ chức');
    expect(html).not.toMatch(/<mark>ban<\/mark>|<mark>bàn/i);
    expect(html.match(/<mark>/g)).toHaveLength(2);
  });
  it('leaves out the title the result already shows', () => {
    expect(excerptOf(content, title, ['thi', 'dua'])).toMatch(/^HNP - Sáng 20\/01/);
    expect(excerptOf(content, title, ['khong'], 5)).toBe('HNP - Sáng 20/01, Quận …');
  });
  it('starts a few words before the first query word, and keeps numbers and punctuation around marks', () => {
    const long = `${'Đoạn mở đầu giả lập. '.repeat(20)}Dự toán thu 8.430,54 tỷ đồng (giả lập).`;
    const html = excerptOf(long, 'Tiêu đề', ['8.430,54'], 12);
    // Near the end of the text the window is filled from before: still 12 words.
    expect(html).toBe('… mở đầu giả lập. Dự toán thu <mark>8.430,54</mark> tỷ đồng (giả lập).');
  });
  it('escapes the page text: only <mark> is markup', () => {
    expect(excerptOf('Tiêu đề. a <b> & "c" ba', 'Tiêu đề', ['ba'])).toBe('a &lt;b&gt; &amp; &quot;c&quot; <mark>ba</mark>');
  });
  it('with no query word in the text, the text from its start', () => {
    expect(excerptOf('Tiêu đề. Một hai ba bốn', 'Tiêu đề', ['khong'], 2)).toBe('Một hai …');
  });
});

import { describe, expect, it } from 'vitest';
import { addressProblem, entryFrontmatter, entryProblems } from '../../src/cms/entry-problems.ts';

const entry = {
  title: 'Bài thử nghiệm giả lập',
  lead: 'Đoạn mở đầu giả lập, không phải tin thật.',
  source: '',
  publishedAt: '2021-01-20T13:57:00+07:00',
  updatedAt: null,
  category: 'thoi-su',
  tags: [],
  draft: false,
  corrections: [],
  body: 'Nội dung giả lập.',
};

describe('entryProblems', () => {
  it('finds nothing wrong with a valid entry, once empty optional fields are left out as the CMS leaves them', () => {
    expect(entryFrontmatter(entry)).toEqual({
      title: entry.title,
      lead: entry.lead,
      publishedAt: entry.publishedAt,
      category: 'thoi-su',
      draft: false,
    });
    expect(entryProblems(entry)).toEqual([]);
  });

  it("gives the content check's messages after the field's label, rules across fields included", () => {
    expect(entryProblems({ ...entry, title: 'Bài', updatedAt: '2021-01-19T08:00:00+07:00', body: '  ' })).toEqual([
      'Tiêu đề: tiêu đề quá ngắn (ít nhất 5 ký tự)',
      'Cập nhật lúc (giờ Việt Nam): thời điểm cập nhật sớm hơn thời điểm đăng',
      'Nội dung: bài không có nội dung (phần sau thông tin đầu bài đang trống)',
    ]);
  });

  it('names the correction a problem is in', () => {
    expect(entryProblems({ ...entry, corrections: [{ at: '2021-01-21T08:00:00+07:00', text: 'ngắn' }] })).toEqual([
      'Đính chính: đính chính thứ 1 (text): nội dung đính chính (text) quá ngắn (ít nhất 10 ký tự)',
    ]);
  });
});

describe('addressProblem', () => {
  const mdx = { 'bai-co-thanh-phan': 'content/articles/2021/bai-co-thanh-phan.mdx' };
  it("names the .mdx article whose address a new article would take, in the title's words", () => {
    expect(addressProblem('bai-co-thanh-phan', mdx)).toBe(
      'Tiêu đề: địa chỉ /bai-viet/bai-co-thanh-phan/ đã là của bài content/articles/2021/bai-co-thanh-phan.mdx (bài .mdx, không có trong danh sách ở đây); hãy đổi tiêu đề để bài mới có địa chỉ khác',
    );
  });
  it('lets any other address through, including names of object properties', () => {
    expect(addressProblem('bai-moi', mdx)).toBeUndefined();
    expect(addressProblem('constructor', mdx)).toBeUndefined();
  });
});

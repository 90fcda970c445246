import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLegacyArticle, looksLikeCaption, looksLikeSignature } from '../../tools/editors/legacy-dump.ts';
import { fixTypography } from '../../tools/editors/typography.ts';
import { fixArticle } from '../../tools/editors/article-lint.ts';

const seed = readFileSync(new URL('../fixtures/legacy/000_0d86179cd3a6a5de.txt', import.meta.url), 'utf8');
const committed = readFileSync(
  new URL('../../content/articles/2021/quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021.mdx', import.meta.url),
  'utf8',
);
const options = { category: 'quan-huyen', tags: ['Ba Đình', 'Thi đua khen thưởng'], authors: [{ id: 'thu-uyen', name: 'Thu Uyên' }] };

/** A small dump in the legacy format, with its parts replaceable. */
function dump(parts: { title?: string; lead?: string; body?: string[]; signature?: string; chrome?: boolean } = {}) {
  return [
    parts.title ?? 'Bài thử nghiệm nhập liệu (giả lập) (08:30 02/03/2021)',
    '',
    '',
    parts.lead ?? 'HNP - Đoạn mở đầu giả lập của bài thử nghiệm, không phải tin thật.',
    '',
    ...(parts.body ?? ['Đoạn nội dung thứ nhất, giả lập.', '\u00a0', 'Đoạn nội dung thứ hai, cũng giả lập.']).flatMap((b) => [b, '']),
    parts.signature ?? 'Thu Uyên',
    '',
    ...(parts.chrome === false ? [] : ['Các bài mới đăng', '', 'Các bài đã đăng :', 'Họ tên:(*)', 'Mã xác nhận:  L?y l?i m\uFFFD b?o m?t']),
  ].join('\n');
}

describe('importing the seed dump', () => {
  it('reproduces the committed Ba Đình article, apart from the typography lint fixes', async () => {
    const result = importLegacyArticle(seed, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.slug).toBe('quan-ba-dinh-phat-dong-phong-trao-thi-dua-nam-2021');
    expect(result.year).toBe(2021);
    expect(await fixArticle('x.mdx', result.mdx)).toBe(committed);
  });
  it('recognises title, time, source, lead, both captions and the signature, and drops the chrome', () => {
    const result = importLegacyArticle(seed, options);
    if (!result.ok) throw new Error('import failed');
    const { article, mdx } = result;
    expect(article.title).toBe('Quận Ba Đình phát động phong trào thi đua năm 2021');
    expect(article.publishedAt.toISOString()).toBe('2021-01-20T06:57:00.000Z');
    expect(article.source).toBe('HNP');
    expect(article.lead).toMatch(/^Sáng 20\/01, Quận ủy-HĐND-UBND/);
    expect(article.blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual([
      'Chủ tịch UBND TP Chu Ngọc Anh phát biểu tại hội nghị',
      'Các tập thể được UBND quận khen thưởng',
    ]);
    expect(article.signature).toBe('Thu Uyên');
    expect(mdx).toContain('publishedAt: "2021-01-20T13:57:00+07:00"');
    expect(mdx).toContain('author: "thu-uyen"');
    expect(mdx).not.toMatch(/Các bài mới đăng|Họ tên|Mã xác nhận|\uFFFD|L\?y/);
  });
});

describe('format variants', () => {
  const ok = (text: string, extra = {}) => {
    const result = importLegacyArticle(text, { ...options, tags: [], ...extra });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result;
  };
  it('an article without captions', () => {
    expect(ok(dump()).article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
  it('several captions, in place', () => {
    const result = ok(
      dump({
        body: ['Ảnh giả lập thứ nhất', 'Đoạn nội dung giả lập.', 'Ảnh giả lập thứ hai', 'Ảnh giả lập thứ ba', 'Đoạn cuối, giả lập.'],
      }),
    );
    expect(result.article.blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph', 'caption', 'caption', 'paragraph']);
    expect(result.mdx.match(/<Figure caption=/g)).toHaveLength(3);
  });
  it('a missing time is rejected with the line, or taken from --published-at', () => {
    const text = dump({ title: 'Bài thử nghiệm không có giờ (giả lập)' });
    const result = importLegacyArticle(text, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ line: 1, message: expect.stringMatching(/không thấy thời gian đăng.*--published-at/) }]);
    expect(ok(text, { publishedAt: new Date('2021-03-02T08:30:00+07:00') }).mdx).toContain('publishedAt: "2021-03-02T08:30:00+07:00"');
  });
  it('an impossible time is rejected', () => {
    const result = importLegacyArticle(dump({ title: 'Bài thử nghiệm sai giờ (giả lập) (25:61 31/02/2021)' }), options);
    expect(result.ok).toBe(false);
  });
  it('a signature with a role keeps the role as the byline and links the known author', () => {
    const result = ok(dump({ signature: 'Thu Uyên (tổng hợp)' }));
    expect(result.mdx).toContain('author: "thu-uyen"');
    expect(result.mdx).toContain('byline: "Thu Uyên (tổng hợp)"');
  });
  it('an unknown signer becomes a byline', () => {
    expect(ok(dump({ signature: 'Minh Hà' })).mdx).toMatch(/byline: "Minh Hà"/);
  });
  it('Windows line endings and a UTF-8 BOM give the same article', () => {
    const plain = ok(dump()).mdx;
    expect(ok(dump().replace(/\n/g, '\r\n')).mdx).toBe(plain);
    expect(ok(`\uFEFF${dump()}`).mdx).toBe(plain);
  });
  it('decomposed (NFD) text is stored composed (NFC)', () => {
    expect(ok(dump().normalize('NFD')).mdx).toBe(ok(dump()).mdx);
  });
  it('a lead without a source tag is kept as the lead', () => {
    const result = ok(dump({ lead: 'Đoạn mở đầu giả lập không có tên nguồn, kết thúc bằng dấu chấm.' }));
    expect(result.article.source).toBeUndefined();
    expect(result.mdx).not.toContain('source:');
  });
  it('mojibake inside the article is an error naming its line; in the chrome it is dropped', () => {
    const result = importLegacyArticle(dump({ body: ['Đoạn giả lập có lỗi m\uFFFD hóa.'] }), options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toEqual({ line: 6, message: expect.stringMatching(/lỗi mã hóa/) });
  });
  it('text that is not a dump is rejected', () => {
    const result = importLegacyArticle('\n\n', options);
    expect(result.ok).toBe(false);
    const noBody = importLegacyArticle('Chỉ có tiêu đề (08:30 02/03/2021)\n\nHNP - Đoạn mở đầu giả lập.\n', options);
    expect(noBody.ok).toBe(false);
  });
  it('escapes text MDX would read as code', () => {
    expect(ok(dump({ body: ['Đoạn giả lập có {ngoặc nhọn} và <dấu nhỏ hơn>.'] })).mdx).toContain(
      'Đoạn giả lập có \\{ngoặc nhọn\\} và \\<dấu nhỏ hơn\\>.',
    );
  });
});

describe('line classification', () => {
  it('captions are short lines without end punctuation', () => {
    expect(looksLikeCaption('Các tập thể được UBND quận khen thưởng')).toBe(true);
    expect(looksLikeCaption('Đây là một câu trọn vẹn.')).toBe(false);
  });
  it('signatures are short name lines, maybe with a role', () => {
    expect(looksLikeSignature('Thu Uyên')).toBe(true);
    expect(looksLikeSignature('Thu Uyên (tổng hợp)')).toBe(true);
    expect(looksLikeSignature('Các tập thể được UBND quận khen thưởng')).toBe(false);
  });
});

describe('typography fixes keep every word and figure', () => {
  it('only adds spaces to the seed text', () => {
    const fixed = fixTypography('thực hiện 7.140,35 tỷ đồng/6.951,92tỷ đồng đạt 102,71% dự toánThành phố giao');
    expect(fixed).toBe('thực hiện 7.140,35 tỷ đồng/6.951,92 tỷ đồng đạt 102,71% dự toán Thành phố giao');
  });
});

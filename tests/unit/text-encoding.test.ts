import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodingMessage } from '../../src/model/text-encoding.ts';

const text = '---\ntitle: "Hà Nội mở hội nghị"\n---\n\nĐoạn văn (giả lập).\n';

describe('decodeUtf8', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeUtf8(Buffer.from(text))).toEqual({ ok: true, text });
    expect(decodeUtf8(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text });
  });
  it('names Windows-1258, the old Vietnamese code page, with the line and column of the first byte that is not UTF-8', () => {
    // "Hà Nội" in Windows-1258: à = E0; ô = F4 followed by the combining dot below (F2).
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: "H'),
      Buffer.from([0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69]),
      Buffer.from('"\n---\n'),
    ]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, encoding: 'Windows-1258', line: 2, column: 10 });
  });
  it('names Latin-1 text that has none of the Vietnamese letters', () => {
    expect(decodeUtf8(Buffer.from('Ligne 1\nCafé crème\n', 'latin1'))).toEqual({
      ok: false,
      encoding: 'Latin-1 (Windows-1252)',
      line: 2,
      column: 4,
    });
  });
  it('names UTF-16, with or without a byte order mark (it is not "a file without frontmatter")', () => {
    expect(decodeUtf8(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ ok: false, encoding: 'UTF-16' });
    expect(decodeUtf8(Buffer.from(text, 'utf16le'))).toEqual({ ok: false, encoding: 'UTF-16' });
  });
  it('tells the editor how to fix it, in Vietnamese', () => {
    expect(encodingMessage('Windows-1258')).toMatch(/^tệp không lưu ở dạng UTF-8 mà có vẻ là Windows-1258.*lưu lại với bảng mã UTF-8/);
  });
});

// Content files must be UTF-8. A file saved in another encoding (an old Windows editor's Windows-1258
// or Latin-1, Notepad's "Unicode" = UTF-16) would otherwise be read with replacement characters and
// published as "H� N�i", or look like a file without frontmatter. Pure: bytes in, text or a problem out.

export type DecodedText =
  | { ok: true; text: string }
  | {
      ok: false;
      /** The encoding the file seems to be in, as editors' tools name it. */
      encoding: string;
      /** Where the first byte that is not UTF-8 is (1-based), when the file is not UTF-16. */
      line?: number;
      column?: number;
    };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes of Windows-1258 (the Vietnamese Windows code page) that Latin-1/Windows-1252 text rarely has:
 * Ă ă Đ đ Ơ ơ Ư ư and the combining tone marks (grave, acute, tilde, hook, dot below).
 */
const WINDOWS_1258_LETTERS = new Set([0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xde, 0xd2, 0xf2]);

function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  // Without a byte order mark: ASCII text in UTF-16 has a zero byte beside every letter.
  const sample = bytes.subarray(0, 200);
  return sample.length >= 4 && sample.filter((b) => b === 0).length >= sample.length / 4;
}

/** The text of a UTF-8 file (a leading byte order mark removed), or which encoding it seems to be in instead. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  if (looksUtf16(bytes)) return { ok: false, encoding: 'UTF-16' };
  try {
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const at = firstInvalidByte(bytes);
    const lines = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(at, 0))).split('\n');
    const encoding = bytes.some((b) => WINDOWS_1258_LETTERS.has(b)) ? 'Windows-1258' : 'Latin-1 (Windows-1252)';
    return at < 0 ? { ok: false, encoding } : { ok: false, encoding, line: lines.length, column: lines.at(-1)!.length + 1 };
  }
}

/** Where the first byte that cannot start or continue a UTF-8 character is, or -1 (the fatal decoder is the judge; this only locates). */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const following = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (following < 0) return i;
    for (let k = 1; k <= following; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += following + 1;
  }
  return -1;
}

/** What an editor reads for a file that is not UTF-8, and how to fix it. */
export function encodingMessage(encoding: string): string {
  return (
    `tệp không lưu ở dạng UTF-8 mà có vẻ là ${encoding}, nên chữ có dấu sẽ hiện sai ("H� N�i"): ` +
    `mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (VS Code: "Save with Encoding" → UTF-8)`
  );
}

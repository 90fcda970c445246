// Vietnamese typography rules for editors' text: spacing around punctuation, words or numbers glued
// together, straight quotes. Numbers written the Vietnamese way ("73.616", "7.140,35", "8,5%") and
// abbreviations ("UBND", "TTHC", "VH&TT", "TP.HCM") are never flagged.

type TypographyRule =
  | 'space-after-punctuation'
  | 'glued-words'
  | 'number-glued-to-word'
  | 'space-around-quote'
  | 'straight-quote'
  | 'repeated-spaces'
  | 'space-before-punctuation';

export interface TypographyIssue {
  rule: TypographyRule;
  /** Where in the text, and how much of it the fix replaces. */
  index: number;
  length: number;
  message: string;
  /** Replacement for text[index, index + length): every rule here has a safe fix. */
  fix: string;
}

const NON_ASCII_LETTER = /\P{ASCII}/u;
/** Units written glued to a digit: km2, m3, cm2… */
const UNIT_WITH_POWER = /^(k?m|cm|mm|dm)[23]$/;

function tokens(text: string): { token: string; start: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ token: m[0], start: m.index! }));
}

export function checkTypography(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  const add = (rule: TypographyRule, index: number, length: number, fix: string, message: string) =>
    issues.push({ rule, index, length, fix, message });

  for (const m of text.matchAll(/(?<=\p{L})([,;!?:])(?=\p{L})/gu)) {
    add('space-after-punctuation', m.index! + 1, 0, ' ', `thiếu khoảng trắng sau "${m[1]}"`);
  }
  for (const m of text.matchAll(/(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu)) {
    add('space-after-punctuation', m.index! + 1, 0, ' ', 'thiếu khoảng trắng sau dấu chấm');
  }

  for (const { token, start } of tokens(text)) {
    // "toánThành": a Vietnamese word run into the next capitalised one (brand names like "YouTube" are ASCII).
    if (NON_ASCII_LETTER.test(token)) {
      for (const m of token.matchAll(/(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/gu)) {
        add('glued-words', start + m.index!, 0, ' ', `hai từ dính nhau: "${token}"`);
      }
    }
    // "6.951,92tỷ" or "năm2021": a number glued to a word. "4G", "8h30", "km2", "Covid-19" are fine.
    for (const m of token.matchAll(/(?<=\d)(?=\p{Ll}{2,}|\p{Lu}\p{Ll})/gu)) {
      add('number-glued-to-word', start + m.index!, 0, ' ', `số dính liền chữ: "${token}"`);
    }
    const word = token.replace(/^[^\p{L}]+|[^\p{L}\d]+$/gu, '');
    if (!UNIT_WITH_POWER.test(word)) {
      for (const m of token.matchAll(/(?<=\p{Ll}{2})(?=\d)/gu)) {
        add('number-glued-to-word', start + m.index!, 0, ' ', `chữ dính liền số: "${token}"`);
      }
    }
  }

  for (const m of text.matchAll(/(?<=[\p{L}\d])“|”(?=[\p{L}\d])/gu)) {
    const opening = m[0] === '“';
    add(
      'space-around-quote',
      opening ? m.index! : m.index! + 1,
      0,
      ' ',
      opening ? 'thiếu khoảng trắng trước dấu ngoặc kép mở' : 'thiếu khoảng trắng sau dấu ngoặc kép đóng',
    );
  }
  for (const m of text.matchAll(/"/g)) {
    const before = text[m.index! - 1];
    const opening = before === undefined || /[\s([{–—-]/.test(before);
    add('straight-quote', m.index!, 1, opening ? '“' : '”', `dùng ngoặc kép cong ${opening ? '“' : '”'} thay cho "`);
  }
  for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
    add('repeated-spaces', m.index!, m[0].length, ' ', 'nhiều khoảng trắng liền nhau');
  }
  for (const m of text.matchAll(/(?<=\p{L}|\d) +(?=[,.;:!?](?!\.\.)(?:\s|$))/gu)) {
    add('space-before-punctuation', m.index!, m[0].length, '', `khoảng trắng thừa trước "${text[m.index! + m[0].length]}"`);
  }
  return issues.sort((a, b) => a.index - b.index || a.rule.localeCompare(b.rule));
}

/** A replacement of text[start, end). */
export interface TextFix {
  start: number;
  end: number;
  replacement: string;
}

/** Applies fixes from the end, skipping any that would overlap one already applied. */
export function applyFixes(text: string, fixes: readonly TextFix[]): string {
  let result = text;
  let limit = Infinity;
  for (const fix of [...fixes].sort((a, b) => b.start - a.start)) {
    if (fix.end > limit) continue;
    result = result.slice(0, fix.start) + fix.replacement + result.slice(fix.end);
    limit = fix.start;
  }
  return result;
}

export function fixTypography(text: string): string {
  return applyFixes(
    text,
    checkTypography(text).map((issue) => ({ start: issue.index, end: issue.index + issue.length, replacement: issue.fix })),
  );
}

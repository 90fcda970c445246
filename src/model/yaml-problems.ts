// What is wrong with YAML an editor wrote, in the editor's words: the line and the field where the
// mistake is (not where the parser gave up: an unclosed quote is reported by js-yaml on a later line)
// and how to fix the common cases. Pure; frontmatter.ts's parseYaml uses it when js-yaml fails.

export interface YamlProblem {
  /** 0-based line in the YAML text. */
  line: number;
  /** The key whose value is wrong, when there is one. */
  field?: string;
  message: string;
}

/** A `key: value` line, at the top level or in a list item (`- id: x`, `  name: y`). */
const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(?:\s+(.*))?$/;

/** The closing quote of a quoted value starting at `value[0]`, or -1 when it is not closed on this line. */
function closingQuote(value: string): number {
  const quote = value[0];
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === '\\') i++;
    else if (value[i] === quote) {
      if (quote === "'" && value[i + 1] === "'")
        i++; // '' is a quote inside single quotes
      else return i;
    }
  }
  return -1;
}

/** The mistake on one `key: value` line, if it has one of the usual ones. */
function lineMistake(key: string, value: string): string | undefined {
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const end = closingQuote(value);
    const name = quote === '"' ? 'nháy kép "' : "nháy đơn '";
    if (end < 0) return `giá trị mở dấu ${name} nhưng chưa đóng: thêm ${quote} vào cuối giá trị`;
    const rest = value.slice(end + 1).trim();
    if (rest && !rest.startsWith('#'))
      return quote === '"'
        ? 'dấu nháy kép " ở giữa giá trị làm giá trị kết thúc sớm: viết \\" cho dấu nháy bên trong, hoặc dùng nháy cong “ ”'
        : "dấu nháy đơn ' ở giữa giá trị làm giá trị kết thúc sớm: viết '' cho dấu nháy bên trong, hoặc đặt giá trị trong nháy kép";
    return undefined;
  }
  if (value.startsWith('[') && !value.includes(']')) return 'danh sách [ … ] chưa đóng: thêm ] vào cuối danh sách';
  if (/^[[{]/.test(value)) return undefined;
  if (/:\s/.test(value) || value.endsWith(':'))
    return `giá trị có dấu hai chấm ":": đặt cả giá trị trong dấu nháy kép, ví dụ ${key}: "${value.replace(/"/g, '\\"')}"`;
  return undefined;
}

/**
 * The editor's view of a YAML error: the first line with one of the usual mistakes (an unclosed or
 * early-closed quote, a colon in an unquoted value), else the parser's own line with a plain message.
 */
export function yamlProblem(text: string, error: { reason?: string; mark?: { line: number } }): YamlProblem {
  const lines = text.split(/\r?\n/);
  const failedAt = error.mark?.line ?? lines.length - 1;
  for (let i = 0; i <= Math.min(failedAt, lines.length - 1); i++) {
    const match = KEY_LINE.exec(lines[i]);
    if (!match) continue;
    const [, , key, value = ''] = match;
    const mistake = lineMistake(key, value.trimEnd());
    // A quoted value or a [list] may go on over several lines in YAML: one left open is the mistake
    // only when the next line with text starts another key (or there is none).
    const next = lines.slice(i + 1).find((line) => line.trim());
    const leftOpen = /^['"]/.test(value) ? closingQuote(value) < 0 : value.startsWith('[') && !value.includes(']');
    if (mistake && (!leftOpen || next === undefined || KEY_LINE.test(next))) return { line: i, field: key, message: mistake };
  }
  const keyAt = (line: number) => {
    for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
      const match = KEY_LINE.exec(lines[i]);
      if (match) return match[2];
    }
    return undefined;
  };
  const reason = error.reason ?? '';
  const field = keyAt(failedAt);
  if (reason.startsWith('duplicated mapping key')) return { line: failedAt, field, message: `khóa "${field}" được viết hai lần: giữ một` };
  if (reason.startsWith('tab characters')) return { line: failedAt, field, message: 'dòng bắt đầu bằng ký tự tab: thụt lề bằng dấu cách' };
  if (reason.includes('flow collection'))
    return { line: failedAt, field, message: 'danh sách [ … ] viết sai: các mục cách nhau bằng dấu phẩy, đóng bằng ]' };
  if (reason.includes('indentation') && /^\s+\S/.test(lines[failedAt] ?? ''))
    return { line: failedAt, field, message: 'dòng này thụt lề thừa: các khóa của bài viết bắt đầu ở đầu dòng' };
  return { line: failedAt, field, message: 'dòng này không đúng dạng khóa: "giá trị"' };
}

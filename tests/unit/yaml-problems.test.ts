// Each case is YAML js-yaml refuses, as editors write it; the message names the line and field of the
// mistake itself (js-yaml's own line is often a later one) and says how to fix it, in Vietnamese.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/model/frontmatter.ts';

/** Frontmatter YAML starting on file line 2 (after the first "---"). */
const problemOf = (yaml: string) => {
  const result = parseYaml(yaml, 2);
  if (result.ok) throw new Error('expected a YAML error');
  return result;
};

describe('YAML mistakes, named where they are', () => {
  it('an unclosed double quote: its own line and field, not the line where the parser gave up', () => {
    expect(problemOf('title: "Hà Nội mở hội nghị\nlead: "Đoạn mở đầu."\ncategory: thoi-su\n')).toEqual({
      ok: false,
      line: 2,
      field: 'title',
      message: 'giá trị mở dấu nháy kép " nhưng chưa đóng: thêm " vào cuối giá trị',
    });
    expect(problemOf('title: "Hà Nội"\nlead: "Đoạn mở đầu\n')).toMatchObject({ line: 3, field: 'lead' });
    expect(problemOf("title: 'Hà Nội\nlead: x\n")).toMatchObject({ line: 2, field: 'title', message: expect.stringMatching(/nháy đơn/) });
  });
  it('a quote inside a quoted value, and a colon in an unquoted one', () => {
    expect(problemOf('title: "Hà Nội"\nlead: "Ông "A" nói"\n')).toMatchObject({
      line: 3,
      field: 'lead',
      message: expect.stringMatching(/viết \\" cho dấu nháy bên trong/),
    });
    expect(problemOf('title: Hà Nội: tin mới\nlead: x\n')).toMatchObject({
      line: 2,
      field: 'title',
      message: 'giá trị có dấu hai chấm ":": đặt cả giá trị trong dấu nháy kép, ví dụ title: "Hà Nội: tin mới"',
    });
  });
  it('a key written twice, a tab, an unclosed list, a line indented too far', () => {
    expect(problemOf('title: "A"\nlead: "B"\ntitle: "C"\n')).toMatchObject({
      line: 4,
      field: 'title',
      message: 'khóa "title" được viết hai lần: giữ một',
    });
    expect(problemOf('title: "A"\n\tlead: "B"\n')).toMatchObject({ line: 3, message: expect.stringMatching(/tab/) });
    expect(problemOf('tags: [a, b\nlead: "x"\n')).toMatchObject({
      line: 2,
      field: 'tags',
      message: expect.stringMatching(/danh sách \[ … \] chưa đóng/),
    });
    expect(problemOf('title: "A"\n  lead: "B"\n')).toMatchObject({ line: 3, message: expect.stringMatching(/thụt lề thừa/) });
  });
  it('a quoted value over several lines is valid YAML, and not reported', () => {
    expect(parseYaml('title: "Hà Nội\n  mở hội nghị"\nlead: x\n')).toMatchObject({ ok: true, data: { title: 'Hà Nội mở hội nghị' } });
  });
  it('never shows the parser’s English', () => {
    for (const yaml of ['title: "A\nlead: x', 'a: b\n c: d', ': x', 'title: [', 'x: "a" "b"'])
      expect((parseYaml(yaml) as { message: string }).message).not.toMatch(/mapping|scalar|stream|indentation|expected/i);
  });
});

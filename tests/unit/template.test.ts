import { describe, expect, it } from 'vitest';
import { fill, templateParts } from '../../src/i18n/template.ts';
import { ui } from '../../src/i18n/vi.ts';

describe('fill', () => {
  it('fills every placeholder of a UI string, however often it appears', () => {
    expect(fill(ui.search.resultCount, { n: 12, q: 'ba dinh' })).toBe('12 kết quả cho “ba dinh”');
    expect(fill('{a} và {a}', { a: 'x' })).toBe('x và x');
  });
  it('leaves out a placeholder it has no value for (client islands get templates as plain strings)', () => {
    const template: string = ui.comments.charsLeft;
    expect(fill(template, {})).toBe('Còn  ký tự');
  });
  it('has a template for every string with a value in it: no UI string is a function', () => {
    const functions: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'function') functions.push(path);
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(ui, 'ui');
    expect(functions).toEqual([]);
  });
});

describe('templateParts', () => {
  it('splits a template into text and placeholders, for values rendered as markup', () => {
    expect(templateParts(ui.comments.charsLeft)).toEqual(['Còn ', { name: 'n' }, ' ký tự']);
    expect(templateParts('{n} kết quả')).toEqual(['', { name: 'n' }, ' kết quả']);
    expect(templateParts('không có chỗ trống')).toEqual(['không có chỗ trống']);
  });
});

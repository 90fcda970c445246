import { describe, expect, it } from 'vitest';
import { PHONE_PATTERN, charactersLeft, isTooFast, isVietnamesePhone, validateComment, visibleLength } from '../../src/lib/comment.ts';

const limits = { nameMax: 12, titleMax: 20, bodyMax: 30 };
const valid = { name: 'Nguyễn Văn A', phone: '', title: 'Ý kiến', body: 'Bài viết hay.' };

describe('isVietnamesePhone', () => {
  it.each(['0912345678', '0912 345 678', '091.234.5678', '+84 912 345 678', '84912345678', '024 3825 1234', '02438251234', '0389-123-456'])(
    'accepts %s',
    (phone) => expect(isVietnamesePhone(phone)).toBe(true),
  );
  it.each(['', '12345', '0112345678', '091234567', '09123456789', '+1 212 555 0100', '0912  345 678', 'số của tôi', '024 382 512'])(
    'rejects %s',
    (phone) => expect(isVietnamesePhone(phone)).toBe(false),
  );
  it('is a valid HTML pattern: browsers compile it with the v flag', () => {
    const html = new RegExp(`^(?:${PHONE_PATTERN})$`, 'v');
    expect(html.test('0912 345 678')).toBe(true);
    expect(html.test('0112345678')).toBe(false);
  });
});

describe('validateComment', () => {
  it('accepts a complete comment; the phone is optional', () => {
    expect(validateComment(valid, limits)).toEqual({});
  });
  it('requires name, title and body (white space alone does not count)', () => {
    expect(validateComment({ name: ' ', phone: '', title: '', body: '\n' }, limits)).toEqual({
      name: 'nameRequired',
      title: 'titleRequired',
      body: 'bodyRequired',
    });
  });
  it('checks the phone when given, and the length limits', () => {
    expect(validateComment({ ...valid, phone: '123', body: 'x'.repeat(31) }, limits)).toEqual({
      phone: 'phoneInvalid',
      body: 'bodyTooLong',
    });
  });
  it('counts Vietnamese letters once whether typed composed or decomposed', () => {
    expect(visibleLength('Việt')).toBe(4);
    expect(visibleLength('Vie\u0323\u0302t')).toBe(4);
    expect(validateComment({ ...valid, name: 'Nguyê\u0303n Hà' }, limits)).toEqual({});
  });
  it('counts an emoji once, however many code units and code points it takes', () => {
    expect(visibleLength('👍🏽')).toBe(1); // 4 UTF-16 units: what a maxlength box counts
    expect(visibleLength('👨‍👩‍👧')).toBe(1);
    expect(visibleLength('Hay 👍')).toBe(5);
  });
  it('the counter counts what the check counts: trimmed, and negative when over', () => {
    expect(charactersLeft('  Việt  ', 30)).toBe(26);
    expect(charactersLeft('👍'.repeat(31), 30)).toBe(-1);
    expect(validateComment({ ...valid, body: '👍'.repeat(31) }, limits)).toEqual({ body: 'bodyTooLong' });
    expect(validateComment({ ...valid, body: '👍'.repeat(30) }, limits)).toEqual({});
  });
});

describe('isTooFast (time trap)', () => {
  it('flags submissions quicker than a person can fill the form', () => {
    expect(isTooFast(1000, 2500, 3000)).toBe(true);
    expect(isTooFast(1000, 4000, 3000)).toBe(false);
  });
});

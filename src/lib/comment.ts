// Comment-form rules shared by the browser enhancement and the tests: field limits, the Vietnamese
// phone-number check, and validation that returns error codes (the UI maps codes to strings).

export interface CommentFields {
  name: string;
  phone: string;
  title: string;
  body: string;
}

export interface CommentLimits {
  nameMax: number;
  titleMax: number;
  bodyMax: number;
}

export type CommentField = keyof CommentFields;

export type CommentError =
  'nameRequired' | 'nameTooLong' | 'phoneInvalid' | 'titleRequired' | 'titleTooLong' | 'bodyRequired' | 'bodyTooLong';

/**
 * A Vietnamese phone number as people write it: mobile 0[35789]x xxx xxxx (10 digits) or landline
 * 02xx xxxx xxxx (11 digits), with +84/84 instead of the leading 0, and single spaces, dots or
 * hyphens between digits. Written so that it is valid both as a JS RegExp and as an HTML `pattern`
 * (which browsers compile with the `v` flag).
 */
export const PHONE_PATTERN = String.raw`(?:\+?84|0)[ .\-]?(?:[35789](?:[ .\-]?[0-9]){8}|2(?:[ .\-]?[0-9]){9})`;

const PHONE = new RegExp(`^${PHONE_PATTERN}$`);

export function isVietnamesePhone(text: string): boolean {
  return PHONE.test(text.trim());
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Length as a reader counts it: user-perceived characters (grapheme clusters), so "ế" typed as e + two
 * marks counts once, and so does 👍🏽 (four UTF-16 units). This is the one count of the form: its
 * counter, its checks and the limit a comment endpoint applies (the README's comment contract).
 */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text.normalize('NFC'))) count++;
  return count;
}

/** Characters left before `max`, negative when over: what the counter shows for a field as the form will check it (trimmed). */
export function charactersLeft(text: string, max: number): number {
  return max - visibleLength(text.trim());
}

export function validateComment(fields: CommentFields, limits: CommentLimits): Partial<Record<CommentField, CommentError>> {
  const errors: Partial<Record<CommentField, CommentError>> = {};
  const name = fields.name.trim();
  const title = fields.title.trim();
  const body = fields.body.trim();
  const phone = fields.phone.trim();
  if (!name) errors.name = 'nameRequired';
  else if (visibleLength(name) > limits.nameMax) errors.name = 'nameTooLong';
  if (phone && !isVietnamesePhone(phone)) errors.phone = 'phoneInvalid';
  if (!title) errors.title = 'titleRequired';
  else if (visibleLength(title) > limits.titleMax) errors.title = 'titleTooLong';
  if (!body) errors.body = 'bodyRequired';
  else if (visibleLength(body) > limits.bodyMax) errors.body = 'bodyTooLong';
  return errors;
}

/** The time trap: a form filled and sent faster than a person can type was sent by a bot. */
export function isTooFast(startedAt: number, submittedAt: number, minimumMs: number): boolean {
  return submittedAt - startedAt < minimumMs;
}

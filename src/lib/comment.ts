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

/** Length as a reader counts it: user-perceived characters, so "ế" typed as e + marks counts once. */
export function visibleLength(text: string): number {
  return [...text.normalize('NFC')].length;
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

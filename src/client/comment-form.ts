// Comment-form enhancement: Vietnamese validation messages, a draft kept in localStorage until a
// submit succeeds, honeypot and time trap, and posting to the configured endpoint.
import { charactersLeft, isTooFast, validateComment, type CommentError, type CommentField, type CommentFields } from '../lib/comment.ts';

interface FormConfig {
  articleId: string;
  endpoint: string;
  limits: { nameMax: number; titleMax: number; bodyMax: number };
  minimumFillMs: number;
  messages: {
    errors: Record<CommentError, string>;
    errorSummary: string;
    notConnected: string;
    success: string;
    failure: string;
    tooFast: string;
    sending: string;
    submit: string;
  };
}

const FIELDS: CommentField[] = ['name', 'phone', 'title', 'body'];

const draftKey = (articleId: string) => `binh-luan:${articleId}`;

function readFields(form: HTMLFormElement): CommentFields {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  return { name: value('name'), phone: value('phone'), title: value('title'), body: value('body') };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage (privacy settings): the form still works, drafts are not kept
  }
}

function saveDraft(config: FormConfig, fields: CommentFields) {
  try {
    const empty = FIELDS.every((f) => !fields[f]);
    if (empty) storage()?.removeItem(draftKey(config.articleId));
    else storage()?.setItem(draftKey(config.articleId), JSON.stringify(fields));
  } catch {
    // quota exceeded: keep working without a saved draft
  }
}

function restoreDraft(form: HTMLFormElement, config: FormConfig) {
  let saved: Partial<CommentFields> | undefined;
  try {
    saved = JSON.parse(storage()?.getItem(draftKey(config.articleId)) ?? 'null') ?? undefined;
  } catch {
    saved = undefined;
  }
  if (!saved) return;
  for (const field of FIELDS) {
    const input = form.elements.namedItem(field) as HTMLInputElement | null;
    if (input && typeof saved[field] === 'string' && !input.value) input.value = saved[field]!;
  }
}

function showErrors(form: HTMLFormElement, config: FormConfig, errors: Partial<Record<CommentField, CommentError>>) {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  for (const field of FIELDS) {
    const input = form.elements.namedItem(field) as HTMLInputElement;
    const message = form.querySelector<HTMLElement>(`#comment-${field}-error`)!;
    const code = errors[field];
    if (code) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = config.messages.errors[code];
      message.hidden = false;
    } else {
      input.removeAttribute('aria-invalid');
      message.textContent = '';
      message.hidden = true;
    }
  }
  const failed = FIELDS.filter((f) => errors[f]);
  summary.replaceChildren();
  if (!failed.length) {
    summary.hidden = true;
    return;
  }
  const heading = document.createElement('p');
  heading.textContent = config.messages.errorSummary;
  const list = document.createElement('ul');
  for (const field of failed) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#comment-${field}`;
    link.textContent = config.messages.errors[errors[field]!];
    item.append(link);
    list.append(item);
  }
  summary.append(heading, list);
  summary.hidden = false;
  summary.setAttribute('role', 'alert');
  summary.focus();
}

/**
 * The counter's words are rendered on the server ("Còn N ký tự", "Vượt quá N ký tự"); this shows the
 * one that applies and keeps its number current. The box has no maxlength: a paste longer than the limit
 * is kept whole (never cut silently), the counter says by how much it is over and the field says why it
 * cannot be sent yet.
 */
function updateCounter(form: HTMLFormElement, config: FormConfig) {
  const body = form.elements.namedItem('body') as HTMLTextAreaElement;
  const counter = form.querySelector<HTMLElement>('[data-char-count]');
  if (!counter) return;
  const left = charactersLeft(body.value, config.limits.bodyMax);
  const under = counter.querySelector<HTMLElement>('[data-chars-under]')!;
  const over = counter.querySelector<HTMLElement>('[data-chars-over]')!;
  under.hidden = left < 0;
  over.hidden = left >= 0;
  (left < 0 ? over : under).querySelector<HTMLElement>('[data-chars]')!.textContent = String(Math.abs(left));
  counter.classList.toggle('field__count--over', left < 0);
  counter.hidden = false;
  const message = form.querySelector<HTMLElement>('#comment-body-error')!;
  if (left < 0) {
    body.setAttribute('aria-invalid', 'true');
    message.textContent = config.messages.errors.bodyTooLong;
    message.hidden = false;
  } else if (message.textContent === config.messages.errors.bodyTooLong) {
    body.removeAttribute('aria-invalid');
    message.textContent = '';
    message.hidden = true;
  }
}

function enhance(form: HTMLFormElement) {
  const config = JSON.parse(form.dataset.config ?? '{}') as FormConfig;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const startedAtInput = form.elements.namedItem('startedAt') as HTMLInputElement;
  const startedAt = Date.now();
  startedAtInput.value = String(startedAt);
  form.noValidate = true; // our messages replace the browser's, which are not in Vietnamese everywhere

  restoreDraft(form, config);
  updateCounter(form, config);
  form.addEventListener('input', () => {
    saveDraft(config, readFields(form));
    updateCounter(form, config);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = readFields(form);
    saveDraft(config, fields);
    status.textContent = '';
    const errors = validateComment(fields, config.limits);
    showErrors(form, config, errors);
    if (Object.keys(errors).length) return;

    const honeypot = (form.elements.namedItem('website') as HTMLInputElement).value;
    if (honeypot) {
      // A bot filled the hidden field: act as if it worked, send nothing.
      status.textContent = config.messages.success;
      return;
    }
    if (isTooFast(startedAt, Date.now(), config.minimumFillMs)) {
      status.textContent = config.messages.tooFast;
      return;
    }
    if (!config.endpoint) {
      status.textContent = config.messages.notConnected;
      return;
    }
    button.disabled = true;
    button.textContent = config.messages.sending;
    try {
      const response = await fetch(config.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ articleId: config.articleId, ...fields, website: honeypot, elapsedMs: Date.now() - startedAt }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      storage()?.removeItem(draftKey(config.articleId));
      form.reset();
      startedAtInput.value = String(startedAt);
      updateCounter(form, config);
      status.textContent = config.messages.success;
    } catch {
      status.textContent = config.messages.failure;
    } finally {
      button.disabled = false;
      button.textContent = config.messages.submit;
    }
  });
}

export function enhanceCommentForms(root: ParentNode = document) {
  root.querySelectorAll<HTMLFormElement>('form[data-comment-form]').forEach(enhance);
}

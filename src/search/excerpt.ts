// A search result's excerpt, made from the page's indexed text (Pagefind's `content`) instead of
// Pagefind's own: Pagefind marks every word that starts with a query syllable ("ban" in "Ủy ban" for
// "ba dinh") and often starts its excerpt with the title the result already shows. Here a word is
// marked only when it is a query word, whole, with any marks (and đ typed as d); the title is left out.
import { foldDiacritics } from '../lib/vietnamese.ts';

/** A word as search compares it: no marks, đ as d, lower case. */
const comparable = (word: string) => foldDiacritics(word).toLowerCase();

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Letters and digits of a token (numbers keep their separators: "8.430,54"), and what surrounds them. */
const TOKEN = /^([^\p{L}\p{N}]*)([\p{L}\p{N}]+(?:[.,][\p{N}]+)*)?([\s\S]*)$/u;

/**
 * The excerpt's HTML: about `length` words of `content` after its title, starting a few words before
 * the first query word, with each whole query word in <mark> and "…" where the text goes on. Text is
 * escaped; nothing else is markup.
 */
export function excerptOf(content: string, title: string, queryWords: readonly string[], length = 30): string {
  let text = content.trim();
  const heading = title.trim();
  if (heading && text.startsWith(heading)) text = text.slice(heading.length).replace(/^[\s.:;,–-]+/, '');
  const tokens = text.split(/\s+/).filter(Boolean);
  const wanted = new Set(queryWords.map(comparable));
  const isQueryWord = (token: string) => {
    const word = TOKEN.exec(token)?.[2];
    return word !== undefined && wanted.has(comparable(word));
  };
  const first = tokens.findIndex(isQueryWord);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - 5, tokens.length - length));
  const shown = tokens
    .slice(start, start + length)
    .map((token) => {
      const [, before = '', word, after = ''] = TOKEN.exec(token) ?? [];
      if (word === undefined || !wanted.has(comparable(word))) return escape(token);
      return `${escape(before)}<mark>${escape(word)}</mark>${escape(after)}`;
    })
    .join(' ');
  // An ellipsis where the text goes on: the reader sees the excerpt is a part.
  return `${start > 0 ? '… ' : ''}${shown}${start + length < tokens.length ? ' …' : ''}`;
}

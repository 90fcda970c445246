// Vietnamese text helpers: diacritic folding (including đ/Đ, which Unicode does not decompose).

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** "Quận Ba Đình" → "Quan Ba Dinh". Tone and vowel marks are dropped; đ/Đ map to d/D explicitly. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Number of words (space-separated syllables, as Vietnamese is written) in a text. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

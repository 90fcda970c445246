// Reading-time estimate for Vietnamese text (words are syllables; readers average ~220 a minute).
import { countWords } from './vietnamese.ts';

const WORDS_PER_MINUTE = 220;

/** Strips Markdown/MDX syntax that is not read aloud: JSX tags, import lines, link targets, markup. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>[\]|~]/g, ' ');
}

export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(readableText(markdown)) / WORDS_PER_MINUTE));
}

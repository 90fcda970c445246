// remark plugin: reading time from the article's own text, handed to pages as
// remarkPluginFrontmatter.readingMinutes — so the raw body need not be kept in the content store.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { readingMinutes } from '../lib/reading-time.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.readingMinutes = readingMinutes(toString(tree));
  };
}

/** The reading time this plugin put into a rendered article's frontmatter (at least one minute). */
export function readingMinutesOf(frontmatter: Record<string, unknown>): number {
  return Number(frontmatter.readingMinutes) || 1;
}

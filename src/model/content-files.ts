// Reading the YAML lists and finding existing article files, for the editors' command-line tools.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { articleIdOf } from '../lib/slug.ts';

export function readYamlList<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  const data = yaml.load(readFileSync(path, 'utf8'));
  return Array.isArray(data) ? (data as T[]) : [];
}

/** The article file that already uses `slug`, whatever its year folder. */
export function findArticleBySlug(contentDir: string, slug: string): string | undefined {
  return globSync(`${contentDir}/articles/**/*.{md,mdx}`).find((path) => articleIdOf(path) === slug);
}

export const articlePath = (contentDir: string, year: number, slug: string, ext: 'md' | 'mdx' = 'mdx') =>
  join(contentDir, 'articles', String(year), `${slug}.${ext}`);

// Reads the content folder for the content check (the only file I/O around src/model/content-check.ts).
import { existsSync, globSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { checkContent, type ContentProblem } from './content-check.ts';

export function checkContentDir(contentDir: string, root = process.cwd()): ContentProblem[] {
  const onDisk = (path: string) => (isAbsolute(path) ? path : join(root, path));
  const read = (path: string) => ({ path, source: existsSync(onDisk(path)) ? readFileSync(onDisk(path), 'utf8') : '' });
  const articles = globSync(`${contentDir}/articles/**/[!_]*.{md,mdx}`, { cwd: root }).sort().map(read);
  return checkContent({
    articles,
    categories: read(`${contentDir}/categories.yaml`),
    authors: read(`${contentDir}/authors.yaml`),
    exists: (path) => existsSync(onDisk(path)),
  });
}

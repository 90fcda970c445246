// Where a rendered article body is kept when it is not in Astro's content store
// (./article-bodies.ts), and which bodies can be: read by the loader's store, by the renderer that
// writes them (./article-renderers.ts, in a worker thread during a build) and by the article page.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyFrontmatter } from '../markdown/body-frontmatter.ts';

/**
 * The mark, in a stored entry's rendered metadata, of a body kept on disk. Its file is named after the
 * entry's id (articleBodyFile), not written into the store: at 100,000 articles the absolute paths were
 * 10 % of the store, which every build parses and serialises.
 */
export const BODY_FILE_KEY = 'bodyFile';

/** The folder of rendered bodies in Astro's cache folder (a path: absolute, or from the project's root). */
export function articleBodyDir(cacheDir: URL | string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'article-bodies');
}

/** The file holding the rendered body of the entry `id`, in `bodyDir`. */
export const articleBodyFile = (bodyDir: string, id: string) => join(bodyDir, `${encodeURIComponent(id)}.html`);

/**
 * Whether a body with this rendered metadata is kept in a file: not when it has local images (Astro's
 * `render()` turns their placeholders into optimised images, so it stays in the store; such bodies are
 * few), nor when it could not be rendered (its problems stay with the entry).
 */
export function keptOnDisk(metadata: Record<string, unknown> | undefined): boolean {
  const hasImages = ['imagePaths', 'localImagePaths', 'remoteImagePaths'].some(
    (key) => ((metadata?.[key] as unknown[] | undefined)?.length ?? 0) > 0,
  );
  return !hasImages && !(metadata?.frontmatter as BodyFrontmatter | undefined)?.bodyProblems;
}

/**
 * What the store keeps of a body on disk: that it is there, and what the content plugins added to its
 * frontmatter (reading time, videos: src/markdown/body-frontmatter.ts). Astro's rendered metadata also
 * repeats the whole frontmatter, which the entry's `data` already holds, and lists headings and image
 * paths no page reads of a body on disk: 30 % of the store at 10,000 articles, which every build
 * parses, serialises (twice when an article changed) and bundles as a module.
 */
export function leanMetadata(metadata: Record<string, unknown> | undefined, data: Record<string, unknown>) {
  const frontmatter = Object.fromEntries(Object.entries(metadata?.frontmatter ?? {}).filter(([key]) => !(key in data)));
  return { frontmatter, [BODY_FILE_KEY]: true };
}

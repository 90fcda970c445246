// Astro integration: the pages of a build read the content store from its file, not from a module
// that holds it.
//
// Astro gives pages the content store (every entry's data: at 100,000 articles ~80 million characters)
// as a virtual module, `export default JSON.parse("<the whole store as one string literal>")`, which the
// bundler parses and writes into a chunk, and Node compiles before the first page renders. V8's compile
// time grows faster than the literal: 0.8 s at 10,000 articles, 50 s at 100,000 (measured here: a 2 MB
// literal 0.12 s, 8 MB 0.8 s, 80 MB 39 s). A static build renders its pages in the same process, on the
// same machine, right after the content sync wrote that file: the module can read the file instead. Its
// value is the same (the file Astro would have read to make the literal), so are the pages. (Astro
// emits the literal since withastro/astro#17430, to keep the module's syntax tree small; the cost of
// compiling it is not discussed there.)
//
// Astro's own chunked storage (`experimental.collectionStorage`) splits the literal instead, but its
// writer measures each chunk one character at a time (~1 s per million characters: slower than the
// compile it saves at 10,000). The dev server keeps Astro's module: it reloads it after each edit.
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the content store's virtual module (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';
/** The store's file in Astro's cache folder during a build (astro/dist/content/paths.js: getDataStoreFile). */
export const CONTENT_STORE_FILE = 'data-store.json';

/**
 * What Astro marks its content modules with, so that its incremental build does not take the store's
 * content for a page's code (astro/dist/core/build/incremental-metadata.js).
 */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/**
 * The module's code that reads the store from `file` when a page first asks for content. A store that
 * cannot be read ends the build: Astro takes a failed import of its module for an empty store, which
 * would publish a site without articles.
 */
export function storeModuleReadingFile(file: string): string {
  const path = JSON.stringify(file);
  return `import { readFileSync } from 'node:fs';
let text;
try {
  text = readFileSync(${path}, 'utf8');
} catch (error) {
  console.error(\`The content store \${${path}} could not be read (\${error.message}): build again.\`);
  process.exit(1);
}
export default JSON.parse(text);
`;
}

export default function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'news-content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Astro's chunked storage makes another module, left as it is.
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = join(resolve(fileURLToPath(config.cacheDir)), CONTENT_STORE_FILE);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'news-content-store-from-disk',
                // Before Astro's own load, which reads the store, parses it to check it and escapes
                // it into a literal (~3 s at 100,000 articles, and as long again for the bundler to
                // take in the 80 MB of code before it could be replaced).
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${CONTENT_STORE_MODULE_ID}$`) },
                  handler() {
                    // No store yet: Astro's module (an empty one).
                    if (!existsSync(file)) return undefined;
                    return { code: storeModuleReadingFile(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

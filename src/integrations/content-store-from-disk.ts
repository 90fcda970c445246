// Astro integration: the pages of a build read the content store from its file, not from a module
// that holds it.
//
// Astro gives pages the content store (every entry's data: at 100,000 articles ~80 million characters)
// as a virtual module, `export default JSON.parse("<the whole store as one string literal>")`, which the
// bundler parses and writes into a chunk, and Node compiles before the first page renders. V8's compile
// time grows faster than the literal: 0.8 s at 10,000 articles, 50 s at 100,000 (measured here: a 2 MB
// literal 0.12 s, 8 MB 0.8 s, 80 MB 39 s). A static build renders its pages in the same process, on the
// same machine, right after the content sync wrote that file: the module can read the file instead. Its
// value is the same (the file Astro just read to make the literal), so are the pages.
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

/** What Astro's module looks like; anything else (a chunked store, another Astro) is left as it is. */
const ASTRO_STORE_MODULE = /^export default JSON\.parse\("/;

/**
 * The module's code that reads the store from `file` when a page first asks for content, or undefined
 * when Astro's code is not the one this replaces. A store that cannot be read ends the build: Astro
 * takes a failed import of its module for an empty store, which would publish a site without articles.
 */
export function storeModuleReadingFile(astroCode: string, file: string): string | undefined {
  if (!ASTRO_STORE_MODULE.test(astroCode) || !existsSync(file)) return undefined;
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
        if (command !== 'build') return;
        const file = join(resolve(fileURLToPath(config.cacheDir)), CONTENT_STORE_FILE);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'news-content-store-from-disk',
                transform: {
                  filter: { id: new RegExp(`^${CONTENT_STORE_MODULE_ID}$`) },
                  handler(code: string) {
                    const replaced = storeModuleReadingFile(code, file);
                    return replaced === undefined ? undefined : { code: replaced, map: { mappings: '' } };
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

// The content store's module in a build reads the store's file: same value as Astro's module, no
// literal to compile; and the installed Astro still makes the module this replaces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_STORE_FILE, CONTENT_STORE_MODULE_ID, storeModuleReadingFile } from '../../src/integrations/content-store-from-disk.ts';

/** The store as Astro writes it (devalue's flat array), with Vietnamese text and quotes in it. */
const STORE_TEXT = JSON.stringify([{ articles: 1 }, 'Quận Ba Đình "phát động"', ['đ', 'Đ']]);
/** Astro's module for that store (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModuleOf = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

describe('storeModuleReadingFile', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  function folder() {
    const dir = mkdtempSync(join(tmpdir(), 'store-module-'));
    dirs.push(dir);
    return dir;
  }

  it('makes a module whose value is the store file parsed, as Astro’s module’s is', async () => {
    const dir = folder();
    const store = join(dir, CONTENT_STORE_FILE);
    writeFileSync(store, STORE_TEXT);
    const code = storeModuleReadingFile(astroModuleOf(STORE_TEXT), store);
    expect(code).toBeDefined();
    expect(code).not.toContain('Ba Đình');
    const module = join(dir, 'store-module.mjs');
    writeFileSync(module, code!);
    const { default: value } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(value).toEqual(JSON.parse(STORE_TEXT));
  });

  it('ends the build when the store file is gone, rather than give pages an empty store', () => {
    const dir = folder();
    const store = join(dir, CONTENT_STORE_FILE);
    writeFileSync(store, STORE_TEXT);
    const module = join(dir, 'store-module.mjs');
    writeFileSync(module, storeModuleReadingFile(astroModuleOf(STORE_TEXT), store)!);
    rmSync(store);
    // As Astro's ImmutableDataStore.fromModule does: a module that throws is taken for no content.
    const astroLike = join(dir, 'astro-like.mjs');
    writeFileSync(
      astroLike,
      `try { await import(${JSON.stringify(pathToFileURL(module).href)}); } catch {} console.log('pages rendered without articles');`,
    );
    const run = spawnSync(process.execPath, [astroLike], { encoding: 'utf8' });
    expect(run.stdout).not.toContain('pages rendered');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(store);
  });

  it('leaves any other module alone: a chunked store, an empty one, no file', () => {
    const dir = folder();
    const store = join(dir, CONTENT_STORE_FILE);
    writeFileSync(store, STORE_TEXT);
    expect(
      storeModuleReadingFile('export default{"articles":[(await import("astro:data-layer-content-chunk:a.json"))]}', store),
    ).toBeUndefined();
    expect(storeModuleReadingFile('export default new Map()', store)).toBeUndefined();
    expect(storeModuleReadingFile(astroModuleOf(STORE_TEXT), join(dir, 'missing.json'))).toBeUndefined();
  });
});

describe('the Astro this project installs', () => {
  const astroDist = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'dist', 'content');
  const source = (file: string) => readFileSync(join(astroDist, file), 'utf8');

  // When an Astro upgrade changes any of these, the store is compiled as a literal again (correct, but
  // ~50 s at 100,000 articles): this test says so, rather than the benchmark a month later.
  it('still makes the content store module this integration replaces', () => {
    expect(source('consts.js')).toContain(`const DATA_STORE_VIRTUAL_ID = "${CONTENT_STORE_MODULE_ID.slice(1)}";`);
    expect(source('consts.js')).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(source('consts.js')).toContain(`const DATA_STORE_FILE = "${CONTENT_STORE_FILE}";`);
    expect(source('vite-plugin-content-virtual-mod.js')).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(source('paths.js')).toContain('return new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir);');
  });
});

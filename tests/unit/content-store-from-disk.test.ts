// The content store's module in a build reads the store's file: same value as Astro's module, no
// literal to compile; and the installed Astro still makes the module this replaces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import contentStoreFromDisk, {
  CONTENT_DATA_META,
  CONTENT_STORE_FILE,
  CONTENT_STORE_MODULE_ID,
  storeModuleReadingFile,
} from '../../src/integrations/content-store-from-disk.ts';

/** The store as Astro writes it (devalue's flat array), with Vietnamese text and quotes in it. */
const STORE_TEXT = JSON.stringify([{ articles: 1 }, 'Quận Ba Đình "phát động"', ['đ', 'Đ']]);

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
    const code = storeModuleReadingFile(store);
    expect(code).not.toContain('Ba Đình');
    const module = join(dir, 'store-module.mjs');
    writeFileSync(module, code);
    const { default: value } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(value).toEqual(JSON.parse(STORE_TEXT));
  });

  it('ends the build when the store file is gone, rather than give pages an empty store', () => {
    const dir = folder();
    const store = join(dir, CONTENT_STORE_FILE);
    writeFileSync(store, STORE_TEXT);
    const module = join(dir, 'store-module.mjs');
    writeFileSync(module, storeModuleReadingFile(store));
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
});

describe('the integration', () => {
  type Load = { order: string; filter: { id: RegExp }; handler: (id: string) => { code: string; meta: unknown } | undefined };
  /** The Vite plugin the integration adds for a command and storage, as Astro would call its hook. */
  function pluginFor(command: string, cacheDir: string, collectionStorage?: string) {
    let plugins: { load: Load }[] = [];
    const hook = contentStoreFromDisk().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
    hook({
      command,
      config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: collectionStorage ? { collectionStorage } : {} },
      updateConfig: (config: { vite: { plugins: { load: Load }[] } }) => (plugins = config.vite.plugins),
    });
    return plugins[0];
  }

  it('loads the store module before Astro does, in a build with a store file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-plugin-'));
    try {
      const { load } = pluginFor('build', dir);
      expect(load.order).toBe('pre');
      expect(load.filter.id.test(CONTENT_STORE_MODULE_ID)).toBe(true);
      expect(load.filter.id.test('\0astro:content')).toBe(false);
      expect(load.handler(CONTENT_STORE_MODULE_ID)).toBeUndefined(); // no store yet: Astro's empty module
      writeFileSync(join(dir, CONTENT_STORE_FILE), STORE_TEXT);
      const loaded = load.handler(CONTENT_STORE_MODULE_ID)!;
      expect(loaded.code).toContain(JSON.stringify(join(dir, CONTENT_STORE_FILE)));
      expect(loaded.meta).toEqual(CONTENT_DATA_META);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the dev server and Astro’s chunked storage alone', () => {
    expect(pluginFor('dev', '/tmp/x')).toBeUndefined();
    expect(pluginFor('build', '/tmp/x', 'chunked')).toBeUndefined();
    expect(pluginFor('build', '/tmp/x', 'single-file')).toBeDefined();
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
    const incremental = readFileSync(join(astroDist, '..', 'core', 'build', 'incremental-metadata.js'), 'utf8');
    expect(incremental).toContain(`const ASTRO_INCREMENTAL_META_KEY = "${Object.keys(CONTENT_DATA_META)[0]}";`);
    expect(incremental).toContain(`kind: "${CONTENT_DATA_META.astroIncremental.kind}"`);
    expect(source('paths.js')).toContain('return new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir);');
  });
});

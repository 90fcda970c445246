// Lint rules: ESLint's and typescript-eslint's recommended sets, the Astro plugin, and import boundaries
// that encode the project's layout (README, "Layout"): the folder says who runs the code, and
// dependencies point one way. Formatting is Prettier's (npm run lint runs both).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ── The layout ──────────────────────────────────────────────────────────────────────────────────────
// Each layer of src/ and what it may import from the other layers of src/. Imports are matched as
// written (relative paths), so a layer is named by its folder or file.
const SRC_LAYERS = {
  'site.config': { files: ['src/site.config.ts'], may: [], browser: true },
  i18n: { files: ['src/i18n/**'], may: [], browser: true },
  lib: { files: ['src/lib/**'], may: ['site.config', 'i18n'], browser: true },
  search: { files: ['src/search/**'], may: ['site.config', 'i18n', 'lib'], browser: true },
  client: { files: ['src/client/**'], may: ['site.config', 'i18n', 'lib', 'search'], browser: true },
  'build-settings': { files: ['src/build-settings.ts'], may: ['site.config'] },
  model: { files: ['src/model/**'], may: ['site.config', 'build-settings', 'lib'] },
  markdown: { files: ['src/markdown/**'], may: ['site.config', 'i18n', 'lib'] },
  loaders: { files: ['src/loaders/**'], may: [] },
  integrations: { files: ['src/integrations/**'], may: ['site.config', 'build-settings', 'lib', 'model', 'search'] },
  'content.config': { files: ['src/content.config.ts'], may: ['lib', 'model', 'loaders'] },
  data: { files: ['src/data/**'], may: ['site.config', 'build-settings', 'i18n', 'lib', 'model', 'search', 'markdown', 'loaders'] },
  // Components and layouts only render: they may name data's types, never call it.
  components: { files: ['src/components/**'], may: ['site.config', 'i18n', 'lib', 'search', 'client'], typesFrom: ['data'] },
  layouts: { files: ['src/layouts/**'], may: ['site.config', 'i18n', 'lib', 'components'], typesFrom: ['data'] },
  pages: { files: ['src/pages/**'], may: ['site.config', 'i18n', 'lib', 'data', 'layouts', 'components'] },
};

/** An import written to reach `layer` (a folder of src/ or one of its root files). */
const importOf = (layer) =>
  layer.includes('.') || layer === 'build-settings' ? `(^|/)${layer.replace('.', '\\.')}\\.ts$` : `(^|/)${layer}/`;

const OUTSIDE_SRC = {
  tools: { regex: '(^|/)(\\.\\./)*tools/', message: 'src/ is what the site build and the browser run: it never imports tools/.' },
  benchmark: { regex: '(^|/)(\\.\\./)*benchmark/', message: 'Only benchmark/ runs benchmark code.' },
  tests: { regex: '(^|/)(\\.\\./)*tests/', message: 'Tests may import anything; nothing imports tests.' },
};
const PAGEFIND_NODE_API = {
  regex: '^pagefind$',
  message: "Pagefind's Node API indexes built sites in tools/build/; the browser loads /pagefind/ itself.",
};
// Code that runs outside Astro (tools, benchmarks) cannot import what needs Astro's runtime.
const ASTRO_RUNTIME_ONLY = {
  regex: '(^|/)src/(data|pages|layouts|components|client|loaders|integrations)/|^astro:',
  message: 'This needs Astro (or a browser) to run; tools and benchmarks use src/model, src/lib, src/search and the configs.',
};
const NODE_BUILTINS = ['fs', 'path', 'url', 'os', 'child_process', 'crypto', 'util', 'zlib', 'http', 'stream'];
const BROWSER_SAFE = [
  { regex: '^node:', message: 'Runs in the browser too: no Node built-ins.' },
  { regex: `^(${NODE_BUILTINS.join('|')})$`, message: 'Runs in the browser too: no Node built-ins.' },
  { regex: '^astro:', message: 'Runs in the browser too (and in tools): no Astro virtual modules.' },
];

function srcLayerRules([name, layer]) {
  const denied = Object.keys(SRC_LAYERS).filter((other) => other !== name && !layer.may.includes(other));
  const patterns = [
    ...Object.values(OUTSIDE_SRC),
    PAGEFIND_NODE_API,
    ...denied.map((other) => ({
      regex: importOf(other),
      message: `The layout: ${name} may import ${layer.may.join(', ') || 'no other layer of src/'}${layer.typesFrom ? ` (and types from ${layer.typesFrom.join(', ')})` : ''}.`,
      ...(layer.typesFrom?.includes(other) ? { allowTypeImports: true } : {}),
    })),
    ...(layer.browser ? BROWSER_SAFE : []),
  ];
  return { files: layer.files, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } };
}

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', '.bench/', '.test-work/', 'test-results/', 'playwright-report/', 'public/', 'content/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Type-only imports must say so: Node's type stripping (tools) keeps any other import at run time.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/client/**', 'src/search/**'], languageOptions: { globals: { ...globals.browser } } },
  ...Object.entries(SRC_LAYERS).map(srcLayerRules),
  {
    files: ['astro.config.mjs'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...Object.values(OUTSIDE_SRC), PAGEFIND_NODE_API] }] },
  },
  {
    files: ['tools/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...OUTSIDE_SRC.benchmark, message: 'Tools never import benchmarks.' },
            { ...OUTSIDE_SRC.tests, message: 'Tools never import tests (tests/support may import tools).' },
            ASTRO_RUNTIME_ONLY,
          ],
        },
      ],
    },
  },
  {
    files: ['benchmark/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ ...OUTSIDE_SRC.tests, message: 'Benchmarks never import tests.' }, ASTRO_RUNTIME_ONLY] },
      ],
    },
  },
);

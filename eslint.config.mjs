// Lint rules: ESLint's and typescript-eslint's recommended sets, the Astro plugin, and import boundaries
// that encode the project's layout (README, "Layout"): the folder says who runs the code, and
// dependencies point one way. Formatting is Prettier's (npm run lint runs both).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// ── The layout ──────────────────────────────────────────────────────────────────────────────────────
// Each layer of src/ and what it may import from the other layers of src/. Every file of src/ belongs
// to a layer (tests/tools/lint-boundaries.test.ts checks it), so a new folder gets rules when added here.
export const SRC_LAYERS = {
  'site.config': { files: ['src/site.config.ts'], may: [], browser: true },
  i18n: { files: ['src/i18n/**'], may: [], browser: true },
  lib: { files: ['src/lib/**'], may: ['site.config', 'i18n'], browser: true },
  search: { files: ['src/search/**'], may: ['site.config', 'i18n', 'lib'], browser: true },
  client: { files: ['src/client/**'], may: ['site.config', 'i18n', 'lib', 'search'], browser: true },
  // The browser CMS at /admin/ (bundled on its own, not by Astro): it checks entries with the content model's rules.
  cms: { files: ['src/cms/**'], may: ['site.config', 'lib', 'model'], browser: true },
  'build-settings': { files: ['src/build-settings.ts'], may: ['site.config', 'lib'] },
  // The model runs in tools too, outside Astro: no astro: modules.
  model: { files: ['src/model/**'], may: ['site.config', 'build-settings', 'lib'], outsideAstro: true },
  markdown: { files: ['src/markdown/**'], may: ['site.config', 'i18n', 'lib'] },
  loaders: { files: ['src/loaders/**'], may: ['lib', 'model', 'markdown'] },
  integrations: { files: ['src/integrations/**'], may: ['site.config', 'build-settings', 'lib', 'model', 'search'] },
  'content.config': { files: ['src/content.config.ts'], may: ['lib', 'model', 'loaders'] },
  data: { files: ['src/data/**'], may: ['site.config', 'build-settings', 'i18n', 'lib', 'model', 'search', 'markdown', 'loaders'] },
  // Components and layouts only render: they may name data's types, never call it.
  components: { files: ['src/components/**'], may: ['site.config', 'i18n', 'lib', 'search', 'client'], typesFrom: ['data'] },
  layouts: { files: ['src/layouts/**'], may: ['site.config', 'i18n', 'lib', 'components', 'styles'], typesFrom: ['data'] },
  pages: { files: ['src/pages/**'], may: ['site.config', 'i18n', 'lib', 'data', 'layouts', 'components'] },
  styles: { files: ['src/styles/**'], may: [] },
};
const ROOT_FILE_LAYERS = new Set(['site.config', 'build-settings', 'content.config']);

/** A relative import written to reach `layer` (a folder of src/, or one of its root files, with or without extension). */
const importOf = (layer) =>
  ROOT_FILE_LAYERS.has(layer) ? `^\\.\\.?/(.*/)?${layer.replace('.', '\\.')}(\\.[cm]?[jt]s)?$` : `^\\.\\.?/(.*/)?${layer}/`;

const OUTSIDE_SRC = {
  tools: { regex: '^\\.\\.?/(.*/)?tools/', message: 'src/ is what the site build and the browser run: it never imports tools/.' },
  benchmark: { regex: '^\\.\\.?/(.*/)?benchmark/', message: 'Only benchmark/ runs benchmark code.' },
  tests: { regex: '^\\.\\.?/(.*/)?tests/', message: 'Tests may import anything; nothing imports tests.' },
};
const PAGEFIND_NODE_API = {
  regex: '^pagefind$',
  message: "Pagefind's Node API indexes built sites in tools/build/; the browser loads /pagefind/ itself.",
};
const ASTRO_MODULES = { regex: '^astro:', message: 'Runs outside Astro too (the browser, or tools): no astro: modules.' };
// Code that runs outside Astro (tools, benchmarks) cannot import what needs Astro's runtime.
const ASTRO_RUNTIME_ONLY = {
  regex:
    '(^|/)src/(data|pages|layouts|components|client|loaders|integrations)/|(^|/)(src/content\\.config|astro\\.config)(\\.[cm]?[jt]s)?$|^astro:',
  message: 'This needs Astro (or a browser) to run; tools and benchmarks use src/model, src/lib, src/search and the configs.',
};
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/[/]/g, '\\/'));
const BROWSER_SAFE = [
  { regex: `^(node:|(${NODE_BUILTINS.join('|')})(\\/|$))`, message: 'Runs in the browser too: no Node built-ins.' },
  ASTRO_MODULES,
];
const NODE_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'module', 'setImmediate'].map((name) => ({
  name,
  message: 'Runs in the browser too: no Node globals.',
}));

// `import('…')` of a literal path would pass by the boundaries, which read static imports: write those statically.
const STATIC_IMPORTS_ONLY = {
  selector: 'ImportExpression > Literal.source',
  message: 'Import modules statically, so the layout boundaries can check them (only computed URLs, like /pagefind/, load dynamically).',
};

function boundaries(patterns) {
  return {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', STATIC_IMPORTS_ONLY],
  };
}

function srcLayerRules([name, layer]) {
  const denied = Object.keys(SRC_LAYERS).filter((other) => other !== name && !layer.may.includes(other));
  const message = `The layout: ${name} may import ${layer.may.join(', ') || 'no other layer of src/'}${layer.typesFrom ? ` (and types from ${layer.typesFrom.join(', ')})` : ''}.`;
  const patterns = [
    ...Object.values(OUTSIDE_SRC),
    PAGEFIND_NODE_API,
    ...denied.map((other) => ({
      regex: importOf(other),
      message,
      ...(layer.typesFrom?.includes(other) ? { allowTypeImports: true } : {}),
    })),
    ...(layer.browser ? BROWSER_SAFE : layer.outsideAstro ? [ASTRO_MODULES] : []),
  ];
  return {
    files: layer.files,
    rules: { ...boundaries(patterns), ...(layer.browser ? { 'no-restricted-globals': ['error', ...NODE_GLOBALS] } : {}) },
  };
}

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', '.cache/', '.bench/', '.test-work/', 'test-results/', 'playwright-report/', 'public/', 'content/'],
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
  // Anything in src/ the table does not name yet still keeps to src/.
  { files: ['src/**'], rules: boundaries([...Object.values(OUTSIDE_SRC), PAGEFIND_NODE_API]) },
  ...Object.entries(SRC_LAYERS).map(srcLayerRules),
  // A component's or page's <script> ships to the browser: it may import client islands and browser-safe code only.
  {
    files: ['src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    rules: {
      ...boundaries([
        ...Object.values(OUTSIDE_SRC),
        PAGEFIND_NODE_API,
        ...BROWSER_SAFE,
        ...Object.keys(SRC_LAYERS)
          .filter((layer) => !SRC_LAYERS[layer].browser)
          .map((layer) => ({
            regex: importOf(layer),
            message: 'A <script> runs in the browser: it imports client islands and browser-safe layers only.',
          })),
      ]),
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
  { files: ['astro.config.mjs'], rules: boundaries([...Object.values(OUTSIDE_SRC), PAGEFIND_NODE_API]) },
  {
    files: ['tools/**'],
    rules: boundaries([
      { ...OUTSIDE_SRC.benchmark, message: 'Tools never import benchmarks.' },
      { ...OUTSIDE_SRC.tests, message: 'Tools never import tests (tests/support may import tools).' },
      ASTRO_RUNTIME_ONLY,
    ]),
  },
  {
    files: ['benchmark/**'],
    rules: boundaries([{ ...OUTSIDE_SRC.tests, message: 'Benchmarks never import tests.' }, ASTRO_RUNTIME_ONLY]),
  },
);

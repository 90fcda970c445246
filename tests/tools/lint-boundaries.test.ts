// The import boundaries in eslint.config.mjs fail on code that breaks the layout, and let the rest
// through: each probe is linted as if it were a file at that path, with the project's real config.
import { execFileSync } from 'node:child_process';
import { matchesGlob } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SRC_LAYERS } from '../../eslint.config.mjs';
import { projectRoot } from '../support/build-site.ts';

const eslint = new ESLint({ cwd: projectRoot });
const BOUNDARY_RULES = /no-restricted-(imports|syntax|globals)$/;

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  // The import's name for import rules, the first sentence for the others.
  return result.messages
    .filter((m) => BOUNDARY_RULES.test(m.ruleId ?? ''))
    .map((m) => /^'[^']*'/.exec(m.message)?.[0] ?? m.message.split('. ')[0].replace(/\.$/, ''));
}

const tsProbe = (code: string) => `${code}\nexport {};\n`;
const astroProbe = (frontmatter: string, script = '') =>
  `---\n${frontmatter}\n---\n<p>x</p>\n${script ? `<script>\n${script}\n</script>\n` : ''}`;

describe('import boundaries', () => {
  it.each([
    ['src/lib/x.ts', "import { readFileSync } from 'node:fs';", ["'node:fs'"]],
    ['src/lib/x.ts', "import { readFile } from 'fs/promises';", ["'fs/promises'"]],
    ['src/lib/x.ts', "import { contentDir } from '../model/content-folder.ts';", ["'../model/content-folder.ts'"]],
    ['src/lib/x.ts', "import { buildSettings } from '../build-settings';", ["'../build-settings'"]],
    ['src/search/x.ts', "import { getCollection } from 'astro:content';", ["'astro:content'"]],
    ['src/client/x.ts', "import { buildSettings } from '../build-settings.ts';", ["'../build-settings.ts'"]],
    ['src/client/x.ts', 'export const home = process.env.HOME;', ["Unexpected use of 'process'"]],
    ['src/model/x.ts', "import { getCollection } from 'astro:content';", ["'astro:content'"]],
    [
      'src/integrations/x.ts',
      "import { buildSearchIndex } from '../../tools/build/search-indexer.ts';",
      ["'../../tools/build/search-indexer.ts'"],
    ],
    ['src/integrations/x.ts', "import * as pagefind from 'pagefind';", ["'pagefind'"]],
    [
      'src/integrations/x.ts',
      "export const m = await import('../../tools/build/search-indexer.ts');",
      ['Import modules statically, so the layout boundaries can check them (only computed URLs, like /pagefind/, load dynamically)'],
    ],
    ['src/model/x.ts', "import { STANDARD_QUERIES } from '../../benchmark/lib/query-bench.ts';", ["'../../benchmark/lib/query-bench.ts'"]],
    ['src/utils/x.ts', "import { buildAll } from '../../tests/support/global-setup.ts';", ["'../../tests/support/global-setup.ts'"]],
    ['src/components/X.ts', "import { getSiteData } from '../data/site-data.ts';", ["'../data/site-data.ts'"]],
    ['src/pages/x.ts', "import { checkContentFolder } from '../model/content-folder.ts';", ["'../model/content-folder.ts'"]],
    ['tools/build/x.ts', "import { buildAll } from '../../tests/support/global-setup.ts';", ["'../../tests/support/global-setup.ts'"]],
    ['tools/build/x.ts', "import { getSiteData } from '../../src/data/site-data.ts';", ["'../../src/data/site-data.ts'"]],
    ['tools/build/x.ts', "import config from '../../astro.config.mjs';", ["'../../astro.config.mjs'"]],
    ['benchmark/x.ts', "import { parseHtml } from '../tests/support/html.ts';", ["'../tests/support/html.ts'"]],
  ])('%s may not: %s', async (file, code, named) => {
    expect(await boundaryErrors(file, tsProbe(code))).toEqual(named);
  });

  it('a component may not call data in its frontmatter, nor use Node in its <script>', async () => {
    const frontmatter = "import { getSiteData } from '../data/site-data.ts';\nconst { categories } = await getSiteData();";
    expect(await boundaryErrors('src/components/X.astro', astroProbe(frontmatter))).toEqual(["'../data/site-data.ts'"]);
    const script =
      "import { readFileSync } from 'node:fs';\nimport { contentDir } from '../model/content-folder.ts';\nconsole.log(readFileSync, contentDir, process.argv);";
    expect(await boundaryErrors('src/components/X.astro', astroProbe('const a = 1;', script))).toEqual([
      "'node:fs'",
      "'../model/content-folder.ts'",
      "Unexpected use of 'process'",
    ]);
  });

  it.each([
    ['src/lib/x.ts', "import { siteConfig } from '../site.config.ts';\nimport { ui } from '../i18n/vi.ts';"],
    ['src/components/X.ts', "import type { PageHead } from '../data/head.ts';"],
    ['src/data/x.ts', "import { contentDir } from '../model/content-folder.ts';\nimport { getCollection } from 'astro:content';"],
    ['src/data/x.ts', "import { thing } from 'some-package/pages/x.js';"],
    ['src/client/x.ts', "const m = await import(/* @vite-ignore */ `${'/pagefind/'}2021/pagefind.js`);\nconsole.log(m);"],
    ['tools/build/x.ts', "import { planSearchShards } from '../../src/search/shards.ts';\nimport * as pagefind from 'pagefind';"],
    ['tests/support/x.ts', "import { distFileOf } from '../../tools/lib/dist-files.ts';\nconst m = await import('../../src/lib/slug.ts');"],
    ['benchmark/x.ts', "import { buildSettings } from '../src/build-settings.ts';"],
  ])('%s may: %s', async (file, code) => {
    expect(await boundaryErrors(file, tsProbe(code))).toEqual([]);
  });

  it('covers every file of src/: each belongs to a layer of the table', () => {
    const files = execFileSync('git', ['ls-files', 'src'], { cwd: projectRoot, encoding: 'utf8' }).trim().split('\n');
    const globs = Object.values(SRC_LAYERS).flatMap((layer) => layer.files);
    expect(files.filter((file) => !globs.some((glob) => matchesGlob(file, glob)))).toEqual([]);
  });
});

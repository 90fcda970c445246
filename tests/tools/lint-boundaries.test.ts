// The import boundaries in eslint.config.mjs fail on code that breaks the layout, and let the rest
// through: each probe is linted as if it were a file at that path, with the project's real config.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';

const eslint = new ESLint({ cwd: projectRoot });
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message.replace(/ import is restricted.*$/, ''));
}

describe('import boundaries', () => {
  it.each([
    ['src/lib/x.ts', "import { readFileSync } from 'node:fs';", "'node:fs'"],
    ['src/lib/x.ts', "import { contentDir } from '../model/content-folder.ts';", "'../model/content-folder.ts'"],
    ['src/search/x.ts', "import { getCollection } from 'astro:content';", "'astro:content'"],
    ['src/client/x.ts', "import { buildSettings } from '../build-settings.ts';", "'../build-settings.ts'"],
    [
      'src/integrations/x.ts',
      "import { buildSearchIndex } from '../../tools/build/search-index.ts';",
      "'../../tools/build/search-index.ts'",
    ],
    ['src/integrations/x.ts', "import * as pagefind from 'pagefind';", "'pagefind'"],
    ['src/model/x.ts', "import { STANDARD_QUERIES } from '../../benchmark/lib/query-bench.ts';", "'../../benchmark/lib/query-bench.ts'"],
    ['src/components/X.ts', "import { getSiteData } from '../data/site-data.ts';", "'../data/site-data.ts'"],
    ['src/pages/x.ts', "import { checkContentFolder } from '../model/content-folder.ts';", "'../model/content-folder.ts'"],
    ['tools/build/x.ts', "import { buildAll } from '../../tests/support/global-setup.ts';", "'../../tests/support/global-setup.ts'"],
    ['tools/build/x.ts', "import { getSiteData } from '../../src/data/site-data.ts';", "'../../src/data/site-data.ts'"],
    ['benchmark/x.ts', "import { parseHtml } from '../tests/support/html.ts';", "'../tests/support/html.ts'"],
  ])('%s may not: %s', async (file, code, named) => {
    expect(await boundaryErrors(file, `${code}\nexport {};\n`)).toEqual([named]);
  });

  it.each([
    ['src/lib/x.ts', "import { siteConfig } from '../site.config.ts';\nimport { ui } from '../i18n/vi.ts';"],
    ['src/components/X.ts', "import type { PageHead } from '../data/head.ts';"],
    ['src/data/x.ts', "import { contentDir } from '../model/content-folder.ts';\nimport { getCollection } from 'astro:content';"],
    ['tools/build/x.ts', "import { planSearchShards } from '../../src/search/shards.ts';\nimport * as pagefind from 'pagefind';"],
    ['tests/support/x.ts', "import { distFileOf } from '../../tools/lib/dist-files.ts';"],
    ['benchmark/x.ts', "import { buildSettings } from '../src/build-settings.ts';"],
  ])('%s may: %s', async (file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});

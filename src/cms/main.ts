// The browser CMS at /admin/ (Sveltia CMS): bundled from npm by tools/build/cms-files.ts, so that
// nothing loads from another origin; it reads its configuration from /admin/config.yml, which the
// build generates from the content model (src/model/cms-config.ts).
//
// Before each save, the entry is checked with the content model's own rules (the ones `npm run check`
// applies): an entry with a problem is not saved, and the editor reads the check's messages, each
// with the field's label, above the form.
import CMS, { init } from '@sveltia/cms';
import { CMS_MDX_ARTICLES_FILE } from '../model/cms-config.ts';
import { addressProblem, entryProblems } from './entry-problems.ts';
import { showProblems } from './problem-banner.ts';
import './problem-banner.css';

interface ImmutableEntry {
  get(key: 'data'): { toJS(): Record<string, unknown> };
  get(key: 'slug'): string;
  get(key: 'newRecord'): boolean;
}

/** The .mdx articles by id, as the build (or `npm run cms`) wrote them beside config.yml. */
async function mdxArticles(): Promise<Record<string, string>> {
  const response = await fetch(CMS_MDX_ARTICLES_FILE, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return (await response.json()) as Record<string, string>;
}

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const saving = entry as unknown as ImmutableEntry;
    const problems = entryProblems(saving.get('data').toJS());
    if (saving.get('newRecord')) {
      const problem = addressProblem(saving.get('slug'), await mdxArticles());
      if (problem) problems.push(problem);
    }
    showProblems(problems);
    // Throwing is how a preSave listener stops a save (Sveltia then says, in general words, that it failed).
    if (problems.length) throw new Error(problems.join('\n'));
  },
});

init();

// The browser CMS at /admin/ (Sveltia CMS): bundled from npm by tools/build/cms-files.ts, so that
// nothing loads from another origin; it reads its configuration from /admin/config.yml, which the
// build generates from the content model (src/model/cms-config.ts).
//
// Before each save, the entry is checked with the content model's own rules (the ones `npm run check`
// applies): an entry with a problem is not saved, and the editor reads the check's messages, each
// with the field's label, above the form.
import CMS, { init } from '@sveltia/cms';
import { entryProblems } from './entry-problems.ts';
import { showProblems } from './problem-banner.ts';
import './problem-banner.css';

interface ImmutableEntry {
  get(key: 'data'): { toJS(): Record<string, unknown> };
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const problems = entryProblems((entry as unknown as ImmutableEntry).get('data').toJS());
    showProblems(problems);
    // Throwing is how a preSave listener stops a save (Sveltia then says, in general words, that it failed).
    if (problems.length) throw new Error(problems.join('\n'));
  },
});

init();

// Builds the real site and the synthetic fixture site once for all build-output tests
// (skipped when the test runner already built them: NEWS_DIST_READY=1).
import { resolve } from 'node:path';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildSite, projectRoot, workDir } from './build-site.ts';
import { writeFixtureSite } from './fixture-site.ts';
import { buildSearchIndex } from '../../tools/build/search-indexer.ts';
import { SEARCH_INDEX_DIR } from '../../src/search/shards.ts';

export const realDist = resolve(projectRoot, 'dist');
export const fixtureContent = resolve(workDir, 'fixture-content');
export const fixtureDist = resolve(workDir, 'fixture-dist');
/** The fixture site again, its search index split into shards of at most SHARDED_FIXTURE_PAGES articles. */
export const fixtureShardedDist = resolve(workDir, 'fixture-sharded-dist');
export const SHARDED_FIXTURE_PAGES = 8;
export const fixtureBuildLog = resolve(workDir, 'fixture-build.log');
/** The fixture build has a comment endpoint configured, so the posting path can be tested. */
export const FIXTURE_COMMENT_ENDPOINT = '/api/binh-luan/';
/** …and another site URL, so canonical links are shown to follow SITE_URL. */
export const FIXTURE_SITE_URL = 'https://thu-nghiem.example';

export async function buildAll(log: (line: string) => void = console.log) {
  log('building the site (dist/)…');
  const real = await buildSite({ outDir: realDist });
  if (real.code !== 0) throw new Error(`astro build failed:\n${real.output}`);
  log('building the synthetic fixture site (.test-work/fixture-dist/)…');
  await writeFixtureSite(fixtureContent);
  const fixture = await buildSite({
    contentDir: fixtureContent,
    outDir: fixtureDist,
    env: { PUBLIC_COMMENT_ENDPOINT: FIXTURE_COMMENT_ENDPOINT, SITE_URL: FIXTURE_SITE_URL },
  });
  mkdirSync(workDir, { recursive: true });
  writeFileSync(fixtureBuildLog, fixture.output);
  if (fixture.code !== 0) throw new Error(`fixture build failed:\n${fixture.output}`);
  log('indexing the fixture site in shards (.test-work/fixture-sharded-dist/)…');
  rmSync(fixtureShardedDist, { recursive: true, force: true });
  cpSync(fixtureDist, fixtureShardedDist, { recursive: true, filter: (src) => !src.startsWith(resolve(fixtureDist, SEARCH_INDEX_DIR)) });
  // A step opens about three shards' worth, so that older shards are searched on demand, as in a large archive.
  await buildSearchIndex(fixtureShardedDist, { maxShardPages: SHARDED_FIXTURE_PAGES, pagesPerStep: 3 * SHARDED_FIXTURE_PAGES });
  return { real, fixture };
}

export default async function setup() {
  if (process.env.NEWS_DIST_READY === '1') return;
  await buildAll();
}

// The search relevance suite (benchmark/lib/relevance-suite.ts) through the real search page in
// Chromium: the first-result rate must not drop below the recorded one, and the search page must
// stay ahead of plain Pagefind on the same index. `npm run bench:relevance` prints every query.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRelevance } from '../../benchmark/lib/relevance-run.ts';
import {
  listedAbsent,
  RECORDED_FIRST_RESULT_RATE,
  RELEVANCE_ARTICLE_IDS,
  RELEVANCE_QUERIES,
  scoreRelevance,
  writeRelevanceContent,
} from '../../benchmark/lib/relevance-suite.ts';
import { buildSite, projectRoot, workDir } from '../support/build-site.ts';

const content = resolve(workDir, 'relevance-content');
const dist = resolve(workDir, 'relevance-dist');

describe('search relevance suite', () => {
  beforeAll(async () => {
    writeRelevanceContent(content, projectRoot);
    const build = await buildSite({ contentDir: content, outDir: dist, env: { NEWS_BUILD_NOW: '2024-04-01T09:00:00+07:00' } });
    if (build.code !== 0) throw new Error(build.output);
  }, 120_000);

  it('has 40 or more queries, each expecting an article of the suite, every kind of trap covered', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const { query, expect: id, absent = [] } of RELEVANCE_QUERIES)
      for (const article of [id, ...absent]) expect(RELEVANCE_ARTICLE_IDS.has(article), query).toBe(true);
    expect(new Set(RELEVANCE_QUERIES.map((q) => q.trap)).size).toBe(8);
  });

  it('the search page keeps its recorded first-result rate, ahead of plain Pagefind', async () => {
    const { ours, pagefind } = await runRelevance(dist, 4494, RELEVANCE_QUERIES);
    const score = scoreRelevance(ours);
    const missed = ours.filter((row) => row.ranked[0] !== row.expect).map((row) => `${row.query} → ${row.ranked[0] ?? 'nothing'}`);
    expect(score.firstResultRate, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(RECORDED_FIRST_RESULT_RATE - 1e-9);
    expect(score.firstResultRate).toBeGreaterThan(scoreRelevance(pagefind).firstResultRate);
    // Whole syllables: no query lists a page that holds a query syllable only inside a longer one.
    expect(ours.filter((row) => listedAbsent(row).length).map((row) => `${row.query} → ${listedAbsent(row).join(', ')}`)).toEqual([]);
  }, 180_000);
});

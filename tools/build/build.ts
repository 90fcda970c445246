#!/usr/bin/env node
// `npm run build [-- --clean]`: publishes the site in dist/, complete and searchable, rendering and
// indexing only what changed since the last build (--clean: everything, from empty caches).
//
//  1. The content check, while Astro starts and syncs the content (which touch only its cache folder):
//     an editor's mistake stops the build here, named, before anything is written in the site.
//  2. Astro renders into the standby folder (output-folders.ts) the pages whose cache keys or templates
//     changed (src/data/cache-keys.ts); the search indexer rebuilds the shards whose pages changed.
//  3. Files the build did not produce are pruned, the standby is published by renames, and the new
//     standby is brought up to date. A failed or interrupted build leaves dist/ as it was.
// Sources that change how content is rendered without Astro seeing it (the Markdown plugins, the loader,
// the content model, the lockfile…) are fingerprinted: when they change, the build starts clean.
// With NEWS_BUILD_REPORT set, the figures are also written there as JSON, for benchmarks.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildSettings, CONTENT_CHECK_MESSAGES } from '../../src/build-settings.ts';
import { toVietnamIso } from '../../src/lib/dates.ts';
import { articleFiles, checkContentFolder, contentDir } from '../../src/model/content-folder.ts';
import { ContentError, formatProblem, REFUSED_ARTICLES_FILE } from '../../src/model/content-report.ts';
import { SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE } from '../../src/search/shards.ts';
import { WORD_DIRECTORY_DIR } from '../../src/search/word-directory.ts';
import {
  copyFolder,
  discardFolders,
  fileClockNow,
  listingWithChanges,
  lockBuild,
  pruneOutput,
  readFolderListing,
  recoverSwap,
  swapFolders,
  syncFolder,
} from './output-folders.ts';
import { describeRenders, pagesSkipped, readAstroManifest, type RenderSummary } from './render-summary.ts';
import { buildSearchIndex, searchIndexLog, searchIndexReport, type SearchIndexReport } from './search-indexer.ts';
import { updateShareImages } from './share-images.ts';
import { CMS_DIR, cmsFiles, updateCmsFiles, type CmsFiles } from './cms-files.ts';
import { shareImageUrl } from '../../src/lib/urls.ts';
import { SHARE_IMAGE_FILE } from '../../src/lib/share-image.ts';

/** What NEWS_BUILD_REPORT receives. */
export interface BuildReport {
  seconds: number;
  astroSeconds: number;
  /** Whether the build started from empty caches, and why. */
  clean: string | false;
  pages: RenderSummary;
  files: { written: number; removed: number };
  /** Share images drawn (the others came from the cache), placed in the site, removed, dropped from the cache; and the step's time. */
  shareImages: { drawn: number; placed: number; removed: number; uncached: number; seconds: number };
  search: SearchIndexReport;
}

interface BuildState {
  version: 1;
  /** Fingerprint of the sources that render content outside Astro's own change tracking. */
  pipeline: string;
  /** "clean": the standby is a copy of the published site; "dirty": a build may have left it half done. */
  standby: 'clean' | 'dirty';
}

const root = resolve(import.meta.dirname, '../..');
const started = performance.now();
const args = process.argv.slice(2);
const clean = args.includes('--clean');
const astroArgs = args.filter((arg) => arg !== '--clean');

const live = resolve(root, buildSettings.outDir);
const cache = resolve(root, buildSettings.cacheDir);
const standby = join(cache, 'next-dist');
const scratch = `${live}.previous`;
// What a clean start discards, emptied while the build runs (discardFolders).
const trash = join(cache, '.trash');
const stateFile = join(cache, 'build-state.json');
const searchState = join(cache, 'search-index.json');
const shareState = join(cache, 'share-image-pages.json');
/** The standby's folders as the last build left them (output-folders.ts: FolderListing), for its prune. */
const siteListing = join(cache, 'site-folders.json');
const astroManifest = join(resolve(root, buildSettings.astroCacheDir), 'incremental-build.json');

const PIPELINE_SOURCES = [
  'astro.config.mjs',
  'package-lock.json',
  'src/content.config.ts',
  'src/build-settings.ts',
  'src/model/**',
  'src/lib/**',
  'src/markdown/**',
  'src/loaders/**',
];

function pipelineDigest(): string {
  const hash = createHash('sha256');
  const files = globSync(PIPELINE_SOURCES, { cwd: root, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

function readState(): BuildState | undefined {
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as BuildState;
    return state.version === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

function writeState(state: BuildState) {
  mkdirSync(dirname(stateFile), { recursive: true });
  writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
  renameSync(`${stateFile}.tmp`, stateFile);
}

const scriptEnv = (env: Record<string, string>) => ({ ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ...env });

/**
 * Starts Astro's build, which waits for the content check's verdict before writing in the site
 * (src/integrations/content-check-before-build.ts). Its output is held until the check has passed: an
 * editor whose article is refused reads the check's list in Vietnamese, not Astro's first schema error.
 */
function startAstro(astroArgs: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...astroArgs], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    env: scriptEnv(env),
  });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let holding = true;
  for (const [from, to] of [
    [child.stdout!, process.stdout],
    [child.stderr!, process.stderr],
  ] as const)
    from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
  let waiting = false;
  let passed = false;
  const answer = () => {
    if (waiting && passed) child.send(CONTENT_CHECK_MESSAGES.passed, () => {});
  };
  child.on('message', (message) => {
    if (message !== CONTENT_CHECK_MESSAGES.waiting) return;
    waiting = true;
    answer();
  });
  // "close": its output has all been shown.
  const status = new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  return {
    status,
    /** The content passed: Astro's output is shown, and it may write the site. */
    pass() {
      holding = false;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
      passed = true;
      answer();
    },
    /** Stops it before it writes in the site (it is waiting for the verdict, or still syncing): its output is dropped. */
    async stop() {
      child.kill();
      await status;
    },
  };
}

const pipeline = pipelineDigest();

// 1. Where to start from (one build at a time: the lock lives beside the caches, outside what --clean wipes).
const releaseLock = lockBuild(`${cache}.lock`);
process.on('exit', releaseLock);
if (recoverSwap(live, standby, scratch)) console.log('[build] the last build was cut off while publishing; dist/ is whole again');
const state = readState();
const discarded: string[] = [];
const startClean = clean ? '--clean' : !state ? 'no earlier build' : state.pipeline !== pipeline ? 'rendering code changed' : false;
if (startClean) {
  // Share images and the CMS's bundle are kept under a hash of everything that makes them
  // (./share-card.ts, ./cms-files.ts), so a clean start for changed rendering code reuses them (the
  // content check's facts are not: they were made by the code that changed); `--clean` starts from
  // nothing at all.
  const kept = new Set([buildSettings.shareImageCacheDir, buildSettings.cmsBundleCacheDir].map((dir) => resolve(root, dir)));
  discarded.push(
    ...(existsSync(cache) ? readdirSync(cache) : [])
      .map((entry) => join(cache, entry))
      .filter((path) => path !== trash && (clean || !kept.has(path))),
  );
} else if (state!.standby !== 'clean' || !existsSync(standby)) {
  // A build was cut short: the standby and the caches that describe it cannot be trusted.
  copyFolder(live, standby);
  rmSync(astroManifest, { force: true });
  rmSync(searchState, { force: true });
  rmSync(shareState, { force: true });
  rmSync(siteListing, { force: true });
}
// A trash left by a build cut short is emptied too. Leftovers that cannot be removed do not fail the
// build (they take disk space, nothing reads them): they are named, and tried again next time.
const emptyingTrash = (discarded.length || existsSync(trash) ? discardFolders(discarded, trash) : Promise.resolve()).catch((error: Error) =>
  console.warn(`[build] ${trash}: not emptied (${error.message})`),
);
writeState({ version: 1, pipeline, standby: 'dirty' });

// 2. Astro starts (its start-up and content sync touch only its cache folder: a third of a build that
// renders little), and the content is checked meanwhile: nothing is written in the site for an editor's
// mistake. Articles whose files did not change are not read again by the check (their facts are kept in
// the cache folder, good for this version of the code).
const since = fileClockNow(cache);
const previousManifest = readAstroManifest(astroManifest);
const now = toVietnamIso(buildSettings.now);
const refused = join(resolve(root, buildSettings.astroCacheDir), REFUSED_ARTICLES_FILE);
rmSync(refused, { force: true });
const astro = startAstro(astroArgs, { NEWS_OUT_DIR: standby, NEWS_BUILD_INCREMENTAL: '1', NEWS_BUILD_NOW: now });
let cmsPlan: CmsFiles;
try {
  const files = articleFiles(contentDir, root);
  const problems = checkContentFolder(contentDir, root, { file: join(cache, 'content-check.json'), version: pipeline }, files);
  for (const problem of problems.filter((p) => p.severity === 'warning')) console.warn(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    await astro.stop();
    // Astro stopped before writing in the standby: it is as it was (or gone, after a clean start).
    writeState({ version: 1, pipeline, standby: 'clean' });
    console.error(new ContentError(errors).message);
    process.exit(1);
  }
  astro.pass();
  // The CMS's files, while Astro renders (a second core is idle then); placed in the site below.
  cmsPlan = cmsFiles({ bundleDir: resolve(root, buildSettings.cmsBundleCacheDir), contentDir, articleFiles: files });
} catch (error) {
  await astro.stop();
  throw error;
}
const astroStatus = await astro.status;
if (astroStatus !== 0) {
  // Articles the loader refused (named above, in Vietnamese) stop Astro in its content sync, before it
  // writes a page: the standby is as it was, and the next build, once they are fixed, stays incremental.
  if (existsSync(refused)) {
    writeState({ version: 1, pipeline, standby: 'clean' });
    rmSync(refused);
  }
  console.error(`[build] Chưa dựng xong: ${buildSettings.outDir}/ giữ nguyên bản đang chạy.`);
  process.exit(astroStatus);
}
const astroSeconds = (performance.now() - started) / 1000;
const manifest = readAstroManifest(astroManifest);
// Pages the build did not produce go before indexing (a deleted article's page must not be indexed).
// Share images are not Astro's: the share image step below keeps or removes them. Pages Astro skipped
// are the last build's, untouched: no step after this one looks at them (at 100,000 articles, three
// passes of 100,000 stats and more).
const reusedPages = new Set(manifest.outputs);
const skippedPages = pagesSkipped(previousManifest, manifest);
const isShareImage = (path: string) =>
  path.endsWith(SHARE_IMAGE_FILE) && /^[^/]+\/[^/]+\/[^/]+$/.test(path) && `/${path}` === shareImageUrl(path.split('/')[1]);
const site = pruneOutput(standby, since, {
  folder: '',
  // Asked of each of the site's 100,000s of files: the commonest answer first.
  skip: (path) => skippedPages.has(path) || isShareImage(path) || path === SEARCH_INDEX_DIR || path === CMS_DIR,
  keep: (path) => reusedPages.has(path),
  listing: readFolderListing(siteListing),
});
const shares = await updateShareImages(standby, {
  previousState: shareState,
  nextState: `${shareState}.next`,
  unchangedBefore: since,
  unchangedPages: skippedPages,
});
// The browser CMS (/admin/): its bundle (built only when its inputs change) and its configuration.
const cms = updateCmsFiles(standby, cmsPlan);
const nextListing = listingWithChanges(site.listing, [...shares.written, ...cms.written], [...shares.removed, ...cms.removed]);
writeFileSync(`${siteListing}.next`, JSON.stringify(nextListing));
const searchIndex = await buildSearchIndex(standby, {
  maxShardPages: buildSettings.searchShardMaxPages,
  previousState: searchState,
  nextState: `${searchState}.next`,
  unchangedBefore: since,
  unchangedPages: skippedPages,
  wordsCache: join(cache, 'search-words'),
  onShard: (progress) => console.log(searchIndexLog.shard(progress)),
});
console.log(searchIndexLog.done(standby, searchIndex));
const search = searchIndexReport(searchIndex);
// Shards kept from the last build are not walked: their thousands of files are as they were. So is an
// unchanged word directory (the indexer kept it, same version, same bytes).
const reusedShards = new Set(
  [...search.reused, ...(search.words.written ? [] : [WORD_DIRECTORY_DIR])].map((id) => `${SEARCH_INDEX_DIR}/${id}`),
);
// A rebuilt shard's files whose bytes did not change were left as they were (older than this build),
// and those it no longer has were removed by the indexer.
const keptIndexFiles = new Set(search.files.kept);
const index = pruneOutput(standby, since, {
  folder: SEARCH_INDEX_DIR,
  skip: (path) => reusedShards.has(path),
  keep: (path) => keptIndexFiles.has(path),
});
if (!existsSync(join(standby, SEARCH_INDEX_DIR, SHARD_MANIFEST_FILE))) throw new Error(`${standby}: no search index was written`);

// 4. Publish, and bring the new standby up to date.
const changes = {
  written: [...site.written, ...index.written, ...shares.written, ...cms.written],
  removed: [...site.removed, ...index.removed, ...search.files.removed, ...shares.removed, ...cms.removed],
  replaced: search.dropped.map((id) => `${SEARCH_INDEX_DIR}/${id}`),
};
const hadLive = existsSync(live);
swapFolders(live, standby, scratch);
renameSync(`${searchState}.next`, searchState);
renameSync(`${shareState}.next`, shareState);
renameSync(`${siteListing}.next`, siteListing);
if (hadLive) await syncFolder(live, standby, changes, { everyFile: Boolean(startClean) });
else copyFolder(live, standby);
writeState({ version: 1, pipeline, standby: 'clean' });
await emptyingTrash;

const pages = describeRenders(previousManifest, manifest, changes.written);
const seconds = (performance.now() - started) / 1000;
console.log(
  `[build] published ${buildSettings.outDir}/ as of ${now} in ${seconds.toFixed(1)} s${startClean ? ` (clean: ${startClean})` : ''}: ` +
    `${pages.rendered} page(s) rendered (${pages.reasons}), ${pages.reused} reused; ` +
    `search: ${search.rebuilt.length} shard(s) indexed${search.rebuilt.length ? ` (${search.rebuilt.join(', ')})` : ''}, ${search.reused.length} reused; ` +
    `share images: ${shares.drawn} drawn, ${shares.written.length} placed, ${shares.removed.length} removed` +
    `${shares.uncached ? ` (${shares.uncached} no longer shown, dropped from the cache)` : ''}; ` +
    `CMS: ${cms.built ? 'bundled' : 'bundle kept'}, ${cms.written.length} file(s) updated; ` +
    `${changes.written.length} file(s) written, ${changes.removed.length} removed`,
);
if (buildSettings.reportFile) {
  const report: BuildReport = {
    seconds,
    astroSeconds,
    clean: startClean,
    pages,
    files: { written: changes.written.length, removed: changes.removed.length },
    search,
    shareImages: {
      drawn: shares.drawn,
      placed: shares.written.length,
      removed: shares.removed.length,
      uncached: shares.uncached,
      seconds: shares.seconds,
    },
  };
  writeFileSync(buildSettings.reportFile, `${JSON.stringify(report)}\n`);
}

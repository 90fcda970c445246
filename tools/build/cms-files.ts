// The browser CMS's files in a built site: /admin/ (Sveltia CMS, src/cms/) and its
// configuration, /admin/config.yml, generated from the content model (src/model/cms-config.ts), with
// the list of .mdx articles its save check reads (/admin/mdx-articles.json).
//
// Sveltia's own prebuilt file loads its translations, fonts and an update check from unpkg and
// jsDelivr; bundled from its npm entry it carries them all, so nothing comes from another origin. The
// bundle (~300 files, most of them code-highlighting grammars loaded only when used) is built once
// per version of its inputs and kept in the cache folder: Astro never bundles it, so a publish does not
// pay for it. In the site, its files are hard links to the cached ones.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cmsConfigFile, cmsMdxArticlesFile } from '../../src/model/content-folder.ts';
import { CMS_CONFIG_FILE, CMS_MDX_ARTICLES_FILE } from '../../src/model/cms-config.ts';

const root = resolve(import.meta.dirname, '../..');
/** The admin page and its script (what runs in the editor's browser). */
const ENTRY_DIR = resolve(root, 'src/cms');
/** Where the CMS is served. */
export const CMS_DIR = 'admin';

/**
 * What the bundle is made from: its own folder, the content model and the pure code it imports (its
 * checks are the model's), the lockfile (Sveltia's, Vite's and zod's versions) and this file.
 */
const BUNDLE_INPUTS = [
  'src/cms',
  'src/model',
  'src/lib',
  'src/site.config.ts',
  'package-lock.json',
  'tools/build/cms-files.ts',
  'tools/build/bundle-cms.ts',
];

/** A hash of every bundle input: a change in any of them makes a new bundle. */
function bundleVersion(): string {
  const hash = createHash('sha256');
  for (const input of BUNDLE_INPUTS) {
    const path = join(root, input);
    const files = statSync(path).isDirectory() ? filesIn(path).map((file) => join(input, file)) : [input];
    for (const file of files.sort()) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Files under `dir`, "/"-separated, relative to it. */
function filesIn(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The CMS's bundle for the current inputs, in `folder`/<version>/ (built when missing, by ./bundle-cms.ts). */
export function cmsBundle(folder: string): { dir: string; built: boolean } {
  const dir = join(folder, bundleVersion());
  if (existsSync(dir)) return { dir, built: false };
  const staging = `${dir}.tmp`;
  // In a process of its own: a build that reuses the bundle never loads Vite.
  const status = spawnSync(process.execPath, [join(root, 'tools/build/bundle-cms.ts'), ENTRY_DIR, staging], { stdio: 'inherit' }).status;
  if (status !== 0) throw new Error(`bundling the CMS (${ENTRY_DIR}) failed`);
  // Older bundles go: the cache keeps the one the site serves.
  for (const other of readdirSync(folder))
    if (join(folder, other) !== staging) rmSync(join(folder, other), { recursive: true, force: true });
  renameSync(staging, dir);
  return { dir, built: true };
}

/** What /admin/ is to hold: the bundle for the current inputs, and the files made from the content model. */
export interface CmsFiles {
  bundle: { dir: string; built: boolean };
  generated: Record<string, string>;
}

/**
 * The CMS's files for the content folder, built (the bundle, when its inputs changed) or made in memory:
 * nothing is written in a site, so a build makes them while Astro renders and places them once it has.
 */
export function cmsFiles(options: {
  bundleDir: string;
  contentDir: string;
  /** The repository the CMS commits to (this project's by default). */
  repository?: string;
  /** The content folder's article files, when listed already (`articleFiles`). */
  articleFiles?: readonly string[];
}): CmsFiles {
  const repository = options.repository ?? root;
  return {
    bundle: cmsBundle(options.bundleDir),
    generated: {
      [CMS_CONFIG_FILE]: cmsConfigFile(options.contentDir, repository),
      [CMS_MDX_ARTICLES_FILE]: cmsMdxArticlesFile(options.contentDir, repository, options.articleFiles),
    },
  };
}

export interface CmsFilesResult {
  /** Files of the site written or replaced, and removed, relative to the site ("admin/…"). */
  written: string[];
  removed: string[];
  /** Whether the bundle had to be built (its inputs changed, or an empty cache). */
  built: boolean;
}

/** Brings `site`/admin/ up to date with `files`: the bundle's files (hard links into the cache) and the generated ones. */
export function updateCmsFiles(site: string, { bundle, generated }: CmsFiles): CmsFilesResult {
  const target = join(site, CMS_DIR);
  const written: string[] = [];
  const wanted = new Set(Object.keys(generated));
  for (const file of filesIn(bundle.dir)) {
    wanted.add(file);
    const from = join(bundle.dir, file);
    const to = join(target, file);
    if (existsSync(to) && statSync(to).ino === statSync(from).ino) continue;
    mkdirSync(dirname(to), { recursive: true });
    rmSync(to, { force: true });
    linkSync(from, to);
    written.push(`${CMS_DIR}/${file}`);
  }
  for (const [name, text] of Object.entries(generated)) {
    const file = join(target, name);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    written.push(`${CMS_DIR}/${name}`);
  }
  const removed = filesIn(target).filter((file) => !wanted.has(file));
  for (const file of removed) rmSync(join(target, file));
  for (const dir of new Set(removed.map((file) => dirname(join(target, file)))))
    if (dir !== target && existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  return { written, removed: removed.map((file) => `${CMS_DIR}/${file}`), built: bundle.built };
}

// Article files a build need not read: Astro's glob loader reads and hashes every file on every sync to
// find the few that changed (13–18 s of a build with nothing changed at 100,000 articles, 1.3 s at 10,000).
//
// `globOfChangedFiles(options)` is `glob(options)` for a build that is told, by one listing and a stat per
// file, which files are as the last build left them: the glob loader then reads only the others (a
// second glob() over just those files, so turning a file into an entry stays Astro's). A file is trusted
// only when its size, modification and change times and inode are those recorded, and the store still
// holds the entry made from it, with the digest recorded beside them. Anything else (a first build, a
// cleared store, many changes, a symbolic link in the folder, a name a glob pattern cannot spell
// literally) is the plain glob loader, which reads everything; so is the dev server, which watches.
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { isRecordedFile, readFileRecords, recordOf, writeFileRecords, type FileRecord } from '../model/file-records.ts';

type GlobOptions = Parameters<typeof glob>[0];
/** The store as loaders get it: the glob loader also asks it to bundle an entry's images, which its type leaves out. */
type DataStore = LoaderContext['store'] & { addAssetImports(assets: string[], filePath: string): void };

/** Where the records are kept: in Astro's cache folder, beside the store they describe. */
const FILE_RECORDS_NAME = 'article-files.json';

/** Beyond this many changed files, the plain glob loader is as quick as naming each file to it. */
const MOST_CHANGED_FILES = 500;

/** Names a glob pattern gives literally, with no escaping: article names are slugs (src/model/article-id.ts). */
const LITERAL_PATH = /^[\w./-]+$/;

/**
 * The article files under `base` as the glob loader finds them with the article pattern
 * (ARTICLE_FILES_GLOB: not in a folder whose name starts with a dot, not named starting with `_` or a
 * dot, `.md` or `.mdx`), each with its stat; or undefined when the folder holds a symbolic link, which the
 * glob loader follows and this listing does not.
 */
export function listArticleFiles(base: string): Map<string, Stats> | undefined {
  const files = new Map<string, Stats>();
  const walk = (folder: string, prefix: string): boolean => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      if (item.isSymbolicLink()) return false;
      if (item.isDirectory()) {
        if (!item.name.startsWith('.') && !walk(join(folder, item.name), `${prefix}${item.name}/`)) return false;
      } else if (item.isFile() && /^[^_.].*\.mdx?$/.test(item.name)) {
        files.set(`${prefix}${item.name}`, statSync(join(folder, item.name)));
      }
    }
    return true;
  };
  return existsSync(base) && walk(base, '') ? files : undefined;
}

/** The store as a glob loader over some files sees it: only their entries are its to drop when not found. */
function storeOfFiles(store: DataStore, ids: ReadonlySet<string>): DataStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'keys') return () => [...ids].filter((id) => target.has(id));
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * `glob(options)`, reading in a build only the files changed since the last. `now` is the clock files are
 * listed by (tests move it on instead of waiting for files to settle).
 */
export function globOfChangedFiles(options: GlobOptions & { base: string }, { now = Date.now } = {}): Loader {
  const everything = glob(options);
  return {
    ...everything,
    async load(context) {
      if (context.watcher) return everything.load(context);
      const store = context.store as DataStore;
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const recordsFile = join(fileURLToPath(context.config.cacheDir), FILE_RECORDS_NAME);
      const listedAt = now();
      const listing = listArticleFiles(base);
      // An entry's filePath is from the project's root; the listing's names are from `base`.
      const baseFromRoot = relative(root, base).split(sep).join(posix.sep);
      const fromRoot = (name: string) => (baseFromRoot ? `${baseFromRoot}/${name}` : name);
      const entryByFile = () => new Map(store.values().flatMap((entry) => (entry.filePath ? [[entry.filePath, entry] as const] : [])));

      const previous = listing && readFileRecords(recordsFile);
      const changed: string[] = [];
      const kept: Record<string, FileRecord> = {};
      let narrow = !!previous;
      if (listing && previous) {
        const entries = entryByFile();
        for (const [name, stat] of listing) {
          const record = previous[name];
          const entry = entries.get(fromRoot(name));
          entries.delete(fromRoot(name));
          // store.get, not the entry: the store may refuse an entry (a body file gone, a failed render).
          if (entry && record && isRecordedFile(stat, record) && String(entry.digest) === record[4] && store.get(entry.id)) {
            kept[name] = record;
            // What the glob loader does for an unchanged file, so that Astro still bundles its images.
            if (entry.deferredRender) store.addModuleImport(entry.filePath!);
            if (entry.assetImports?.length) store.addAssetImports(entry.assetImports, entry.filePath!);
          } else changed.push(name);
        }
        // Entries left are of files that are gone.
        for (const entry of entries.values()) store.delete(entry.id);
        narrow = changed.length <= MOST_CHANGED_FILES && changed.every((name) => LITERAL_PATH.test(name));
      }

      if (!narrow) await everything.load(context);
      else if (changed.length) {
        const entries = entryByFile();
        const ids = new Set(changed.flatMap((name) => entries.get(fromRoot(name))?.id ?? []));
        await glob({ ...options, pattern: changed }).load({ ...context, store: storeOfFiles(store, ids) });
      }
      if (!listing) return;

      // Records for the files read now: their stat as listed before they were read, and the digest of
      // what the loader read (a file changed in between has new times, and is read again next build).
      const records = narrow ? kept : {};
      const readNow = narrow ? changed : [...listing.keys()];
      if (readNow.length) {
        const entries = entryByFile();
        for (const name of readNow) {
          const entry = entries.get(fromRoot(name));
          const record = entry?.digest && store.get(entry.id) ? recordOf(listing.get(name)!, String(entry.digest), listedAt) : undefined;
          if (record) records[name] = record;
        }
      }
      if (readNow.length || !previous || Object.keys(previous).length !== Object.keys(records).length)
        writeFileRecords(recordsFile, records);
    },
  };
}

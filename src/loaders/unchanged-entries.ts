// A loader wrapper for Astro's file() loader (categories.yaml, authors.yaml): entries that did not change
// are left in the content store as they are, instead of cleared and set again on every sync.
//
// Any change to the store makes Astro serialise and compare the whole store (all articles) again, half
// a second after the change. file() clears its collection and sets every entry on each sync; at 100,000
// articles it does so while Astro is already serialising the store for its own start-of-sync keys (its
// file read waits behind that 9 s of work), so every build serialised the store a second time, for
// nothing (measured: 8.6 s). Each entry is given a digest of what the loader read, as the glob loader
// gives its entries: Astro's store then skips an entry whose digest it already holds, and entries
// the file no longer lists are deleted once the loader is done, as its clear would have.
import type { Loader, LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];

export function withUnchangedEntriesKept(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}-unchanged-kept`,
    async load(context) {
      // The dev server syncs again on each change of the file, with no end to wait for: there a clear is a clear.
      if (context.watcher) return loader.load(context);
      const { store } = context;
      let before: Set<string> | undefined;
      const set = new Set<string>();
      const keeping: Partial<DataStore> = {
        clear() {
          before ??= new Set(store.keys());
        },
        set(entry) {
          set.add(entry.id);
          const digest = entry.digest ?? context.generateDigest({ data: entry.data, filePath: entry.filePath, body: entry.body });
          return store.set({ ...entry, digest });
        },
      };
      const proxy = new Proxy(store, {
        get(target, key, receiver) {
          if (key in keeping) return keeping[key as keyof DataStore];
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await loader.load({ ...context, store: proxy });
      for (const id of before ?? []) if (!set.has(id)) store.delete(id);
    },
  };
}

// The header's search box, on any page: when a reader puts the cursor in it, the browser fetches what
// the search page will need first (the shard list, and Pagefind's script, worker and WebAssembly from
// the newest shard) while the reader types. They are kept in the HTTP cache (/pagefind/ is cacheable
// for five minutes: src/lib/security-headers.ts), so the search page that opens on Enter starts
// Pagefind without waiting for them. Nothing is fetched for a reader who never searches, or who asked
// the browser to save data; a failure only means the search page fetches them itself, as it always can.
import { pagefindStartFiles, parseShardManifest, SHARD_MANIFEST_PATH } from '../search/shards.ts';

interface NetworkInformation {
  saveData?: boolean;
}

/** Fetches the search page's first files when `input` first gets focus. */
export function prefetchSearchOnFocus(input: HTMLInputElement | null) {
  input?.addEventListener('focus', () => void prefetchSearch(), { once: true });
}

/** Fetches the shard list, then the newest shard's first files, into the HTTP cache (nothing when saving data). */
async function prefetchSearch(): Promise<void> {
  if ((navigator as Navigator & { connection?: NetworkInformation }).connection?.saveData) return;
  try {
    const response = await fetch(SHARD_MANIFEST_PATH);
    if (!response.ok) return;
    const newest = parseShardManifest(await response.json()).shards[0];
    if (!newest) return;
    const { script, fetched } = pagefindStartFiles(newest.id);
    for (const href of [script, ...fetched]) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      document.head.append(link);
    }
  } catch {
    // The search page fetches them itself.
  }
}

// A worker thread of the share images (share-images.ts): draws the cards it is given into the cache,
// with Satori and fonts loaded once, and ends. An error ends the thread with it, and so the build.
import { workerData } from 'node:worker_threads';
import { drawToCache, type ShareCard } from './share-card.ts';

const { cards, cacheDir } = workerData as { cards: ShareCard[]; cacheDir: string };
for (const card of cards) await drawToCache(card, cacheDir);

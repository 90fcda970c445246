// How the build's steps know a file of the standby has not changed since the last build described it,
// without reading it: the search indexer (its pages' hashes) and the share image step (its pages' cards).

/** What a step remembers of a file: its size and modification time (ms). */
export interface FileFacts {
  size: number;
  mtimeMs: number;
}

/**
 * Whether a file is the one `known` describes: the same size, and the same time or one older than
 * `unchangedBefore` (the file clock's ms when the build started). `npm run build` builds in a copy of the
 * published site, so a file it did not write is the published one, though the copy's times differ from
 * those recorded; without `unchangedBefore`, only the same time counts.
 */
export function isUnchangedFile(current: FileFacts, known: FileFacts | undefined, unchangedBefore?: number): boolean {
  if (!known || known.size !== current.size) return false;
  return known.mtimeMs === current.mtimeMs || (unchangedBefore !== undefined && current.mtimeMs < unchangedBefore);
}

// The word directory's files: updated for the shards whose words changed, byte for byte what building
// it again from every shard's words writes.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateWordDirectory, writeWordDirectory } from '../../tools/build/word-directory-files.ts';

/** Synthetic words (test material): syllables with and without marks, numbers, a shared stock. */
function wordsOfShard(shard: number, count: number): string[] {
  const syllables = ['thi', 'đua', 'ngân', 'sách', 'phường', 'quận', 'ba', 'đình', 'hà', 'nội', 'xã', 'huyện'];
  const words = new Set<string>();
  for (let i = 0; i < count; i++) {
    words.add(`${syllables[(i * 7 + shard) % syllables.length]}${i % 50}`);
    if (i % 9 === 0) words.add(String(1000 + i * (shard + 1))); // integer-like keys sort first in a JSON object
  }
  return [...words].sort();
}

describe('word directory files', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'words-'));
    dirs.push(dir);
    return dir;
  };
  const filesOf = (dir: string) =>
    Object.fromEntries(
      readdirSync(join(dir, 'words'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]),
    );

  it('updates a directory for changed shards to the very bytes a full build writes', () => {
    const shards = [0, 1, 2, 3, 4].map((shard) => wordsOfShard(shard, 1500));
    const updatedDir = folder();
    const first = writeWordDirectory(updatedDir, shards);
    expect(first.ref.buckets).toBeGreaterThan(1);

    // Shard 2 gains words (some new to every shard) and loses some (one only it held); shard 4 loses one.
    const changed = shards.map((words) => [...words]);
    changed[2] = [...shards[2].filter((_, i) => i % 5 !== 0), 'mới1', 'mới2', 'quận0', '999999'].sort();
    changed[4] = shards[4].slice(1);
    const update = updateWordDirectory(updatedDir, first.state, [
      { position: 2, before: shards[2], after: changed[2] },
      { position: 4, before: shards[4], after: changed[4] },
    ]);
    const fullDir = folder();
    const full = writeWordDirectory(fullDir, changed);

    expect(update).toBeDefined();
    expect(update!.ref).toEqual(full.ref);
    expect(update!.ref.version).not.toBe(first.ref.version);
    expect({ keys: update!.keys, bytes: update!.bytes }).toEqual({ keys: full.keys, bytes: full.bytes });
    expect(update!.state).toEqual(full.state);
    expect(filesOf(updatedDir)).toEqual(filesOf(fullDir)); // the older version removed, every bucket the same bytes
  });

  it('gives up when the change calls for another bucket count, for a full build', () => {
    const shards = [wordsOfShard(0, 1500), wordsOfShard(1, 1500)];
    const first = writeWordDirectory(folder(), shards);
    const many = Array.from({ length: 20_000 }, (_, i) => `từ${i}`);
    expect(updateWordDirectory(folder(), first.state, [{ position: 1, before: shards[1], after: many }])).toBeUndefined();
  });
});

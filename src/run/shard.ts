// --shard i/n: a deterministic split of the inputs by path, so n CI machines can
// share a corpus. A path's shard is a hash of the path: adding a file moves no other.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

export function shardOf(path: string, count: number): number {
  const h = createHash('sha1').update(path).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export const inShard = (path: string, shard: Shard | null) => !shard || shardOf(path, shard.count) === shard.index;

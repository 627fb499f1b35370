// `extract cache prune DIR --max-age DAYS` (and `--cache-max-age`): entries not used for
// that long are removed, so a cache a nightly job carries from run to run does not grow
// forever. A hit touches its entry (cache.ts), so age is time since last use. Only
// what the cache writes is ever removed: `XX/<64 hex>.json` entries and their temporary files.
import fs from 'node:fs';
import path from 'node:path';

export interface PruneReport {
  readonly removed: number;
  readonly bytes: number;
  readonly kept: number;
}

const SHARD = /^[0-9a-f]{2}$/;
const ENTRY = /^[0-9a-f]{64}\.json$/;
const TEMP = /^[0-9a-f]{64}\.json\.[0-9a-f]+\.tmp$/;
/** A temporary entry is renamed within milliseconds of being made: one this old was left by a killed run. */
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Throws the file-system error when DIR cannot be read (the caller says it in one line). */
export function pruneCache(dir: string, maxAgeDays: number, now = Date.now()): PruneReport {
  const entryCutoff = now - maxAgeDays * DAY_MS;
  const tempCutoff = now - Math.min(maxAgeDays * DAY_MS, TEMP_MAX_AGE_MS);
  let removed = 0;
  let bytes = 0;
  let kept = 0;
  for (const shard of fs.readdirSync(dir).filter((n) => SHARD.test(n))) {
    const shardDir = path.join(dir, shard);
    let names: string[];
    try {
      names = fs.readdirSync(shardDir);
    } catch {
      continue; // not a folder after all
    }
    for (const name of names) {
      const cutoff = ENTRY.test(name) ? entryCutoff : TEMP.test(name) ? tempCutoff : null;
      if (cutoff === null) continue;
      const file = path.join(shardDir, name);
      const stat = statOrNull(file);
      if (!stat?.isFile()) continue;
      if (stat.mtimeMs >= cutoff) {
        if (ENTRY.test(name)) kept++;
        continue;
      }
      if (removeQuietly(file)) {
        removed++;
        bytes += stat.size;
      }
    }
  }
  return { removed, bytes, kept };
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** Another run may be pruning, or reading, the same cache: an entry gone already is fine. */
function removeQuietly(file: string): boolean {
  try {
    fs.unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}

/** `removed 3 entries not used for 30 days (1.2 MB)`; `removed 1 entry not used for 1 day (100 bytes)` */
export function removedText(report: PruneReport, days: number): string {
  const entries = report.removed === 1 ? '1 entry' : `${report.removed} entries`;
  return `removed ${entries} not used for ${days === 1 ? '1 day' : `${days} days`} (${sizeText(report.bytes)})`;
}

/** `1.2 MB` */
export function sizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

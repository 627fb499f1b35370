// --cache DIR: outcomes keyed by what determines them: the tool's version, the rule
// set's hash, the input's path and bytes, and the options that change facts. A re-run
// over unchanged inputs reads facts back without decoding, segmenting, or loading jieba.
//
// The cache is only ever a speed-up. An entry that is damaged, half-written or
// unreadable is a miss (and is written again); a folder that cannot be made or written
// is one warning, and the run goes on without it. Nothing here can stop a run.
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { fromJsonl, type DocumentOutcome } from '../emit/outcome.js';
import type { DocumentRecord } from '../facts.js';
import { jsonlOf } from '../emit/render.js';
import { makeFolders } from './folders.js';
import { describe } from '../read/inputs.js';

export interface CacheKeyParts {
  readonly version: string;
  readonly rules: string;
  readonly doc: string;
  readonly bytes: Uint8Array;
  readonly refDate: string | null;
  readonly encoding: string | null;
  readonly types: readonly string[] | null;
}

export function cacheKey(p: CacheKeyParts): string {
  const content = createHash('sha256').update(p.bytes).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify([p.version, p.rules, p.doc, content, p.refDate, p.encoding, p.types]))
    .digest('hex');
}

/** The first line of every entry; an entry without it (an older layout, a damaged file) is a miss. */
interface EntryHeader {
  readonly 'extract-cache': typeof LAYOUT;
  /** Of the rest of the entry: any change to it (a torn write, a bad disk) makes the entry a miss. */
  readonly sha256: string;
  /** Dates without a year to be had (run/outcome notes), so a cached run still says so. */
  readonly yearless?: number;
}
const LAYOUT = 2;

/** Marks the folder for backup tools (https://bford.info/cachedir/), and as ours for `cache prune`. */
export const CACHEDIR_TAG = 'CACHEDIR.TAG';
const TAG_TEXT =
  'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache of `extract --cache`: its entries are made again when missing.\n';

export interface CacheOptions {
  /** Told once when the cache cannot be used, or stops being writable. */
  readonly warn?: (message: string) => void;
}

export class ResultCache {
  hits = 0;
  misses = 0;
  /** Entries found damaged or unreadable (each also a miss). */
  damaged = 0;
  /** Why the cache is not used (set once, warned once); null while it works. */
  private unusable: string | null = null;
  private readonly tmpSuffix = `${randomBytes(6).toString('hex')}.tmp`;

  constructor(
    readonly dir: string,
    private readonly opts: CacheOptions = {},
  ) {
    try {
      makeFolders(dir);
      const tag = path.join(dir, CACHEDIR_TAG);
      if (!fs.existsSync(tag)) fs.writeFileSync(tag, TAG_TEXT);
    } catch (e) {
      this.disable(`cannot use ${dir}: ${describe(e)}`);
    }
  }

  /** Whether entries are read and written at all. */
  get usable(): boolean {
    return this.unusable === null;
  }

  private disable(reason: string): void {
    if (this.unusable !== null) return;
    this.unusable = reason;
    this.opts.warn?.(`cache: ${reason}; going on without it`);
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * An entry is a header line, the document record, then one fact per line exactly as
   * jsonl output writes them, so a warm jsonl run copies them without parsing.
   */
  get(key: string): DocumentOutcome | null {
    if (!this.usable) return null;
    const file = this.file(key);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.damaged++;
      this.misses++;
      return null;
    }
    const outcome = parseEntry(text);
    if (!outcome) {
      this.damaged++;
      this.misses++;
      return null;
    }
    this.hits++;
    touch(file);
    return outcome;
  }

  /** Written to a temporary name and renamed, so a reader never sees half an entry. */
  put(key: string, outcome: DocumentOutcome): void {
    // Failures to read an input are not cached: the file may be fixed by the next run.
    if (!this.usable || !outcome.ok || outcome.partial) return;
    const file = this.file(key);
    const tmp = `${file}.${this.tmpSuffix}`;
    try {
      makeFolders(path.dirname(file));
      fs.writeFileSync(tmp, entryText(outcome));
      fs.renameSync(tmp, file);
    } catch (e) {
      try {
        fs.unlinkSync(tmp);
      } catch {}
      this.disable(`cannot write in ${this.dir}: ${describe(e)}`);
    }
  }
}

function entryText(outcome: Extract<DocumentOutcome, { ok: true }>): string {
  const body = JSON.stringify(outcome.record) + '\n' + (outcome.jsonl ?? jsonlOf(outcome.facts));
  const header: EntryHeader = {
    'extract-cache': LAYOUT,
    sha256: createHash('sha256').update(body).digest('hex'),
    ...(outcome.yearless ? { yearless: outcome.yearless } : {}),
  };
  return JSON.stringify(header) + '\n' + body;
}

/** The outcome an entry holds, or null when it is not a whole entry of this layout. */
function parseEntry(text: string): DocumentOutcome | null {
  const headerEnd = text.indexOf('\n');
  const recordEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
  if (recordEnd < 0) return null;
  let header: EntryHeader;
  let record: DocumentRecord;
  try {
    header = JSON.parse(text.slice(0, headerEnd)) as EntryHeader;
    if (header?.['extract-cache'] !== LAYOUT) return null;
    const body = text.slice(headerEnd + 1);
    if (createHash('sha256').update(body).digest('hex') !== header.sha256) return null;
    record = JSON.parse(text.slice(headerEnd + 1, recordEnd)) as DocumentRecord;
  } catch {
    return null;
  }
  return fromJsonl(record, text.slice(recordEnd + 1), header.yearless ? { yearless: header.yearless } : {});
}

/** An entry's modification time is when it was last used: `cache prune` goes by it. */
function touch(file: string): void {
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    // A read-only cache still serves; its entries just age.
  }
}

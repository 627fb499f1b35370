// --cache DIR: outcomes keyed by what determines them: the tool's version, the rule
// set's hash, the input's path and bytes, and the options that change facts. A re-run
// over unchanged inputs reads facts back without decoding, segmenting, or loading jieba.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fromJsonl, type DocumentOutcome } from '../emit/outcome.js';
import type { DocumentRecord } from '../facts.js';
import { jsonlOf } from '../emit/render.js';

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

export class ResultCache {
  hits = 0;
  misses = 0;

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * An entry is JSON lines: the document record, then one fact per line, exactly as
   * jsonl output writes them, so a warm jsonl run copies them without parsing.
   */
  get(key: string): DocumentOutcome | null {
    let text: string;
    try {
      text = fs.readFileSync(this.file(key), 'utf8');
    } catch {
      this.misses++;
      return null;
    }
    const nl = text.indexOf('\n');
    const record = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as DocumentRecord;
    this.hits++;
    return fromJsonl(record, nl < 0 ? '' : text.slice(nl + 1));
  }

  /** Written to a temporary name and renamed, so a reader never sees half an entry. */
  put(key: string, outcome: DocumentOutcome): void {
    // Failures to read an input are not cached: the file may be fixed by the next run.
    if (!outcome.ok || outcome.partial) return;
    const file = this.file(key);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(outcome.record) + '\n' + (outcome.jsonl ?? jsonlOf(outcome.facts)));
      fs.renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
}

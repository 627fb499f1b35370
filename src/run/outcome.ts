// One input's outcome, as it travels from a worker, through the cache, to an emitter:
// plain data (the document record and its facts), or why the input could not be read.
import type { Document } from '../document/document.js';
import type { DocumentRecord, Fact } from '../facts.js';

export type DocumentOutcome =
  | {
      readonly ok: true;
      readonly partial?: false;
      readonly record: DocumentRecord;
      readonly facts: readonly Fact[];
      /** The facts already written as JSON lines (from the cache): jsonl output copies them. */
      readonly jsonl?: string;
    }
  /** Facts of one part of a large file (run/large.ts); the document's last outcome has its record. */
  | { readonly ok: true; readonly partial: true; readonly record: null; readonly facts: readonly Fact[] }
  | { readonly ok: false; readonly doc: string; readonly message: string };

export function documentRecord(d: Document, facts: number): DocumentRecord {
  return {
    doc: d.doc,
    sha256: d.sha256,
    chars: d.text.length,
    encoding: d.encoding,
    published: d.published,
    title: d.title,
    source: d.source,
    facts,
    error: null,
    dateline: d.dateline,
    format: d.format,
  };
}

export function failureRecord(doc: string, message: string): DocumentRecord {
  return { doc, sha256: null, chars: null, encoding: null, published: null, title: null, source: null, facts: 0, error: message, dateline: null, format: null };
}

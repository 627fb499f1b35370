// Records the emitters write that are not facts.
import type { DocumentLine, DocumentRecord, ErrorRecord } from '../facts.js';

export function errorRecord(doc: string, message: string): ErrorRecord {
  return { type: 'error', doc, message };
}

/** A document record as a jsonl line (--documents): `type` first, as on error lines. */
export function documentLineOf(record: DocumentRecord): DocumentLine {
  return { type: 'document', ...record };
}

// The records the emitters write, built from pipeline results.
import type { Document } from '../document/document.js';
import type { DocumentRecord, ErrorRecord, Fact } from '../facts.js';

/** One input's outcome: its document and facts, or why it could not be read. */
export type DocumentResult =
  | { readonly ok: true; readonly document: Document; readonly facts: readonly Fact[] }
  | { readonly ok: false; readonly doc: string; readonly message: string };

export function documentRecord(r: DocumentResult): DocumentRecord {
  if (!r.ok) {
    return { doc: r.doc, sha256: null, chars: null, encoding: null, published: null, title: null, source: null, facts: 0, error: r.message, dateline: null, format: null };
  }
  const d = r.document;
  return {
    doc: d.doc,
    sha256: d.sha256,
    chars: d.text.length,
    encoding: d.encoding,
    published: d.published,
    title: d.title,
    source: d.source,
    facts: r.facts.length,
    error: null,
    dateline: d.dateline,
    format: d.format,
  };
}

export function errorRecord(r: Extract<DocumentResult, { ok: false }>): ErrorRecord {
  return { type: 'error', doc: r.doc, message: r.message };
}

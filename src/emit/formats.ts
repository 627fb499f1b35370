// The three output formats as incremental writers: `begin`, one `document` call
// per input in input order, `end`. jsonl and csv write each document's facts as
// soon as it is done; json must hold the documents until the end.
import type { Fact, FactType } from '../facts.js';
import { xlsxEmitter, type XlsxEmitter } from './xlsx.js';
import { documentLineOf, errorRecord } from './records.js';
import { CSV_COLUMNS, csvLine, csvOf, jsonlOf } from './render.js';
import { failureRecord, type DocumentOutcome } from './outcome.js';

export { CSV_COLUMNS, csvCells } from './render.js';

export const FORMATS = ['json', 'jsonl', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly rules: string;
}

export interface Emitter {
  begin(): string;
  document(outcome: DocumentOutcome): string;
  end(): string;
}

export function jsonEmitter(tool: ToolInfo): Emitter {
  const documents: unknown[] = [];
  const facts: Fact[] = [];
  return {
    begin: () => '',
    document(r) {
      if (!r.ok) documents.push(failureRecord(r.doc, r.message));
      else {
        if (r.record) documents.push(r.record);
        facts.push(...r.facts);
      }
      return '';
    },
    end: () => JSON.stringify({ tool, documents, facts }, null, 2) + '\n',
  };
}

/**
 * A line per fact; a failed input is an error line. With `documents`, each input also
 * gets a document line after its facts (a large file's after its last part), so an
 * input with no facts, or one that failed, is there too, with its content hash.
 */
export function jsonlEmitter(opts: { documents?: boolean } = {}): Emitter {
  const documentLine = (r: DocumentOutcome): string => {
    if (!opts.documents) return '';
    if (!r.ok) return JSON.stringify(documentLineOf(failureRecord(r.doc, r.message))) + '\n';
    return r.record ? JSON.stringify(documentLineOf(r.record)) + '\n' : '';
  };
  return {
    begin: () => '',
    // A worker or the cache may have written the lines already.
    document: (r) =>
      (!r.ok ? JSON.stringify(errorRecord(r.doc, r.message)) + '\n' : (r.jsonl ?? jsonlOf(r.facts))) + documentLine(r),
    end: () => '',
  };
}

/** CSV has no place for a failed input: failures are reported on stderr only. */
export function csvEmitter(opts: { bom: boolean }): Emitter {
  return {
    begin: () => (opts.bom ? '\uFEFF' : '') + csvLine(CSV_COLUMNS),
    // Rows written by a worker, when it could.
    document: (r) => (r.ok ? (r.csv ?? csvOf(r.facts, r.partial ? r.document : r.record)) : ''),
    end: () => '',
  };
}

export function createEmitter(
  format: Format,
  tool: ToolInfo,
  opts: { bom: boolean; documents?: boolean; types?: ReadonlySet<FactType>; atExit?: (cleanup: () => void) => void },
): Emitter | XlsxEmitter {
  switch (format) {
    case 'json':
      return jsonEmitter(tool);
    case 'jsonl':
      return jsonlEmitter({ documents: opts.documents ?? false });
    case 'csv':
      return csvEmitter(opts);
    case 'xlsx':
      return xlsxEmitter({
        ...(opts.types ? { types: opts.types } : {}),
        ...(opts.atExit ? { atExit: opts.atExit } : {}),
      });
  }
}

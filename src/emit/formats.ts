// The three output formats as incremental writers: `begin`, one `document` call
// per input in input order, `end`. jsonl and csv write each document's facts as
// soon as it is done; json must hold the documents until the end.
import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../facts.js';
import { errorRecord } from './records.js';
import { failureRecord, type DocumentOutcome } from '../run/outcome.js';

export const FORMATS = ['json', 'jsonl', 'csv'] as const;
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

/** The contract's CSV columns, in order (../shared/FACTS.md). */
export const CSV_COLUMNS = [
  'id', 'doc', 'type', 'start', 'end', 'text', 'rule', 'metric', 'label', 'region', 'period', 'value', 'unit', 'measure', 'raw',
  'approx', 'change_basis', 'change_value', 'change_unit', 'status', 'date', 'dateText', 'dateBasis', 'kind', 'orgs', 'people',
  'summary', 'name', 'canonical', 'aliases', 'mentions',
] as const;

type Cell = string | number | null | undefined;

export function csvCells(f: Fact): Cell[] {
  const get = (k: string): unknown => (f as Record<string, unknown>)[k];
  const change = f.type === 'indicator' ? f.change : null;
  return CSV_COLUMNS.map((col) => {
    switch (col) {
      case 'change_basis':
        return change?.basis ?? null;
      case 'change_value':
        return change?.value ?? null;
      case 'change_unit':
        return change?.unit ?? null;
      case 'orgs':
      case 'people':
      case 'aliases': {
        const v = get(col);
        return Array.isArray(v) ? v.join('|') : null;
      }
      default: {
        const v = get(col);
        return typeof v === 'string' || typeof v === 'number' ? v : null;
      }
    }
  });
}

const csvLine = (cells: readonly Cell[]) => stringify([cells.map((c) => (c === null || c === undefined ? '' : c))], { record_delimiter: '\n' });

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

export function jsonlEmitter(): Emitter {
  return {
    begin: () => '',
    document: (r) => (!r.ok ? JSON.stringify(errorRecord(r.doc, r.message)) + '\n' : 'jsonl' in r && r.jsonl !== undefined ? r.jsonl : r.facts.map((f) => JSON.stringify(f) + '\n').join('')),
    end: () => '',
  };
}

/** CSV has no place for a failed input: failures are reported on stderr only. */
export function csvEmitter(opts: { bom: boolean }): Emitter {
  return {
    begin: () => (opts.bom ? '\uFEFF' : '') + csvLine(CSV_COLUMNS),
    document: (r) => (r.ok ? r.facts.map((f) => csvLine(csvCells(f))).join('') : ''),
    end: () => '',
  };
}

export function createEmitter(format: Format, tool: ToolInfo, opts: { bom: boolean }): Emitter {
  switch (format) {
    case 'json':
      return jsonEmitter(tool);
    case 'jsonl':
      return jsonlEmitter();
    case 'csv':
      return csvEmitter(opts);
  }
}

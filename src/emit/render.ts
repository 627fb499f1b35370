// Facts as the text the line formats write: JSON lines, CSV rows. Pure functions of the
// facts, so they can run where the facts are made (a worker thread) and only text crosses
// to the thread that writes: a string is copied in one piece, where a fact object would
// be cloned field by field, and a run's output is larger than its input.
import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, Fact } from '../facts.js';

/** What a row says of its document: when it was published and its title (the last two columns). */
export type RowDocument = Pick<DocumentRecord, 'published' | 'title'>;

/**
 * The contract's CSV columns, in order (../shared/FACTS.md), then the document's
 * publication date and title, so rows can be sorted by when they were reported.
 */
export const CSV_COLUMNS = [
  'id',
  'doc',
  'type',
  'start',
  'end',
  'text',
  'rule',
  'metric',
  'label',
  'region',
  'period',
  'value',
  'unit',
  'measure',
  'raw',
  'approx',
  'change_basis',
  'change_value',
  'change_unit',
  'status',
  'date',
  'dateText',
  'dateBasis',
  'kind',
  'orgs',
  'people',
  'summary',
  'name',
  'canonical',
  'aliases',
  'mentions',
  'published',
  'title',
] as const;

type Cell = string | number | null | undefined;

export function csvCells(f: Fact, doc: RowDocument | null = null): Cell[] {
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
      case 'published':
      case 'title':
        return doc?.[col] ?? null;
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

export const csvLine = (cells: readonly Cell[]): string =>
  stringify([cells.map((c) => (c === null || c === undefined ? '' : c))], { record_delimiter: '\n' });

/** One JSON line per fact, each ending in a newline. */
export const jsonlOf = (facts: readonly Fact[]): string => facts.map((f) => JSON.stringify(f) + '\n').join('');

/** One CSV row per fact (no header), each ending in a newline. */
export const csvOf = (facts: readonly Fact[], doc: RowDocument | null): string =>
  facts.map((f) => csvLine(csvCells(f, doc))).join('');

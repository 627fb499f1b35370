// --format xlsx: one sheet per fact type and a documents sheet, every cell typed
// (workbook.ts). Rows are spooled to temporary files as documents finish, then each
// sheet is written from its file in turn: memory stays flat however many facts there
// are, and the column widths fit what the sheet holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentRecord, Fact, FactType } from '../facts.js';
import { FACT_TYPES } from '../fact-types.js';
import type { Emitter } from './formats.js';
import { failureRecord, type DocumentOutcome } from './outcome.js';
import type { RowDocument } from './render.js';
import {
  cellWidth,
  writeWorkbook,
  type Cell,
  type Column,
  type ColumnKind,
  type Sheet,
  type WholeFile,
} from './workbook.js';
import { textLines } from '../read/text-stream.js';

/** A column of a sheet: its header, how its cells are typed, and what it holds of a row. */
interface Field<T> extends Column {
  readonly get: (row: T) => Cell;
}

const field = <T>(header: string, kind: ColumnKind, get: (row: T) => Cell, maxWidth?: number): Field<T> => ({
  header,
  kind,
  get,
  ...(maxWidth ? { maxWidth } : {}),
});

type FactRow<F extends Fact> = { readonly fact: F; readonly doc: RowDocument | null };
type Of<K extends FactType> = Extract<Fact, { type: K }>;

const list = (v: readonly string[]) => v.join('|');

function factFields<F extends Fact>(own: readonly Field<F>[]): Field<FactRow<F>>[] {
  const on = (f: Field<F>): Field<FactRow<F>> => ({ ...f, get: (r) => f.get(r.fact) });
  return [
    field('id', 'text', (r) => r.fact.id),
    field('doc', 'text', (r) => r.fact.doc, 50),
    field('start', 'number', (r) => r.fact.start),
    field('end', 'number', (r) => r.fact.end),
    field('text', 'text', (r) => r.fact.text, 60),
    ...own.map(on),
    field('rule', 'text', (r) => r.fact.rule),
    field('published', 'date', (r) => r.doc?.published ?? null),
    field('title', 'text', (r) => r.doc?.title ?? null, 50),
  ];
}

const INDICATOR: readonly Field<Of<'indicator'>>[] = [
  field('metric', 'text', (f) => f.metric),
  field('label', 'text', (f) => f.label),
  field('region', 'text', (f) => f.region),
  field('period', 'text', (f) => f.period),
  field('value', 'number', (f) => f.value),
  field('unit', 'text', (f) => f.unit),
  field('measure', 'text', (f) => f.measure),
  field('raw', 'text', (f) => f.raw),
  field('approx', 'text', (f) => f.approx),
  field('change_basis', 'text', (f) => f.change?.basis ?? null),
  field('change_value', 'number', (f) => f.change?.value ?? null),
  field('change_unit', 'text', (f) => f.change?.unit ?? null),
  field('status', 'text', (f) => f.status),
  field('valueKind', 'text', (f) => f.valueKind ?? null),
  field('periodStart', 'date', (f) => f.periodStart ?? null),
  field('periodEnd', 'date', (f) => f.periodEnd ?? null),
  field('regionCanonical', 'text', (f) => f.regionCanonical ?? null),
  field('regionCode', 'text', (f) => f.regionCode ?? null),
];

const EVENT: readonly Field<Of<'event'>>[] = [
  // 2021-05-13 is a date; 2021-H1, 2021-05 and ranges stay text.
  field('date', 'date-or-text', (f) => f.date),
  field('dateText', 'text', (f) => f.dateText),
  field('dateBasis', 'text', (f) => f.dateBasis),
  field('kind', 'text', (f) => f.kind),
  field('orgs', 'text', (f) => list(f.orgs)),
  field('people', 'text', (f) => list(f.people)),
  field('summary', 'text', (f) => f.summary, 60),
];

const ORGANIZATION: readonly Field<Of<'organization'>>[] = [
  field('name', 'text', (f) => f.name),
  field('canonical', 'text', (f) => f.canonical),
  field('aliases', 'text', (f) => list(f.aliases)),
  field('kind', 'text', (f) => f.kind),
  field('mentions', 'number', (f) => f.mentions),
];

const DOCUMENT: readonly Field<DocumentRecord>[] = [
  field('doc', 'text', (d) => d.doc, 50),
  field('published', 'date', (d) => d.published),
  field('title', 'text', (d) => d.title, 50),
  field('source', 'text', (d) => d.source),
  field('facts', 'number', (d) => d.facts),
  field('chars', 'number', (d) => d.chars),
  field('encoding', 'text', (d) => d.encoding),
  field('format', 'text', (d) => d.format),
  field('dateline', 'text', (d) => d.dateline),
  field('sha256', 'text', (d) => d.sha256, 20),
  field('error', 'text', (d) => d.error, 60),
];

const FACT_SHEETS = {
  indicator: { name: 'indicators', fields: factFields(INDICATOR) },
  event: { name: 'events', fields: factFields(EVENT) },
  organization: { name: 'organizations', fields: factFields(ORGANIZATION) },
} as const;

/** Rows of one sheet, spooled as JSON lines to a temporary file, and the widest cell of each column. */
class Spool<T> {
  private readonly fd: number;
  private rows = 0;
  readonly widths: number[];

  constructor(
    readonly file: string,
    readonly name: string,
    readonly fields: readonly Field<T>[],
  ) {
    this.fd = fs.openSync(file, 'w');
    this.widths = fields.map(() => 0);
  }

  add(row: T): void {
    const cells = this.fields.map((f) => f.get(row));
    // Widths of long cells are capped anyway: measure only what can count.
    cells.forEach(
      (c, i) => (this.widths[i] = Math.max(this.widths[i]!, cellWidth(typeof c === 'string' ? c.slice(0, 80) : c))),
    );
    fs.writeSync(this.fd, JSON.stringify(cells) + '\n');
    this.rows++;
  }

  sheet(): Sheet {
    fs.closeSync(this.fd);
    const file = this.file;
    async function* rows() {
      for await (const { text } of textLines(file, { encoding: 'utf-8' })) if (text) yield JSON.parse(text) as Cell[];
    }
    return { name: this.name, columns: this.fields, widths: this.widths, rows: rows() };
  }
}

export interface XlsxEmitter extends Emitter {
  /** Writes the workbook to a file (whole or not at all) or a stream, and removes the spool. */
  finish(out: WholeFile | NodeJS.WritableStream): Promise<void>;
}

export interface XlsxOptions {
  readonly types?: ReadonlySet<FactType>;
  /** Given the spool's removal, to run also when the process ends early (the command line has the process). */
  readonly atExit?: (cleanup: () => void) => void;
}

export function xlsxEmitter(opts: XlsxOptions = {}): XlsxEmitter {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-xlsx-'));
  const removeSpool = () => fs.rmSync(dir, { recursive: true, force: true });
  opts.atExit?.(removeSpool); // also when the run is interrupted
  const types = FACT_TYPES.filter((t) => !opts.types || opts.types.has(t));
  const facts = new Map(
    types.map((t) => [
      t,
      new Spool<FactRow<Fact>>(path.join(dir, `${t}.jsonl`), FACT_SHEETS[t].name, FACT_SHEETS[t].fields as never),
    ]),
  );
  const documents = new Spool<DocumentRecord>(path.join(dir, 'documents.jsonl'), 'documents', DOCUMENT);
  const add = (r: DocumentOutcome) => {
    if (!r.ok) return documents.add(failureRecord(r.doc, r.message));
    if (r.record) documents.add(r.record);
    const doc = r.partial ? r.document : r.record;
    for (const fact of r.facts) facts.get(fact.type)?.add({ fact, doc });
  };
  return {
    begin: () => '',
    document: (r) => (add(r), ''),
    end: () => '',
    async finish(out) {
      try {
        await writeWorkbook([...[...facts.values()].map((s) => s.sheet()), documents.sheet()], out);
      } finally {
        removeSpool();
      }
    },
  };
}

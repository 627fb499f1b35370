// Typed spreadsheets (.xlsx) with exceljs's streaming writer: each cell is written as
// what it is — a number, a date, or text — so that a spreadsheet never guesses (an id
// of digits read as 1.26E+15, a period 2020 as a number and 2012-12-31 as a date, 3.8%
// as 0.038, 2月28日 as this year's date). Every sheet has a frozen header row, filters
// and column widths fitted to its contents; Chinese is stored as text, so it opens
// without an import dialog. Sheets are written one after another, each from rows the
// caller hands over in order (the writer streams, so only what a sheet's rows hold is in
// memory).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

/**
 * How a column's cells are written: `number` as numbers; `date` as dates (cells hold
 * YYYY-MM-DD); `date-or-text` as a date when the cell is a full date (2021-05-13) and as
 * text otherwise (2021-H1); `text` always as text, whatever it looks like.
 */
export type ColumnKind = 'text' | 'number' | 'date' | 'date-or-text';

export interface Column {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Widest a column gets, in characters (a Chinese character counts two). */
  readonly maxWidth?: number;
  /** How numbers show (`#,##0`); stored exactly whatever it is. */
  readonly numFmt?: string;
}

export type Cell = string | number | null | MarkedCell;

/** A cell that asks to be looked at: shaded, with a note (the reports behind a disputed figure). */
export interface MarkedCell {
  readonly value: string | number | null;
  readonly note: string;
}

const plain = (c: Cell) => (c !== null && typeof c === 'object' ? c.value : c);
/** Light amber, as spreadsheets shade a cell to check. */
const MARKED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } } as const;

export interface Sheet {
  readonly name: string;
  readonly columns: readonly Column[];
  /** Display width of each column's widest cell, header included (see cellWidth). */
  readonly widths?: readonly number[];
  readonly rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A full date as a Date at UTC midnight: exceljs writes it as the whole day's serial number. */
function asDate(s: string): Date | null {
  const m = FULL_DATE.exec(s);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function cellValue(marked: Cell, kind: ColumnKind): string | number | Date | null {
  const cell = plain(marked);
  if (cell === null || cell === '') return null;
  switch (kind) {
    case 'number':
      return typeof cell === 'number' ? cell : Number.isFinite(Number(cell)) ? Number(cell) : cell;
    case 'date':
    case 'date-or-text':
      return (typeof cell === 'string' && asDate(cell)) || String(cell);
    case 'text':
      return String(cell);
  }
}

/** Characters a cell takes on screen: CJK and full-width forms take two. */
export function cellWidth(marked: Cell): number {
  const cell = plain(marked);
  if (cell === null) return 0;
  // A number as it shows with thousands separators (#,##0): 7,279,800,000,000.
  const s = typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(cell);
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const DEFAULT_MAX_WIDTH = 40;
const MIN_WIDTH = 6;

/** A column's width: its widest cell plus a margin for the filter button, within bounds. */
function columnWidth(c: Column, widest: number | undefined): number {
  // (a bold header beside its filter button takes a few more)
  const fitted = Math.max((widest ?? 0) + 3, cellWidth(c.header) + 5);
  return Math.min(c.maxWidth ?? DEFAULT_MAX_WIDTH, Math.max(MIN_WIDTH, fitted));
}

/** A1-style letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

type ExcelJS = typeof import('exceljs');

/** The rows a sheet's filter covers, as a defined name: what LibreOffice needs to show the filter buttons. */
interface FilterRange {
  readonly name: '_xlnm._FilterDatabase';
  readonly ranges: string[];
  readonly localSheetId: number;
}

async function writeSheet(
  workbook: InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>,
  sheet: Sheet,
  index: number,
): Promise<FilterRange> {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.autoFilter = { from: 'A1', to: `${columnLetter(Math.max(1, sheet.columns.length))}1` };
  ws.columns = sheet.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: columnWidth(c, sheet.widths?.[i]),
    ...(c.kind === 'date' || c.kind === 'date-or-text' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let rows = 1;
  for await (const cells of sheet.rows) {
    rows++;
    const row = ws.addRow(sheet.columns.map((c, i) => cellValue(cells[i] ?? null, c.kind)));
    cells.forEach((c, i) => {
      if (c === null || typeof c !== 'object') return;
      const cell = row.getCell(i + 1);
      cell.note = c.note;
      cell.fill = MARKED_FILL;
    });
    row.commit();
  }
  ws.commit();
  const last = columnLetter(Math.max(1, sheet.columns.length));
  return {
    name: '_xlnm._FilterDatabase',
    ranges: [`'${sheet.name.replace(/'/g, "''")}'!$A$1:$${last}$${rows}`],
    localSheetId: index,
  };
}

/** A file written whole or not at all: to `temp` (named by the caller, beside it), then renamed. */
export interface WholeFile {
  readonly file: string;
  readonly temp: string;
}

/** Writes the sheets, in order, to a file (whole or not at all) or to a stream. */
export async function writeWorkbook(sheets: readonly Sheet[], out: WholeFile | NodeJS.WritableStream): Promise<void> {
  // exceljs loads only for xlsx output.
  const ExcelJS = createRequire(import.meta.url)('exceljs') as ExcelJS;
  const tmp = 'temp' in out ? out.temp : null;
  // To a stream through a pass-through, which exceljs ends (it waits for that): piped, standard output is never ended.
  const pass = tmp ? null : new PassThrough();
  const stream = tmp ? fs.createWriteStream(tmp) : pass!;
  if (pass) pass.pipe(out as NodeJS.WritableStream);
  const finished = new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.once(tmp ? 'close' : 'end', () => resolve());
  });
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: stream as unknown as import('stream').Stream,
      useStyles: true,
      useSharedStrings: false,
    });
    const filters: FilterRange[] = [];
    for (const [i, sheet] of sheets.entries()) filters.push(await writeSheet(workbook, sheet, i));
    // exceljs's streaming writer writes each sheet's <autoFilter> but not the defined name
    // Excel itself adds beside it, without which LibreOffice shows no filter buttons; its
    // DefinedNames cannot hold a sheet-local name, so the model it reads is given whole.
    (workbook as unknown as { _definedNames: { model: FilterRange[] } })._definedNames = { model: filters };
    await workbook.commit();
    await finished;
    if (tmp) fs.renameSync(tmp, (out as WholeFile).file);
  } catch (e) {
    if (tmp) fs.rmSync(tmp, { force: true });
    throw e;
  }
}

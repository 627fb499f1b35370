// Pivoted tables as Markdown (to read), CSV (one rectangular table, the tables' names in
// their first columns) or xlsx (a sheet per table, disputed cells shaded with the reports
// in a note), and the sources behind every cell as a table of their own.
import { stringify } from 'csv-stringify/sync';
import { cellWidth, type Cell as SheetCell, type Column, type Sheet } from '../emit/workbook.js';
import type { Cell, Dimension, Pivot, Report, Table } from './pivot.js';

/** The dimensions a table is split by, in order. */
const SPLIT: readonly Dimension[] = ['metric', 'valueKind', 'unit'];

export function tableName(t: Table): string {
  return SPLIT.flatMap((d) => t.split[d] ?? []).join(' · ') || 'indicators';
}

const splitDims = (t: Table) => SPLIT.filter((d) => d in t.split);

/** A value as written in text: exact, without exponent (7279800000000, 3.6). */
export function formatValue(v: number): string {
  return Number.isInteger(v) ? BigInt(v).toString() : String(v);
}

/** One line per report: its value, where and when it was reported, and its quote. */
export function describeReport(r: Report): string {
  const when = r.published ? `, ${r.published}` : '';
  return `${formatValue(r.fact.value)} ${r.fact.unit} — ${r.fact.doc}${when}: “${r.fact.text}”`;
}

function disagreements(t: Table): { row: string; column: string; cell: Cell }[] {
  return t.rows.flatMap((row) =>
    t.columns.flatMap((column) => {
      const cell = t.cells.get(row)?.get(column);
      return cell && !cell.agreed ? [{ row, column, cell }] : [];
    }),
  );
}

const mdEscape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdownTable(t: Table): string[] {
  const head = `| ${t.rowDimension} | ${t.columns.map(mdEscape).join(' | ')} |`;
  const rule = `|---|${t.columns.map(() => '---:').join('|')}|`;
  const rows = t.rows.map((row) => {
    const cells = t.columns.map((c) => {
      const cell = t.cells.get(row)?.get(c);
      return cell ? `${formatValue(cell.value)}${cell.agreed ? '' : ' *'}` : '';
    });
    return `| ${mdEscape(row)} | ${cells.join(' | ')} |`;
  });
  return [`## ${tableName(t)}`, '', head, rule, ...rows, ''];
}

function markdownDisagreements(t: Table): string[] {
  const found = disagreements(t);
  if (found.length === 0) return [];
  return [
    `Reports that disagree (* above; the cell holds the latest report's value):`,
    '',
    ...found.flatMap(({ row, column, cell }) => [
      `- ${mdEscape(row)}, ${mdEscape(column)}: ${cell.reports.length} reports`,
      ...cell.reports.map(
        (r) => `  - ${r === cell.chosen ? '**' : ''}${mdEscape(describeReport(r))}${r === cell.chosen ? '**' : ''}`,
      ),
    ]),
    '',
  ];
}

export function renderMarkdown(p: Pivot): string {
  if (p.tables.length === 0) return 'No indicators to tabulate.\n';
  return p.tables
    .flatMap((t) => [...markdownTable(t), ...markdownDisagreements(t)])
    .join('\n')
    .replace(/\n*$/, '\n');
}

const csv = (rows: readonly (readonly (string | number | null)[])[]) =>
  stringify(
    rows.map((r) => r.map((c) => c ?? '')),
    { record_delimiter: '\n' },
  );

/** All tables in one: the split dimensions first, then the row, then every column. */
export function renderCsv(p: Pivot, rowDimension: Dimension): string {
  const dims = p.tables[0] ? splitDims(p.tables[0]) : SPLIT;
  const rows = p.tables.flatMap((t) =>
    t.rows.map((row) => [
      ...dims.map((d) => t.split[d] ?? null),
      row,
      ...p.columns.map((c) => t.cells.get(row)?.get(c)?.value ?? null),
    ]),
  );
  return csv([[...dims, rowDimension, ...p.columns], ...rows]);
}

const SOURCE_HEADERS = ['value', 'chosen', 'agreed', 'unit', 'doc', 'published', 'title', 'text', 'id'];

/** Every report behind every cell: which table, row and column, its value, whether the cell took it. */
function sourceRows(p: Pivot): (string | number | null)[][] {
  return p.tables.flatMap((t) =>
    t.rows.flatMap((row) =>
      t.columns.flatMap((column) => {
        const cell = t.cells.get(row)?.get(column);
        if (!cell) return [];
        return cell.reports.map((r) => [
          tableName(t),
          row,
          column,
          r.fact.value,
          r === cell.chosen ? 'yes' : 'no',
          cell.agreed ? 'yes' : 'no',
          r.fact.unit,
          r.fact.doc,
          r.published,
          r.title,
          r.fact.text,
          r.fact.id,
        ]);
      }),
    ),
  );
}

export function renderSourcesCsv(p: Pivot, rows: Dimension, columns: Dimension): string {
  return csv([['table', rows, columns, ...SOURCE_HEADERS], ...sourceRows(p)]);
}

/** Sheet names: at most 31 characters, none of []:*?/\, each once. */
function sheetNames(tables: readonly Table[]): string[] {
  const seen = new Set<string>(['sources']);
  return tables.map((t) => {
    const base = tableName(t)
      .replace(/[[\]:*?/\\]/g, '_')
      .slice(0, 28);
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} ${n}`;
    seen.add(name);
    return name;
  });
}

function tableSheet(t: Table, name: string): Sheet {
  const integers = t.rows.every((r) => t.columns.every((c) => Number.isInteger(t.cells.get(r)?.get(c)?.value ?? 0)));
  const columns: Column[] = [
    { header: t.rowDimension, kind: 'text' },
    ...t.columns.map((c) => ({ header: c, kind: 'number' as const, ...(integers ? { numFmt: '#,##0' } : {}) })),
  ];
  const rows = t.rows.map((row): SheetCell[] => [
    row,
    ...t.columns.map((c): SheetCell => {
      const cell = t.cells.get(row)?.get(c);
      if (!cell) return null;
      if (cell.agreed) return cell.value;
      return {
        value: cell.value,
        note: `Reports disagree; the latest is shown:\n${cell.reports.map(describeReport).join('\n')}`,
      };
    }),
  ]);
  return { name, columns, rows, widths: widestCells(columns, rows) };
}

function widestCells(columns: readonly Column[], rows: readonly (readonly SheetCell[])[]): number[] {
  return columns.map((_, i) => Math.max(0, ...rows.map((r) => cellWidth(r[i] ?? null))));
}

export function tableSheets(p: Pivot, rows: Dimension, columns: Dimension): Sheet[] {
  const names = sheetNames(p.tables);
  const kinds: Column['kind'][] = [
    'text',
    'text',
    'text',
    'number',
    'text',
    'text',
    'text',
    'text',
    'date',
    'text',
    'text',
    'text',
  ];
  const headers = ['table', rows, columns, ...SOURCE_HEADERS];
  const sourceColumns = headers.map((header, i) => ({
    header,
    kind: kinds[i]!,
    ...(header === 'text' || header === 'doc' ? { maxWidth: 60 } : {}),
  }));
  const rowsOfSources = sourceRows(p);
  const sources: Sheet = {
    name: 'sources',
    columns: sourceColumns,
    rows: rowsOfSources,
    widths: widestCells(sourceColumns, rowsOfSources),
  };
  return [...p.tables.map((t, i) => tableSheet(t, names[i]!)), sources];
}

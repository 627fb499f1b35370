// From facts to an analyst's series: indicators pivoted into wide tables — by default
// one per metric (and kind of value, and unit), regions down, periods across — where a
// cell reported by several documents holds the value they agree on, or the latest
// report's, and keeps every report behind it so disagreements can be shown with quotes.
// Pure: reports in, tables out.
import type { Indicator } from '../facts.js';
import { VALUE_KINDS, type ValueKind } from '../fact-types.js';

/** An indicator with what its document says of when it was reported. */
export interface Report {
  readonly fact: Indicator;
  readonly published: string | null;
  readonly title: string | null;
}

export const DIMENSIONS = [
  'region',
  'regionCanonical',
  'regionCode',
  'period',
  'metric',
  'label',
  'valueKind',
  'unit',
  'status',
  'doc',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** What a table may hold beyond plain actual figures. */
export const INCLUDABLE = ['approx', 'target', 'plan'] as const;
export type Includable = (typeof INCLUDABLE)[number];

export interface PivotOptions {
  readonly rows: Dimension;
  readonly columns: Dimension;
  /** Only these metrics (all with a metric when absent). */
  readonly metrics?: readonly string[];
  readonly valueKinds?: readonly ValueKind[];
  /** Approximate figures (近, 超过) and targets or plans are left out unless named here. */
  readonly include?: ReadonlySet<Includable>;
}

export interface Cell {
  readonly value: number;
  /** Every report of this cell, in input order. */
  readonly reports: readonly Report[];
  /** The report whose value the cell holds: the latest of those with the chosen value. */
  readonly chosen: Report;
  /** Do all reports give one value? */
  readonly agreed: boolean;
}

export interface Table {
  /** What all its cells share: metric, kind of value and unit (those not used as rows or columns). */
  readonly split: Readonly<Partial<Record<Dimension, string>>>;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** Cells by row and column: cells.get(row)?.get(column). */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, Cell>>;
  readonly rowDimension: Dimension;
  readonly columnDimension: Dimension;
}

const SPLIT: readonly Dimension[] = ['metric', 'valueKind', 'unit'];

export function dimensionOf(f: Indicator, d: Dimension): string | null {
  const v = (f as Record<string, unknown>)[d];
  return typeof v === 'string' && v !== '' ? v : null;
}

function wanted(r: Report, opts: PivotOptions): boolean {
  const f = r.fact;
  // A figure without a metric is known only by its label: it goes in a table only by that label.
  if (f.metric === null && opts.rows !== 'label' && opts.columns !== 'label') return false;
  if (opts.metrics && !(f.metric && opts.metrics.includes(f.metric))) return false;
  if (opts.valueKinds && !(f.valueKind && opts.valueKinds.includes(f.valueKind))) return false;
  if (f.approx !== null && !opts.include?.has('approx')) return false;
  if (f.status !== 'actual' && !opts.include?.has(f.status)) return false;
  return dimensionOf(f, opts.rows) !== null && dimensionOf(f, opts.columns) !== null;
}

/** Values equal up to floating-point noise (9385.6 × 10⁸ written two ways). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** Later reports rank higher: by publication date, then by place in the input (undated ones rank lowest). */
const later = (a: { r: Report; i: number }, b: { r: Report; i: number }) =>
  (a.r.published ?? '') > (b.r.published ?? '') || ((a.r.published ?? '') === (b.r.published ?? '') && a.i > b.i);

function resolveCell(reports: readonly Report[]): Cell {
  let best = { r: reports[0]!, i: 0 };
  reports.forEach((r, i) => {
    if (later({ r, i }, best)) best = { r, i };
  });
  const value = best.r.fact.value;
  return { value, reports, chosen: best.r, agreed: reports.every((r) => same(r.fact.value, value)) };
}

export interface Pivot {
  readonly tables: readonly Table[];
  /** Every table's columns in one order: for a single sheet of them all (CSV). */
  readonly columns: readonly string[];
}

export function pivot(reports: readonly Report[], opts: PivotOptions): Pivot {
  const split = SPLIT.filter((d) => d !== opts.rows && d !== opts.columns);
  const groups = new Map<
    string,
    { split: Partial<Record<Dimension, string>>; cells: Map<string, Map<string, Report[]>> }
  >();
  for (const r of reports) {
    if (!wanted(r, opts)) continue;
    const parts = Object.fromEntries(split.map((d) => [d, dimensionOf(r.fact, d) ?? ''])) as Record<Dimension, string>;
    const key = split.map((d) => parts[d]).join('\u0000');
    const g = groups.get(key) ?? { split: parts, cells: new Map() };
    groups.set(key, g);
    const row = dimensionOf(r.fact, opts.rows)!;
    const col = dimensionOf(r.fact, opts.columns)!;
    const byColumn = g.cells.get(row) ?? new Map<string, Report[]>();
    g.cells.set(row, byColumn);
    byColumn.set(col, [...(byColumn.get(col) ?? []), r]);
  }
  const tables = [...groups.values()].map((g) => tableOf(g.split, g.cells, opts)).sort(byTableName);
  const used = reports.filter((r) => wanted(r, opts)).map((r) => r.fact);
  return { tables, columns: orderKeys([...new Set(tables.flatMap((t) => t.columns))], opts.columns, used) };
}

function tableOf(
  split: Partial<Record<Dimension, string>>,
  reports: Map<string, Map<string, Report[]>>,
  opts: PivotOptions,
): Table {
  const facts = [...reports.values()].flatMap((m) => [...m.values()].flat()).map((r) => r.fact);
  const cells = new Map([...reports].map(([row, m]) => [row, new Map([...m].map(([c, rs]) => [c, resolveCell(rs)]))]));
  return {
    split,
    rows: orderKeys([...reports.keys()], opts.rows, facts),
    columns: orderKeys([...new Set([...reports.values()].flatMap((m) => [...m.keys()]))], opts.columns, facts),
    cells,
    rowDimension: opts.rows,
    columnDimension: opts.columns,
  };
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Tables by metric, then kind of value in VALUE_KINDS order (levels first), then unit. */
function byTableName(a: Table, b: Table): number {
  const kind = (t: Table) => String(VALUE_KINDS.indexOf((t.split.valueKind ?? 'level') as ValueKind)).padStart(2, '0');
  const name = (t: Table) => `${t.split.metric ?? ''}\u0000${kind(t)}\u0000${t.split.unit ?? ''}`;
  return byName(name(a), name(b));
}

/**
 * Periods in time order (2020-Q1, 2020-H1, 2020, 2021); regions the country first, then
 * by administrative code (provinces in their official order, each before its cities);
 * anything else by name.
 */
function orderKeys(keys: string[], d: Dimension, facts: readonly Indicator[]): string[] {
  if (d === 'period') {
    const span = new Map(facts.map((f) => [f.period, `${f.periodStart ?? '9999'}${f.periodEnd ?? '9999'}`]));
    return keys.sort((a, b) => byName(span.get(a) ?? a, span.get(b) ?? b) || byName(a, b));
  }
  if (d === 'region' || d === 'regionCanonical') {
    const code = new Map(facts.map((f) => [dimensionOf(f, d), f.regionCode ?? null]));
    const rank = (k: string) => (k === '全国' ? '0' : (code.get(k) ?? '9'));
    return keys.sort((a, b) => byName(rank(a), rank(b)) || byName(a, b));
  }
  return keys.sort(byName);
}

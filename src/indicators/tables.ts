// Tables in running text: statistical bulletins exported as text put one cell on each
// line (指标 / 指标值 / 同比增长（±%） / 地区生产总值 / 4000.5 / 10.0 …), and saved HTML
// tables become one row per line with cells between tabs. Either way a table is a unit
// (单位：亿元, or 产量（万吨） in a header), header cells, then rows of a label and its
// numbers. This module finds them; table-figures.ts makes figures of their rows.
import { FLAT, YOY_WORDS, anyOf } from '../rules/vocabulary.js';

export interface TableColumn {
  /** The header as written. */
  readonly header: string;
  /** A growth rate column (同比增长（±%）): its cells are the row figure's change. */
  readonly change: boolean;
  /** The unit of a value column's cells (亿元, 万吨), or null when the table states none. */
  readonly unit: string | null;
  /** A 单位 column: each row names its own unit (原油 / 万吨 / 4000.0). */
  readonly unitColumn: boolean;
}

export interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly number: string;
}

export interface TableRow {
  /** Offsets of the row, label to last cell. */
  readonly start: number;
  readonly end: number;
  /** The row's label (地区生产总值, #水 稻), where it is. */
  readonly labelStart: number;
  readonly labelEnd: number;
  /** One cell per column after the label column. */
  readonly cells: readonly TableCell[];
  /** A unit the row's label gives (大牲畜（万头）), or one an earlier row's gave (#黄牛及肉牛 after it). */
  readonly unit: string | null;
  /** The group heading line the row stands under (期末畜禽存栏 over 大牲畜, 猪), if any. */
  readonly group?: { readonly start: number; readonly end: number } | null;
}

export interface Table {
  /** The line before the unit line or the header: 2012年地区生产总值. */
  readonly title: { readonly start: number; readonly end: number } | null;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
const UNIT_LINE = /^单位\s*[:：]\s*(\S{1,6})$/;
/** A header naming the label column: 指标, 指标名称, 项目, 名称, 产品名称. */
const NAME_HEADER = /^(?:指\s*标(?:名\s*称)?|项\s*目|(?:产品)?名\s*称|行\s*业|地\s*区)$/;
const UNIT_IN_HEADER = /[（(]([^（）()%±]{1,6})[）)]\s*$/;
const CHANGE_HEADER = new RegExp(anyOf(['增长', '增减', '±', ...YOY_WORDS]));
const UNIT_HEADER = /^单\s*位$/;
/** A line holding a name header alone, or as its first cell (NAME_HEADER between the line's start and its end or a tab). */
const HEADER_LINE = new RegExp(`(?:^|\\n)\\s*${NAME_HEADER.source.slice(1, -1)}[^\\S\\n]*(?:\\t|\\n|$)`);
/** The longest cell we read as a header or a row label. */
const MAX_CELL = 24;
/** Rows needed to believe a table (a pair of lines is not one). */
const MIN_ROWS = 2;
const MAX_COLUMNS = 6;

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let a = start;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      out.push({ start: a, end: b, text: text.slice(a, b) });
      start = i + 1;
    }
  }
  return out;
}

const isNumber = (l: Line | undefined) => l !== undefined && NUMBER.test(l.text);
const isCell = (l: Line | undefined) =>
  l !== undefined && l.text.length > 0 && l.text.length <= MAX_CELL && !/[。；;，,]/.test(l.text);

function column(header: string, tableUnit: string | null): TableColumn {
  const unitColumn = UNIT_HEADER.test(header);
  const change = !unitColumn && CHANGE_HEADER.test(header) && /%|±/.test(header);
  const unit = change ? '%' : unitColumn ? null : (UNIT_IN_HEADER.exec(header)?.[1] ?? tableUnit);
  return { header, change, unit, unitColumn };
}

/** Does a cell fit its column: a number, a unit's name, a growth (or 持平)? */
function fits(col: TableColumn, l: Line | undefined): boolean {
  if (!l) return false;
  if (col.unitColumn) return isCell(l) && !isNumber(l) && l.text.length <= 6;
  return isNumber(l) || (col.change && l.text === FLAT);
}

/** Rows of a label and one cell per column, from line `r` on; `next` is the line after them. */
function rowsFrom(
  lines: readonly Line[],
  r: number,
  columns: readonly TableColumn[],
): { rows: TableRow[]; next: number } {
  const n = columns.length;
  const rows: TableRow[] = [];
  const isRow = (at: number) =>
    at + n < lines.length &&
    isCell(lines[at]) &&
    !isNumber(lines[at]) &&
    columns.every((c, k) => fits(c, lines[at + 1 + k]));
  // A unit a row's label gives (大牲畜（万头）) holds for the rows after it (#黄牛及肉牛, 奶牛) until another.
  let unit: string | null = null;
  let group: { start: number; end: number } | null = null;
  for (;;) {
    // 期末畜禽存栏: a group's heading line among the rows, with no cells of its own.
    if (!isRow(r) && isCell(lines[r]) && !isNumber(lines[r]) && lines[r]!.text !== FLAT && isRow(r + 1)) {
      group = { start: lines[r]!.start, end: lines[r]!.end };
      r++;
    }
    if (!isRow(r)) break;
    const label = lines[r]!;
    // (not in a table with a 单位 column: 化肥(折纯) says how it is counted there)
    if (!columns.some((c) => c.unitColumn)) unit = UNIT_IN_HEADER.exec(label.text)?.[1] ?? unit;
    const cells = lines.slice(r + 1, r + 1 + n).map((l) => ({ start: l.start, end: l.end, number: l.text }));
    rows.push({
      start: label.start,
      end: lines[r + n]!.end,
      labelStart: label.start,
      labelEnd: label.end,
      cells,
      unit,
      group,
    });
    r += n + 1;
  }
  return { rows, next: r };
}

/**
 * Tables of cells one per line: at a unit line or a name header, the header cells,
 * then as many rows of a label and one cell per column as follow. How many headers
 * there are is what reads the most rows.
 */
function cellTables(lines: readonly Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const unitLine = UNIT_LINE.exec(lines[i]!.text);
    const headerAt = unitLine ? i + 1 : NAME_HEADER.test(lines[i]!.text) ? i : -1;
    if (headerAt < 0 || !NAME_HEADER.test(lines[headerAt]?.text ?? '')) continue;
    let best: { columns: TableColumn[]; rows: TableRow[]; next: number } | null = null;
    for (let n = 1; n < MAX_COLUMNS; n++) {
      const heads = lines.slice(headerAt + 1, headerAt + 1 + n);
      if (heads.length < n || !heads.every((l) => isCell(l) && !isNumber(l))) break;
      const columns = heads.map((l) => column(l.text, unitLine?.[1] ?? null));
      const { rows, next } = rowsFrom(lines, headerAt + 1 + n, columns);
      // on a tie the wider reading: a growth column is not a group heading (持平)
      if (rows.length >= MIN_ROWS && (!best || rows.length >= best.rows.length)) best = { columns, rows, next };
    }
    if (!best) continue;
    const titleLine = lines[(unitLine ? i : headerAt) - 1];
    out.push({
      title:
        titleLine && isCell(titleLine) && !isNumber(titleLine) ? { start: titleLine.start, end: titleLine.end } : null,
      columns: best.columns,
      rows: best.rows,
    });
    i = best.next - 1;
  }
  return out;
}

/** Cells of a tab-separated line, with their offsets. */
function tabCells(l: Line): Line[] {
  const out: Line[] = [];
  let start = l.start;
  for (const part of l.text.split('\t')) {
    const a = start + (part.length - part.trimStart().length);
    const t = part.trim();
    if (t) out.push({ start: a, end: a + t.length, text: t });
    start += part.length + 1;
  }
  return out;
}

/** Tables with a row per line and cells between tabs, headed by a name header row. */
function tabTables(lines: readonly Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.text.includes('\t')) continue;
    const head = tabCells(lines[i]!);
    if (head.length < 2 || !NAME_HEADER.test(head[0]!.text) || head.some((c) => isNumber(c))) continue;
    const unitLine = i > 0 ? UNIT_LINE.exec(lines[i - 1]!.text) : null;
    const columns = head.slice(1).map((c) => column(c.text, unitLine?.[1] ?? null));
    const rows: TableRow[] = [];
    let r = i + 1;
    for (; r < lines.length; r++) {
      const cells = tabCells(lines[r]!);
      if (
        cells.length !== head.length ||
        !isCell(cells[0]) ||
        isNumber(cells[0]) ||
        !columns.every((c, k) => fits(c, cells[k + 1]))
      )
        break;
      rows.push({
        start: cells[0]!.start,
        end: cells[cells.length - 1]!.end,
        labelStart: cells[0]!.start,
        labelEnd: cells[0]!.end,
        cells: cells.slice(1).map((c) => ({ start: c.start, end: c.end, number: c.text })),
        unit: UNIT_IN_HEADER.exec(cells[0]!.text)?.[1] ?? null,
      });
    }
    if (rows.length < MIN_ROWS) continue;
    const titleLine = lines[unitLine ? i - 2 : i - 1];
    out.push({
      title:
        titleLine && isCell(titleLine) && !isNumber(titleLine) ? { start: titleLine.start, end: titleLine.end } : null,
      columns,
      rows,
    });
    i = r - 1;
  }
  return out;
}

/** Every table of a text, in text order. */
export function findTables(text: string): Table[] {
  // Only a text with a unit line or a name header can hold one: most pages have neither. And
  // every table has a line that is a name header (指标), or opens with one before a tab: a
  // page without such a line is not cut into lines (项目 and 地区 are common words).
  if (!/单位\s*[:：]|指\s*标|项\s*目|名\s*称/.test(text) || !HEADER_LINE.test(text)) return [];
  const lines = linesOf(text);
  return [...cellTables(lines), ...tabTables(lines)].sort((a, b) => a.rows[0]!.start - b.rows[0]!.start);
}

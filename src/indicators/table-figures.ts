// Figures of the rows of tables (tables.ts finds them): a row's first value column is its
// figure, a growth column its change, further value columns figures of their own
// (金融机构存款余额比年初增加额). The period is the table title's (2012年末全市金融机构存贷),
// else the text's around it; the place, as for any figure there. A row the prose states as
// well is left to the prose.
import type { Context } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import { findQuantities } from '../numbers/quantities.js';
import { resolveQuantity, type Quantity } from '../numbers/resolve.js';
import type { ResolvedDate } from '../dates/resolve.js';
import { findTables, type Table, type TableRow } from './tables.js';
import { describeDraft, type IndicatorDraft } from './draft.js';
import { trimLabel } from './label-text.js';
import { longestMetric } from './metrics.js';
import { periodFor, usableAsPeriod } from './attribution/period.js';
import { regionFor } from './attribution/region.js';
import type { OwnerPlaces } from './attribution/places.js';
import { FLAT, YOY_WORDS } from '../rules/vocabulary.js';

export function tableIndicators(ctx: Context, places: OwnerPlaces, found: readonly IndicatorDraft[]): IndicatorDraft[] {
  const out: IndicatorDraft[] = [];
  for (const table of findTables(ctx.doc.match)) {
    const titleDate = table.title
      ? (ctx.dates.within(table.title.start, table.title.end).find(usableAsPeriod) ?? null)
      : null;
    for (const row of table.rows) {
      if (found.some((d) => d.start < row.end && row.start < d.end)) continue;
      const sentence = ctx.sentenceAt(row.labelStart);
      if (!sentence) continue;
      out.push(...rowFigures(ctx, places, found, table, row, sentence, titleDate));
    }
  }
  return out;
}

/** The figures of one row. */
function rowFigures(
  ctx: Context,
  places: OwnerPlaces,
  found: readonly IndicatorDraft[],
  table: Table,
  row: TableRow,
  sentence: Sentence,
  titleDate: ResolvedDate | null,
): IndicatorDraft[] {
  const out: IndicatorDraft[] = [];
  const clause = { start: sentence.start, end: sentence.end };
  const label = rowLabel(ctx, row);
  if (label === null) return out;
  const changeAt = table.columns.findIndex((c) => c.change);
  const changeCell = changeAt >= 0 ? row.cells[changeAt] : undefined;
  const basis = changeAt >= 0 && YOY_WORDS.some((w) => table.columns[changeAt]!.header.includes(w)) ? 'yoy' : null;
  const period = titleDate?.period ?? periodFor(ctx, sentence, clause, row.labelStart).period;
  let first = true;
  const unitAt = table.columns.findIndex((c) => c.unitColumn);
  table.columns.forEach((col, k) => {
    const cell = row.cells[k];
    const unit = unitAt >= 0 ? row.cells[unitAt]!.number : (row.unit ?? col.unit);
    if (col.change || col.unitColumn || !unit || !cell) return;
    // (期末畜禽存栏 over 大牲畜, 猪; 产量（万吨） over 水稻: what governs the rows, nearest first.)
    const governing = [row.group ? ctx.doc.text.slice(row.group.start, row.group.end) : '', headerName(col.header)];
    const read = cellQuantity(ctx, cell.number, unit, first ? label : `${label}${col.header}`, governing);
    // A figure the text states too (地区生产总值4000.5亿元) is the text's: one fact, quoted from the prose.
    if (!read || found.some((d) => d.value === read.quantity.value && d.quantity.unit === read.quantity.unit)) return;
    const { quantity, metric, name } = read;
    const draft: IndicatorDraft = {
      start: row.start,
      end: first && changeCell ? Math.max(cell.end, changeCell.end) : cell.end,
      rule: metric?.ref ?? quantity.ref,
      metric: metric?.id ?? null,
      label: name,
      region: regionFor(ctx, places, sentence, clause, {
        start: row.labelStart,
        end: row.labelStart,
        unit: null,
        label: null,
      }),
      period,
      quantity,
      valueStart: cell.start,
      valueEnd: cell.end,
      value: quantity.value,
      change:
        first && changeCell
          ? { basis, value: changeCell.number === FLAT ? 0 : Number(changeCell.number), unit: '%' }
          : null,
      status: 'actual',
    };
    out.push(draft);
    if (ctx.tracing)
      ctx.note({
        stage: 'indicator',
        start: row.start,
        end: draft.end,
        rule: draft.rule,
        verdict: 'kept',
        message: `table row: ${describeDraft(draft)}`,
      });
    first = false;
  });
  return out;
}

/** A cell's number and its unit read as a quantity, with the metric its name names; null when it is no figure. */
function cellQuantity(
  ctx: Context,
  number: string,
  unit: string,
  name: string,
  governing: readonly string[],
): { quantity: Quantity; metric: ReturnType<typeof longestMetric>; name: string } | null {
  const written = `${number}${unit}`;
  const q = findQuantities(written, ctx.rules).find((x) => x.unit && x.start === 0 && x.end === written.length);
  if (!q) return null;
  const quantity = resolveQuantity(q, written);
  // 期末畜禽存栏 over its rows, 产量（万吨） over 水稻: a group heading or a column header that is a
  // metric's name gives it to the figures under it that name none.
  const metric =
    longestMetric(ctx, name, quantity.class) ??
    governing.reduce<ReturnType<typeof longestMetric>>(
      (m, g) => m ?? (g ? longestMetric(ctx, g, quantity.class) : null),
      null,
    );
  // Counts of people (万人) are figures only of a metric, as in the text.
  if (!q.unit!.value.rule.indicator && !metric) return null;
  return { quantity, metric, name };
}

/** A column header without its unit note and spacing: 产 量, 产量（万吨） → 产量. */
function headerName(header: string): string {
  return header.replace(/[（(][^（）()]*[）)]/g, '').replace(/\s+/g, '');
}

/**
 * A row's label as what it measures: #水稻 loses a sub-item's mark, 其中：非农业 its lead
 * word, 大牲畜（万头） the unit in brackets (the row's unit). Null when nothing is left.
 */
function rowLabel(ctx: Context, row: TableRow): string | null {
  const text = ctx.doc.match;
  const unitNote = /[（(][^（）()]{1,6}[）)]$/.exec(text.slice(row.labelStart, row.labelEnd));
  const labelEnd =
    unitNote && row.unit && unitNote[0].includes(row.unit) ? row.labelEnd - unitNote[0].length : row.labelEnd;
  const t = trimLabel(ctx, row.labelStart + (/^[#＃]/.test(text[row.labelStart]!) ? 1 : 0), labelEnd);
  return t.end <= t.start ? null : ctx.doc.text.slice(t.start, t.end);
}

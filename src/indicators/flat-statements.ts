// Figures told with no number: 居民消费价格与上年基本持平 is a change of 0 %, a figure of its
// own (gold convention "Growth": 与上年同期持平 → change 0). Only where what is flat names a
// metric (居民消费价格, 食品价格) and the comparison, if any, is with the period before
// (与上年, 与去年同期): 增速与一季度持平 and 数量跟江苏持平 compare with something else.
import type { Context } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import type { QuantityMatch } from '../numbers/quantities.js';
import type { Quantity } from '../numbers/resolve.js';
import { describeDraft, type IndicatorDraft } from './draft.js';
import { trimLabel } from './label-text.js';
import { longestMetric } from './metrics.js';
import { describePeriod, figurePeriod, forStatus } from './attribution/period.js';
import { regionFor } from './attribution/region.js';
import { reportYearStatus, statusFor } from './attribution/status.js';
import type { OwnerPlaces } from './attribution/places.js';
import { perRuleSet } from '../rules/compiled.js';
import { YOY_WORDS } from '../rules/vocabulary.js';
import { baselineBasis } from './rates.js';
import type { Basis } from './candidate.js';

/** 基本持平 is about flat (gold: approx about). */
const ROUGHLY = '基本';

/**
 * The direction words that say "no change" (持平), alone: a page that holds none of them
 * has no flat statement, and is not scanned for every direction word (增长, 下降 …).
 */
const flatWords = perRuleSet((rules) =>
  rules.directions.words().filter((w) => rules.directions.get(w)!.rule.sign === 0),
);

export function flatStatements(ctx: Context, places: OwnerPlaces): IndicatorDraft[] {
  const text = ctx.doc.match;
  const out: IndicatorDraft[] = [];
  // (A native search per word: there are a few, and a page is long.)
  if (!flatWords(ctx.rules).some((w) => text.includes(w))) return out;
  for (const dir of ctx.rules.directions.findAll(text)) {
    if (dir.value.rule.sign !== 0) continue;
    const sentence = ctx.sentenceAt(dir.start);
    const clause = ctx.clauseAt(dir.start);
    if (!sentence || !clause || ctx.isQuoted(dir.start, dir.end)) continue;
    const draft = flatDraft(ctx, places, sentence, clause, dir);
    if (draft) out.push(draft);
  }
  return out;
}

function flatDraft(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  clause: { start: number; end: number },
  dir: { start: number; end: number },
): IndicatorDraft | null {
  const text = ctx.doc.match;
  const item = flatItem(ctx, clause, dir);
  // A number in the clause: 持平 is the change of that figure (rates.ts flatChanges), or of none.
  if (numberOutsideDates(ctx, item.start, item.end)) return null;
  let p = dir.start;
  const roughly = text.slice(p - ROUGHLY.length, p) === ROUGHLY;
  if (roughly) p -= ROUGHLY.length;
  const base = baseBefore(ctx, item.start, p);
  if (base === null) return null;
  const t = trimLabel(ctx, item.start, base.start);
  if (t.end <= t.start) return null;
  const label = ctx.doc.text.slice(t.start, t.end);
  const metric = longestMetric(ctx, label, 'percent', t.start);
  if (!metric) return null;
  const q: QuantityMatch = {
    start: p,
    end: dir.end,
    numberStart: p,
    numberEnd: dir.end,
    number: 0,
    chineseOnly: false,
    approx: null,
    unit: null,
  };
  const quantity: Quantity = {
    value: 0,
    unit: '%',
    class: 'percent',
    measure: null,
    raw: ctx.doc.text.slice(p, dir.end),
    approx: roughly ? 'about' : null,
    ref: 'indicators.yaml#flat',
  };
  // 与上年基本持平: the year compared with is the baseline, not the figure's period; the
  // figure is read from where the comparison starts, so its period is the frame's (2024年工作回顾).
  const read = figurePeriod(ctx, sentence, clause, { ...q, start: base.start });
  const status = reportYearStatus(ctx, read, statusFor(ctx, sentence, clause, q, read.date));
  const found = forStatus(ctx, read, status, base.start);
  const draft: IndicatorDraft = {
    start: t.start,
    end: dir.end,
    rule: metric.ref,
    metric: metric.id,
    label,
    region: regionFor(ctx, places, sentence, clause, { start: p, end: dir.end, unit: '%', label }),
    period: found.period,
    quantity,
    valueStart: p,
    valueEnd: dir.end,
    value: 0,
    change: { basis: base.basis, value: 0, unit: '%' },
    status,
  };
  if (ctx.tracing)
    ctx.note({
      stage: 'indicator',
      start: draft.start,
      end: draft.end,
      rule: draft.rule,
      verdict: 'kept',
      message: `持平 with no number: ${describeDraft(draft)}; ${describePeriod(ctx, found, base.start)}`,
    });
  return draft;
}

/**
 * The item of a 、 list that 持平 ends (娱乐教育文化用品及服务价格与去年持平、居住价格上涨0.5%), or
 * follows a figure in (衣着价格上涨5.7%、居住价格与去年持平); else its whole clause.
 */
function flatItem(
  ctx: Context,
  clause: { start: number; end: number },
  dir: { start: number; end: number },
): { start: number; end: number } {
  const text = ctx.doc.match;
  const end = text[dir.end] === '、' ? dir.end : clause.end;
  const mark = text.lastIndexOf('、', dir.start);
  const start = mark >= clause.start && numberOutsideDates(ctx, clause.start, mark) ? mark + 1 : clause.start;
  return { start, end };
}

/**
 * 娱乐教育文化用品及服务价格与去年持平、居住价格上涨0.5%: an item that 持平 ends (a figure of its
 * own, flatItem) is no part of the next item's label.
 */
export function afterFlatItem(ctx: Context, start: number, end: number): number {
  const text = ctx.doc.match;
  if (!text.slice(start, end).includes('、')) return start;
  let at = start;
  for (const d of ctx.rules.directions.findAll(text, start, end))
    if (d.value.rule.sign === 0 && text[d.end] === '、') at = d.end + 1;
  return at;
}

/** A digit in [start, end) that is no part of a date (2021年居民消费价格与上年持平 has none). */
function numberOutsideDates(ctx: Context, start: number, end: number): boolean {
  const text = ctx.doc.match;
  let at = start;
  for (const d of ctx.dates.within(start, end)) {
    if (/[\d０-９]/.test(text.slice(at, d.expr.start))) return true;
    at = Math.max(at, d.expr.end);
  }
  return /[\d０-９]/.test(text.slice(at, end));
}

/**
 * Where the comparison before 持平 starts: 与上年, 和去年同期, 与去年同月 (a period word after a comparison
 * opener, with the basis it names), or right at 持平 when none is written; null when the comparison names
 * something other than a period (与全国, 跟江苏, 与2017年计划目标).
 */
function baseBefore(ctx: Context, floor: number, end: number): { start: number; basis: Basis } | null {
  const text = ctx.doc.match;
  // 规模以上工业增加值同比零增长: the basis word alone names the period before.
  const yoy = YOY_WORDS.find((w) => text.startsWith(w, end - w.length) && end - w.length >= floor);
  if (yoy) {
    const start = end - yoy.length;
    return ctx.rules.marker('comparison').firstIn(text, floor, start) === null ? { start, basis: 'yoy' } : null;
  }
  for (const cmp of ctx.rules.marker('comparison').findAll(text, floor, end)) {
    const date = ctx.dates.startingAt(cmp.end, end);
    if (!date) continue;
    const rest = text.slice(date.expr.end, end);
    if (!/^(?:同期|同月|同季度?)?$/.test(rest)) continue;
    // 与一季度持平: a part of the year other than the one the text is about compares rates.
    if (date.expr.part !== null && !date.expr.same) return null;
    return { start: cmp.start, basis: baselineBasis(date) };
  }
  // 居民消费价格指数持平: nothing between the subject and 持平 but the subject.
  return ctx.rules.marker('comparison').firstIn(text, floor, end) !== null ? null : { start: end, basis: null };
}

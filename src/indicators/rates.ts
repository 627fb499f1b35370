// Rates of change and the levels they belong to: which quantities are rates (同比增长3.4%,
// 13.8%的GDP增幅), a rate right after a level is that level's change (9385.6亿元,同比增长3.4%),
// and 持平 after a level is a change of 0.
import type { Context } from '../context/context.js';
import type { Clause, Sentence } from '../segment/sentences.js';
import type { QuantityMatch } from '../numbers/quantities.js';
import { perRuleSet } from '../rules/compiled.js';
import type { Basis, Candidate, Rate } from './candidate.js';
import { LIST_JOINER } from './words.js';

/** Which quantities are rates of change: one with a direction before it, a listed one after a rate, a percentage that 的…增幅 follows. */
export function markRates(ctx: Context, cands: readonly Candidate[]): void {
  const text = ctx.doc.match;
  cands.forEach((c, i) => {
    if (c.quantity.class === 'money' || c.quantity.class === 'count' || c.quantity.class === 'duration') return;
    c.rate = rateBefore(ctx, c.q, c.clause.start);
    const prev = cands[i - 1];
    // 增长17.3%和15.1%: a listed rate shares the phrase of the one before.
    if (!c.rate && prev?.rate && LIST_JOINER.test(text.slice(prev.q.end, c.q.start)))
      c.rate = { ...prev.rate, start: c.q.start };
    if (!c.rate && c.quantity.class === 'percent' && rateNounAfter(ctx, c.q, c.clause))
      c.rate = { start: c.q.start, basis: null, sign: 1, words: '', respectively: false };
  });
}

/** The rate phrase ending right before a quantity, if any. */
function rateBefore(ctx: Context, q: QuantityMatch, floor: number): Rate | null {
  const text = ctx.doc.match;
  const r = ctx.rules;
  let p = q.start;
  const glue = r.marker('change-glue').matchEndingAt(text, p, floor);
  if (glue) p = glue.start;
  const each = r.marker('respectively');
  let respectively = false;
  let m = each.matchEndingAt(text, p, floor);
  if (m) {
    p = m.start;
    respectively = true;
  }
  const dir = r.directions.matchEndingAt(text, p, floor);
  if (!dir) return null;
  let start = dir.start;
  m = each.matchEndingAt(text, start, floor);
  if (m) {
    start = m.start;
    respectively = true;
  }
  const basis = r.changes.matchEndingAt(text, start, floor);
  if (basis) start = basis.start;
  // 分别比上年增长: 分别 may also come before the basis.
  m = basis ? each.matchEndingAt(text, start, floor) : null;
  if (m) {
    start = m.start;
    respectively = true;
  }
  const b = basis?.value.rule.basis;
  const words = ctx.doc.text.slice(start, dir.end);
  return {
    start,
    basis: b && b !== 'none' ? b : null,
    sign: dir.value.rule.sign,
    words: each.findAll(words).reduceRight((w, x) => w.slice(0, x.start) + w.slice(x.end), words),
    respectively,
  };
}

const rateNoun = perRuleSet((rules) => new RegExp(`^的([^,，。;；、]{0,16}?${rules.markerPattern('rate-noun')})`));

/** 的…增幅 (or 的增速 alone) right after a percentage: the whole phrase names the rate. */
export function rateNounAfter(ctx: Context, q: QuantityMatch, clause: Clause): RegExpExecArray | null {
  return rateNoun(ctx.rules).exec(ctx.doc.match.slice(q.end, clause.end));
}

/** A rate right after a level is that level's change (9385.6亿元,同比增长3.4%). */
export function pairLevelRates(ctx: Context, cands: readonly Candidate[]): void {
  const text = ctx.doc.match;
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1]!;
    if (!c.rate || prev.rate || prev.change || prev.consumed) continue;
    if (c.rate.basis === 'two_year_avg' || c.rate.basis === 'cagr') continue;
    // …A、B，分别提升5.3和12.4个百分点: a list of rates is not the change of the last level alone.
    if (c.rate.respectively && cands[i + 1]?.rate?.respectively) continue;
    // Between them only punctuation, or a stated baseline (…67.7%,较2015年提升36个百分点).
    const gap = text.slice(prev.q.end, c.rate.start);
    const baseline = ctx.dates.within(prev.q.end, c.rate.start).some((d) => d.expr.since);
    if (!/^[\s,，、;；]*$/.test(gap) && !(baseline && /^[\s,，、;；]*[^,，、;；]*[\s,，]*$/.test(gap))) continue;
    const value = c.rate.sign * c.quantity.value;
    prev.change = { basis: c.rate.basis, value, unit: c.quantity.unit };
    prev.changeEnd = c.q.end;
    c.consumed = true;
  }
}

/** …,与上年持平: a direction of sign 0 after a level is a change of 0. */
export function flatChanges(ctx: Context, sentence: Sentence, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.rate || c.change) continue;
    const flat = flatAfter(ctx, c.q.end, sentence.end);
    if (flat) {
      c.change = { basis: flat.basis, value: 0, unit: '%' };
      c.changeEnd = flat.end;
    }
  }
}

/** ,与上年持平 / ,同比持平 right after `pos`: a direction of sign 0, maybe with a comparison and a basis. */
function flatAfter(ctx: Context, pos: number, limit: number): { end: number; basis: Basis } | null {
  const text = ctx.doc.match;
  const r = ctx.rules;
  let p = pos;
  while (p < limit && /[\s,，]/.test(text[p]!)) p++;
  const cmp = r.marker('comparison').matchAt(text, p, limit);
  if (cmp) p = cmp.end;
  let basis: Basis = null;
  const b = r.changes.matchAt(text, p, limit);
  if (b) {
    p = b.end;
    basis = b.value.rule.basis === 'none' ? null : b.value.rule.basis;
  } else if (cmp) {
    // 与上年 / 与去年同期: a period word names the baseline.
    const d = ctx.dates.startingAt(p);
    if (d) {
      p = d.expr.end;
      basis = 'yoy';
    }
  }
  const dir = r.directions.matchAt(text, p, limit);
  return dir && dir.value.rule.sign === 0 ? { end: dir.end, basis } : null;
}

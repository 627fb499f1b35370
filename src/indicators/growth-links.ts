// Growth rates and the amounts they belong to across a clause, in the two orders reports
// and releases write them (rates.ts pairs a rate right after its level):
//   rate after its amount, a clause apart: 国内生产总值1349084亿元，按不变价格计算，比上年增长5.0%
//   amount after its own growth clause:    外贸进出口增长8.4%，总额突破8000亿元
// The amount takes the rate as its change; the rate stays a figure of its own in the second
// order (the gold counts it twice), and is folded into the amount in the first, as a rate
// right after its level is.
import type { Context } from '../context/context.js';
import type { Candidate } from './candidate.js';
import { isIncrement, mayChangeLevel, mayLendChange } from './rates.js';
import { trimLabel } from './label-text.js';
import { skipSpaces } from '../numbers/chars.js';

/** Clauses a rate may stand apart from its amount: one aside (按不变价格计算, 位居全省第一) and one share. */
const MAX_CLAUSES_APART = 2;

/**
 * A rate whose clause names no subject of its own (…，同比增长15.2%; …，与去年同期相比增幅达到
 * 12.8%) after a level a clause or two before: the level's change. What stands between
 * is asides that name no metric (按不变价格计算, 规模连续第29年居内地外贸城市首位), or figures
 * that take no growth (a share 占GDP的26.7%, an increment 比同期增加73.5亿元).
 */
export function pairRatesAcrossClauses(ctx: Context, cands: readonly Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const rate = cands[i]!;
    if (!rate.rate || rate.consumed || !mayLendChange(rate) || rate.rate.respectively) continue;
    if (!bareRateClause(ctx, rate)) continue;
    let j = i - 1;
    while (j >= 0 && takesNoGrowth(ctx, cands[j]!)) j--;
    const level = cands[j];
    if (!level || level.clause === rate.clause || !mayChangeLevel(ctx, level)) continue;
    if (!asidesBetween(ctx, level, rate)) continue;
    level.change = { basis: rate.rate.basis, value: rate.rate.sign * rate.quantity.value, unit: '%' };
    level.changeEnd = rate.q.end;
    rate.consumed = true;
    if (ctx.tracing) note(ctx, level, rate, 'a rate a clause after its amount, with no subject of its own');
    const exact = j > 0 ? markPassedBy(ctx, cands[j - 1]!, level) : null;
    if (exact) {
      exact.change = level.change;
      if (ctx.tracing) note(ctx, exact, rate, 'a rate after the mark its amount passed');
    }
  }
}

/** How far above its mark an amount may be and still be the figure the mark restates (101.6万亿 past 100万亿, not 150万亿 past 100万亿). */
const MARK_RESTATES_BELOW = 1.5;

/**
 * 国内生产总值1015986亿元，首次突破了100万亿元大关，比上年增长了2.3%: the mark a clause says
 * the amount before it passed restates that amount, so the rate after the mark is the
 * amount's change too. The mark is just below the amount, and its clause names nothing else.
 */
function markPassedBy(ctx: Context, amount: Candidate, mark: Candidate): Candidate | null {
  const a = amount.quantity;
  const m = mark.quantity;
  if (m.approx !== 'over' || a.approx !== null || amount.rate || amount.change || amount.consumed) return null;
  if (a.unit !== m.unit || !(a.value >= m.value && a.value < MARK_RESTATES_BELOW * m.value)) return null;
  if (amount.clause.end > mark.clause.start || clausesBetween(ctx, amount.q.end, mark.clause.start) !== 1) return null;
  const names = ctx.rules.metrics.findAll(ctx.doc.match, mark.clause.start, mark.q.start);
  return names.length === 0 ? amount : null;
}

/**
 * An amount whose own words name only what its growth clause measured (总额, 总量, 规模; or
 * the same metric: GDP增幅达到10.6%，经济总量达到11779亿元), right after that growth rate:
 * the rate is its change, and stays a figure too.
 */
export function pairAmountsAfterGrowth(ctx: Context, cands: readonly Candidate[]): void {
  const text = ctx.doc.match;
  for (let i = 1; i < cands.length; i++) {
    const level = cands[i]!;
    const rate = cands[i - 1]!;
    if (!mayChangeLevel(ctx, level) || level.quantity.class === 'percent') continue;
    if (!rate.rate || rate.consumed || !mayLendChange(rate) || rate.rate.respectively) continue;
    if (rate.clause === level.clause) {
      if (reachedRightAfter(ctx, rate, level)) lendChange(ctx, rate, level);
      continue;
    }
    if (ctx.rules.metrics.firstIn(text, rate.q.end, level.clause.start) !== null) continue;
    if (clausesBetween(ctx, rate.q.end, level.clause.start) > MAX_CLAUSES_APART - 1) continue;
    if (reachedAlone(ctx, level)) {
      lendChange(ctx, rate, level);
      level.reachedBy = rate;
    } else if (namesWhatGrew(ctx, rate, level)) lendChange(ctx, rate, level);
  }
}

function lendChange(ctx: Context, rate: Candidate, level: Candidate): void {
  level.change = { basis: rate.rate!.basis, value: rate.rate!.sign * rate.quantity.value, unit: '%' };
  if (ctx.tracing) note(ctx, level, rate, 'an amount after its own growth clause, naming what grew');
}

/**
 * 地区生产总值增长5.5%、达到10.3万亿元; 资产总额增长116.2%、达到23.2万亿元: the level a growth
 * reached, told right after it with 、 and a verb of reaching (span-level), is what grew.
 */
function reachedRightAfter(ctx: Context, rate: Candidate, level: Candidate): boolean {
  const text = ctx.doc.match;
  if (text[rate.q.end] !== '、') return false;
  const from = rate.q.end + 1;
  if (from === level.q.start) return level.q.numberStart > level.q.start;
  return ctx.rules.marker('span-level').matchAt(text, from, level.q.start)?.end === level.q.start;
}

/** 总额, 总量首次, 经济总量 (after GDP增幅): the amount's own words name nothing else than the rate's. */
function namesWhatGrew(ctx: Context, rate: Candidate, level: Candidate): boolean {
  const text = ctx.doc.match;
  const t = trimLabel(ctx, level.clause.start, level.q.start);
  if (t.end <= t.start) return false;
  const own = ctx.rules.metrics.findAll(text, t.start, t.end);
  if (own.length === 0) {
    // 总额, 总量首次: a word that names nothing, or a metric's tail with the metric left out,
    // and at most an adverb after it.
    const word =
      ctx.rules.labelVague.matchAt(text, t.start, t.end) ??
      ctx.rules.marker('metric-tail').matchAt(text, t.start, t.end);
    return word !== null && word.end - word.start >= 2 && t.end - word.end <= 2;
  }
  const before = ctx.rules.metrics.findAll(text, rate.clause.start, rate.q.start);
  const grew = before[before.length - 1];
  return grew !== undefined && own.every((m) => m.value.rule.id === grew.value.rule.id);
}

/** 进出口总额比上年增长37.1%，达到8512亿美元: a clause that is only a verb of reaching and the amount tells what grew. */
function reachedAlone(ctx: Context, level: Candidate): boolean {
  const text = ctx.doc.match;
  const from = skipSpaces(text, level.clause.start, level.q.start);
  return ctx.rules.marker('span-level').matchAt(text, from, level.q.start)?.end === level.q.start;
}

/** The rate's clause has no subject: nothing but its rate phrase, or a comparison with the period before. */
function bareRateClause(ctx: Context, c: Candidate): boolean {
  const text = ctx.doc.match;
  let p = c.clause.start;
  while (p < c.rate!.start && /[\s,，]/.test(text[p]!)) p++;
  if (p === c.rate!.start) return true;
  // 与去年同期相比增幅达到12.8%: a comparison opener, a date, 同期?, 相比?.
  const cmp = ctx.rules.marker('comparison').matchAt(text, p, c.rate!.start);
  if (!cmp) return false;
  const date = ctx.dates.startingAt(cmp.end, c.rate!.start);
  if (!date) return false;
  const after = ctx.rules.marker('baseline-after').matchAt(text, date.expr.end, c.rate!.start);
  return (after ? after.end : date.expr.end) === c.rate!.start;
}

/** A share (占GDP的26.7%) or an increment (比同期增加73.5亿元) takes no growth rate: the rate is the amount's before it. */
function takesNoGrowth(ctx: Context, c: Candidate): boolean {
  return !c.rate && !c.change && (c.quantity.unit === '%' || isIncrement(ctx, c));
}

/** Between a level and a rate a clause or two later: no metric named outside the figures that take no growth. */
function asidesBetween(ctx: Context, level: Candidate, rate: Candidate): boolean {
  if (clausesBetween(ctx, level.q.end, rate.clause.start) > MAX_CLAUSES_APART) return false;
  const text = ctx.doc.match;
  const names = ctx.rules.metrics.findAll(text, level.q.end, rate.clause.start);
  // 占GDP的26.7%: a share names what it is a share of; 按不变价格计算 says how a rate is measured.
  return names.every((m) => {
    const clause = ctx.clauseAt(m.start);
    if (clause === undefined) return false;
    if (ctx.rules.marker('share').firstIn(text, clause.start, m.start) !== null) return true;
    let p = clause.start;
    while (p < clause.end && /[\s,，]/.test(text[p]!)) p++;
    return ctx.rules.changes.matchAt(text, p, clause.end)?.end === clause.end;
  });
}

/** How many clause breaks lie in [from, to); a semicolon parts topics, so it counts as too many. */
function clausesBetween(ctx: Context, from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p++) {
    const ch = ctx.doc.match[p]!;
    if (ch === ';' || ch === '；') return Infinity;
    if (ch === ',' || ch === '，') n++;
  }
  return n;
}

function note(ctx: Context, level: Candidate, rate: Candidate, why: string): void {
  ctx.note({
    stage: 'indicator',
    start: level.q.start,
    end: rate.q.end,
    rule: rate.quantity.ref,
    verdict: 'info',
    message: `${rate.quantity.raw} is the change of ${level.quantity.raw}: ${why}`,
  });
}

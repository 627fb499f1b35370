// Rates of change and the levels they belong to: which quantities are rates (同比增长3.4%,
// 13.8%的GDP增幅), which carry a change of their own (a growth in % told by a verb: 增长5%,
// not 增速为5% nor 比2019年同期增长11.1%), a rate right after a level is that level's change
// (9385.6亿元,同比增长3.4%), 持平 after a level is a change of 0, and a 百分点 distance below
// its reference is negative (低于全国0.4个百分点).
import type { Context } from '../context/context.js';
import type { Clause, Sentence } from '../segment/sentences.js';
import type { QuantityMatch } from '../numbers/quantities.js';
import { perRuleSet } from '../rules/compiled.js';
import type { Change } from '../facts.js';
import type { Basis, Candidate, Rate } from './candidate.js';
import type { ResolvedDate } from '../dates/resolve.js';
import { LIST_JOINER } from './words.js';
import { charClass } from './char-class.js';
import { closeUp, skipSpaces } from '../numbers/chars.js';

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
    // 减少8%至10%, 增长6%－6.5%: a range's upper end is a rate the same way, a fall too.
    if (!c.rate && prev?.rate && ctx.rules.marker('range').matchAt(text, prev.q.end)?.end === c.q.start)
      c.rate = { ...prev.rate, start: c.q.start };
    if (!c.rate && c.quantity.class === 'percent') c.rate = changeAfter(ctx, c);
    if (!c.rate && c.quantity.class === 'percent' && rateNounAfter(ctx, c.q, c.clause))
      c.rate = { start: c.q.start, basis: null, sign: 1, words: '', respectively: false, noun: true, namedBase: false };
  });
}

/** 继续实现38.6%的增长, 出现2%的下降: a percentage that 的 and a verb of change close is that change. */
function changeAfter(ctx: Context, c: Candidate): Rate | null {
  const text = ctx.doc.match;
  if (text[c.q.end] !== '的') return null;
  const dir = ctx.rules.directions.matchAt(text, c.q.end + 1, c.clause.end);
  if (!dir || dir.value.rule.noun || dir.value.rule.sign === 0) return null;
  // …的增长贡献率: the verb opens a longer noun, which names something else.
  if (dir.end < c.clause.end && !/[\s,，。;；、)）]/.test(text[dir.end]!)) return null;
  const basis = ctx.rules.changes.matchEndingAt(text, closeUp(text, c.q.start, c.clause.start), c.clause.start);
  const b = basis?.value.rule.basis;
  return {
    start: c.q.start,
    basis: b && b !== 'none' ? b : null,
    sign: dir.value.rule.sign,
    words: '',
    respectively: false,
    noun: false,
    namedBase: false,
  };
}

/** The figure's value: a rate's signed by its direction (下降2.4% → -2.4), a distance below its reference negative. */
export function signedValue(ctx: Context, c: Candidate): number {
  const sign = c.rate ? c.rate.sign : 1;
  // (低于去年7.4%的增速0.4个百分点: a distance a rate noun names is still below.)
  const below = c.quantity.unit === 'pp' && (!c.rate || c.rate.noun) && belowReference(ctx, c);
  return (below || pulledDown(ctx, c) ? -sign : sign) * c.quantity.value;
}

/**
 * 负向拉动全市投资8.7个百分点, 拉低GDP增长0.3个百分点: a pull down on growth is a negative
 * pull, whatever verb of growth follows its object (markers.yaml#pull-down).
 */
function pulledDown(ctx: Context, c: Candidate): boolean {
  return (
    c.quantity.unit === 'pp' && ctx.rules.marker('pull-down').firstIn(ctx.doc.match, c.clause.start, c.q.start) !== null
  );
}

/**
 * 低于全国0.4个百分点, 比全国低0.4个百分点: the last comparison word before the distance in
 * its clause puts the subject below the reference (markers.yaml#rate-below) rather than
 * above it (#rate-comparison: 高于, 快于).
 */
function belowReference(ctx: Context, c: Candidate): boolean {
  const text = ctx.doc.match;
  const belows = ctx.rules.marker('rate-below').findAll(text, c.clause.start, c.q.start);
  if (belows.length === 0) return false;
  const below = belows[belows.length - 1]!.start;
  // 高于 (rate-comparison) after it: above. (低于 is in both lists.)
  const aboves = ctx.rules
    .marker('rate-comparison')
    .findAll(text, c.clause.start, c.q.start)
    .filter((m) => !belows.some((b) => b.start === m.start));
  const above = aboves.length > 0 ? aboves[aboves.length - 1]!.start : -1;
  // 低 and 慢 alone compare only in 比…低N个百分点: right before the number, after a 比 in the clause.
  const word = ctx.rules.marker('rate-below').matchAt(text, below);
  if (word && word.word.length === 1) {
    const next = text.slice(below + 1, c.q.numberStart);
    if (next.trim() !== '' || ctx.rules.marker('baseline-before').firstIn(text, c.clause.start, below) === null)
      return false;
  }
  return below > above;
}

/**
 * The change a rate carries of its own: a growth in % told by a verb (增长5% → 5; 下降2.4%
 * → -2.4), basis as stated or none. Not a rate a noun names (增速为5%), nor one against a
 * named base (比2019年同期增长11.1%), nor a 百分点 distance or a 倍 multiple.
 */
export function ownChange(c: Candidate): Change | null {
  const rate = c.rate;
  if (!rate || rate.noun || rate.namedBase || c.quantity.unit !== '%' || rate.sign === 0) return null;
  return { basis: rate.basis, value: rate.sign * c.quantity.value, unit: '%' };
}

/** The rate phrase ending right before a quantity, if any. */
function rateBefore(ctx: Context, q: QuantityMatch, floor: number): Rate | null {
  const text = ctx.doc.match;
  const r = ctx.rules;
  let p = closeUp(text, q.start, floor);
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
  // 两年分别平均增长33.9%和9.5%: 分别 inside the basis words.
  if (basis && each.firstIn(basis.word) !== null) respectively = true;
  // 分别比上年增长: 分别 may also come before the basis.
  m = basis ? each.matchEndingAt(text, start, floor) : null;
  if (m) {
    start = m.start;
    respectively = true;
  }
  // (同增17.1%: a shortened verb holds its basis)
  const b = basis?.value.rule.basis ?? dir.value.rule.basis;
  const words = ctx.doc.text.slice(start, dir.end);
  return {
    start,
    basis: b && b !== 'none' ? b : null,
    sign: dir.value.rule.sign,
    words: each.findAll(words).reduceRight((w, x) => w.slice(0, x.start) + w.slice(x.end), words),
    respectively,
    noun: dir.value.rule.noun,
    namedBase: basis ? false : namedBase(ctx, floor, start),
  };
}

/**
 * 比2019年同期增长11.1%, 比疫情前的2019年同期增长4.9%: a comparison with a year written out
 * between the clause's start and the rate's words, unless the figure is of the year after it:
 * its sentence names that year (2021年GDP比2020年增长8.1% is a growth on the year before), or
 * a date of it (4月，…投资2850亿元，比2020年同期下降5.0% in a 2021 page), or, dating nothing
 * itself, the page is of that year (春运发送旅客…比2020年同期下降43.1% on 2021-02-17).
 */
function namedBase(ctx: Context, floor: number, end: number): boolean {
  const text = ctx.doc.match;
  const cmp = ctx.rules.marker('comparison');
  const base = ctx.dates
    .within(floor, end)
    .find(
      (d) =>
        d.expr.year?.kind === 'absolute' &&
        cmp.firstIn(text, Math.max(floor, d.expr.start - 8), d.expr.start) !== null &&
        /^(?:同期)?(?:相比)?\s*$/.test(text.slice(d.expr.end, end)),
    );
  if (!base || base.expr.year?.kind !== 'absolute') return false;
  const next = String(base.expr.year.value + 1);
  const sentence = ctx.sentenceAt(base.expr.start);
  const own = (sentence ? ctx.dates.within(sentence.start, sentence.end) : []).filter(
    (d) => d !== base && !d.expr.since && d.period !== null,
  );
  // (a date of that year or a part of it, 2021-04, 2021-H1; not a span starting then, “十三五” 2016/2020)
  if (own.some((d) => d.period === next || d.period!.startsWith(`${next}-`))) return false;
  return own.length > 0 || ctx.doc.published?.slice(0, 4) !== next || deadlineBefore(ctx, sentence, next);
}

/**
 * 到2025年，…初步形成。单位国内生产总值能耗比2020年下降13.5%: a sentence with no date of its own
 * after a deadline in its paragraph tells that deadline's goals; a base year other than the year
 * before it is a named base.
 */
function deadlineBefore(ctx: Context, sentence: Sentence | undefined, next: string): boolean {
  if (!sentence) return false;
  // (the base years of the goals before it in the paragraph, 比2020年, are passed over)
  for (let i = ctx.dates.lowerBound(sentence.start) - 1; i >= 0; i--) {
    const d = ctx.dates.items[i]!;
    if (ctx.paragraphOf(d.expr.start) !== sentence.paragraph) return false;
    if (!d.expr.since) return !!d.expr.deadline && d.period !== next;
  }
  return false;
}

const OF = 0x7684; // 的
const rateNoun = perRuleSet((rules) => new RegExp(`^的([^,，。;；、]{0,16}?${rules.markerPattern('rate-noun')})`));

/** 的…增幅 (or 的增速 alone) right after a percentage: the whole phrase names the rate. */
export function rateNounAfter(ctx: Context, q: QuantityMatch, clause: Clause): RegExpExecArray | null {
  // (the phrase opens with 的: asked of every percentage, so the rest of the clause is cut only then)
  if (ctx.doc.match.charCodeAt(q.end) !== OF || q.end >= clause.end) return null;
  return rateNoun(ctx.rules).exec(ctx.doc.match.slice(q.end, clause.end));
}

/** A rate right after a level is that level's change (9385.6亿元,同比增长3.4%). */
export function pairLevelRates(ctx: Context, cands: readonly Candidate[]): void {
  const text = ctx.doc.match;
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1]!;
    if (!mayLendChange(c) || !mayChangeLevel(ctx, prev)) continue;
    // …A、B，分别提升5.3和12.4个百分点: a list of rates is not the change of the last level alone.
    if (c.rate!.respectively && cands[i + 1]?.rate?.respectively) continue;
    // Between them only punctuation, or a stated baseline (…67.7%,较2015年提升36个百分点).
    const gap = text.slice(prev.q.end, c.rate!.start);
    const baseline = ctx.dates.within(prev.q.end, c.rate!.start).some((d) => d.expr.since);
    if (!/^[\s,，、;；]*$/.test(gap) && !(baseline && /^[\s,，、;；]*[^,，、;；]*[\s,，]*$/.test(gap))) continue;
    const rate = turnedInto(ctx, c, cands[i + 1]) ?? c;
    prev.change = { basis: rate.rate!.basis, value: rate.rate!.sign * rate.quantity.value, unit: '%' };
    prev.changeEnd = rate.q.end;
    rate.consumed = true;
  }
}

/**
 * 利润总额5823.4亿元，由4月份同比下降4.3%转为同比增长6.0%: the rate a level's rate turned
 * into (markers.yaml#turn-into) is the level's change; the first is the period before's.
 */
function turnedInto(ctx: Context, c: Candidate, next: Candidate | undefined): Candidate | null {
  if (!next || !mayLendChange(next) || next.clause !== c.clause) return null;
  const text = ctx.doc.match;
  const turn = ctx.rules.marker('turn-into').matchAt(text, skipSpaces(text, c.q.end, next.rate!.start));
  return turn && skipSpaces(text, turn.end, next.rate!.start) === next.rate!.start ? next : null;
}

/**
 * May a rate be a level's change? A growth in % (not 提高0.8个百分点 nor 增长2倍), against the
 * period before (not 比2019年同期增长11.1%); told by a verb or a noun (…亿元，增速6.6%).
 */
export function mayLendChange(c: Candidate): boolean {
  return c.rate !== null && c.quantity.unit === '%' && !c.rate.namedBase && c.rate.sign !== 0;
}

/**
 * May a figure take a rate as its change? A level with none yet; not a percentage (a share,
 * 占GDP的26.7%, or a rate: no gold figure in % has a change other than itself), nor an
 * increment (比同期增加73.5亿元: the growth that follows is of the total).
 */
export function mayChangeLevel(ctx: Context, c: Candidate): boolean {
  return !c.rate && !c.change && !c.consumed && c.quantity.unit !== '%' && !isIncrement(ctx, c);
}

/** 比同期增加73.5亿元, 减少1.2万吨: an amount a verb of change tells is how much something grew. */
export function isIncrement(ctx: Context, c: Candidate): boolean {
  const text = ctx.doc.match;
  const at = closeUp(text, c.q.start, c.clause.start);
  const glue = ctx.rules.marker('change-glue').matchEndingAt(text, at, c.clause.start);
  const dir = ctx.rules.directions.matchEndingAt(text, glue ? glue.start : at, c.clause.start);
  return dir !== null && !dir.value.rule.noun && dir.value.rule.sign !== 0;
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

const isGap = charClass(/[\s,，]/);

/**
 * The basis a baseline date names after a comparison word: the month before (与上月持平) is
 * month on month; any other period (上年, 去年同期, 去年同月) is year on year.
 */
export function baselineBasis(d: ResolvedDate): 'yoy' | 'mom' {
  return d.expr.months === -1 ? 'mom' : 'yoy';
}

/** ,与上年持平 / ,同比持平 right after `pos`: a direction of sign 0, maybe with a comparison and a basis. */
function flatAfter(ctx: Context, pos: number, limit: number): { end: number; basis: Basis } | null {
  const text = ctx.doc.match;
  const r = ctx.rules;
  let p = pos;
  while (p < limit && isGap(text.charCodeAt(p))) p++;
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
      basis = baselineBasis(d);
    }
  }
  const dir = r.directions.matchAt(text, p, limit);
  return dir && dir.value.rule.sign === 0 ? { end: dir.end, basis } : null;
}

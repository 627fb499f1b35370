// Which quantities of a sentence may be figures: not a number inside a title, a name or
// a date, nor the end of a range, nor a count told in words (两座, 三位). Each one kept
// becomes a Candidate, with its value resolved and its clause.
import type { NamedContext } from '../context/context.js';
import type { Clause, Sentence } from '../segment/sentences.js';
import { findQuantities, inShortQuotation, type QuantityMatch } from '../numbers/quantities.js';
import { resolveQuantity } from '../numbers/resolve.js';
import type { Candidate } from './candidate.js';
import { EACH, ONE_TO_NINE, TEN } from '../rules/vocabulary.js';
import { overlapsDate } from './date-overlap.js';
import { holdsDigit } from './char-class.js';

/** What a range's first end is written with (5-7倍, 三至五家). */
const RANGE_FROM = new RegExp(`[\\d${ONE_TO_NINE}${TEN}]`);

export function sentenceCandidates(ctx: NamedContext, sentence: Sentence): Candidate[] {
  const { doc, rules } = ctx;
  const found = findQuantities(doc.match, rules, sentence.start, sentence.end);
  // (most sentences hold no number: nothing more is built for them)
  if (found.length === 0) return [];
  const cands: Candidate[] = [];
  // (every number found is in this sentence: its clause is looked up among the sentence's
  // clauses, as ctx.clauseAt would after finding the sentence among the page's)
  const clauses = ctx.clausesOf(sentence);
  let at = 0;
  for (let i = 0; i < found.length; i++) {
    const q = found[i]!;
    at = clauseIndex(clauses, q.numberStart, at);
    const clause = clauses[at] ?? sentence;
    const why = whyNotAFigure(ctx, q, clause);
    if (why) {
      if (ctx.tracing)
        ctx.note({
          stage: 'quantity',
          start: q.start,
          end: q.end,
          rule: q.unit?.value.ref ?? null,
          verdict: 'dropped',
          message: why,
        });
      continue;
    }
    const quantity = resolveQuantity(q, doc.text, q.unit ? null : bareKind(ctx, q, clause));
    if (ctx.tracing)
      ctx.note({
        stage: 'quantity',
        start: q.start,
        end: q.end,
        rule: quantity.ref,
        verdict: 'info',
        message: `${quantity.raw} → ${quantity.value} ${quantity.unit}${quantity.measure ? ` (${quantity.measure})` : ''}${quantity.approx ? `, ${quantity.approx}` : ''}`,
      });
    cands.push({
      q,
      quantity,
      clause,
      rate: null,
      label: null,
      metric: null,
      metricRef: null,
      change: null,
      changeEnd: q.end,
      paired: false,
      compared: false,
      consumed: false,
    });
  }
  return cands;
}

/**
 * The index of the last clause starting at or before `offset` (the first when none does), as
 * ctx.clauseAt, looked for from the clause `from` on: the numbers come in order, and a long
 * sentence (a table's lines, a list) has hundreds of clauses and of numbers.
 */
function clauseIndex(clauses: readonly Clause[], offset: number, from: number): number {
  let at = from < clauses.length && clauses[from]!.start <= offset ? from : 0;
  while (at + 1 < clauses.length && clauses[at + 1]!.start <= offset) at++;
  return at;
}

/** Why a quantity is not a figure, or null when it may be one. */
function whyNotAFigure(ctx: NamedContext, q: QuantityMatch, clause: Clause): string | null {
  // With no one listening the reason goes untold: the checks that turn down most numbers (a
  // bare 2021 or 3, a unit no indicator has) and cost least come first.
  if (!ctx.tracing && plainlyNoFigure(ctx, q, clause)) return 'no figure';
  const text = ctx.doc.match;
  if (ctx.isQuoted(q.start, q.end)) return 'inside a title (《…》) or the page header';
  if (q.chineseOnly && inShortQuotation(text, q.start, q.end, ctx.rules))
    return 'a numeral in a quoted slogan (塑造“十个新优势”, markers.yaml#slogan-quote)';
  if (ctx.orgSpans.contains(q.numberStart, q.numberEnd)) return "part of an organization's name";
  if (overlapsDate(ctx, q.numberStart, q.numberEnd)) return 'part of a date';
  // 5-7倍, 3至5家: a range is not one figure, and reporting either end would be wrong.
  const range = ctx.rules.marker('range').matchEndingAt(text, q.start);
  if (range && RANGE_FROM.test(text[range.start - 1] ?? '')) return 'the end of a range (markers.yaml#range)';
  if (!q.unit)
    return indexContext(ctx, q, clause) ? null : 'no unit (a bare number is a figure only after an index word)';
  // 每50公斤提高7.4元: the quantity a price is per, not a figure.
  if (ctx.rules.marker('per').matchEndingAt(text, q.start, clause.start)?.word === EACH)
    return 'what a price is per (markers.yaml#per)';
  if (ageBracket(text, q, clause))
    return 'an age bracket (60岁以上人口: units.yaml bracket) counts who is in it, not what is measured';
  if (classBound(ctx, q, clause))
    return 'a bound that picks out a class of things (营业收入2000万元以上的企业, 增速位于60%以上的行业)';
  // Counts of people (人, 位) are figures only when they count what a metric names (常住人口1026万人): decided once labelled.
  if (!q.unit.value.rule.indicator && q.unit.value.rule.class !== 'count')
    return `its unit is not an indicator's (${q.unit.value.ref}: ${q.unit.value.rule.class})`;
  if (q.chineseOnly && q.number < 10 && (q.unit.value.rule.class === 'count' || q.unit.value.rule.class === 'index'))
    return 'a small number in Chinese numerals (两座, 三位, 一点) is wording, not a figure';
  // 这3个省份的GDP, 上述28个省份: things counted before, referred to again.
  if (
    q.unit.value.rule.class === 'count' &&
    ctx.rules.marker('reference-before').matchEndingAt(text, q.start, clause.start)
  )
    return 'a count referring back to things already counted (markers.yaml#reference-before)';
  return null;
}

/**
 * 60岁以上人口, 18岁及以上常住人口: a bound of a bracket unit with words right after it marks who
 * is in the bracket; a bound closing its clause is a figure (人均预期寿命80岁以上).
 */
function ageBracket(text: string, q: QuantityMatch, clause: Clause): boolean {
  const bound = q.approx?.value.rule.approx;
  if (!q.unit?.value.rule.bracket || (bound !== 'over' && bound !== 'under') || q.end >= clause.end) return false;
  return !/[\s,，;；。、：:）)]/.test(text[q.end]!);
}

/**
 * 年营业收入2000万元以上的服务业企业, 增速位于60%以上的行业有28个: a bound (以上, 以下) followed
 * by 的, told of a measure (a metric's name or a rate noun right before it) or after a word of
 * position (markers.yaml#class-bound-before), names which things are meant, not a figure. After
 * a verb (覆盖了90%以上的高职院校) or a scope (全市九成以上的企业) it is a share, and a figure.
 */
function classBound(ctx: NamedContext, q: QuantityMatch, clause: Clause): boolean {
  const text = ctx.doc.match;
  const r = ctx.rules;
  const bound = q.approx?.value.rule.approx;
  if ((bound !== 'over' && bound !== 'under') || q.approx!.start < q.numberEnd || text[q.end] !== '的') return false;
  if (r.marker('class-bound-before').matchEndingAt(text, q.start, clause.start)) return true;
  // (新签合同额在5000万美元以上的项目: 在 may stand between the measure and its bound)
  const end = text[q.start - 1] === '在' ? q.start - 1 : q.start;
  return (
    r.marker('rate-noun').matchEndingAt(text, end, clause.start) !== null ||
    r.metrics.matchEndingAt(text, end, clause.start) !== null
  );
}

/** A number whyNotAFigure turns down whatever else holds: bare and after no index word, or of a unit no indicator has. */
function plainlyNoFigure(ctx: NamedContext, q: QuantityMatch, clause: Clause): boolean {
  if (!q.unit) return !indexContext(ctx, q, clause);
  const rule = q.unit.value.rule;
  if (!rule.indicator && rule.class !== 'count') return true;
  return q.chineseOnly && q.number < 10 && (rule.class === 'count' || rule.class === 'index');
}

/** Is a bare number an index value (两化融合指数达到83) or a ratio (求人倍率为1.60)? */
function indexContext(ctx: NamedContext, q: QuantityMatch, clause: Clause): boolean {
  return bareKind(ctx, q, clause) !== null;
}

/** What a bare number after an index word (指数) or a ratio word (倍率, 倍差) is; null after neither. */
function bareKind(ctx: NamedContext, q: QuantityMatch, clause: Clause): 'index' | 'times' | null {
  const text = ctx.doc.match;
  // Index values are written in digits; a word numeral after 指数 is prose (指数一涨一落).
  if (!holdsDigit(text, q.start, q.end)) return null;
  const glue = ctx.rules.marker('change-glue').matchEndingAt(text, q.start, clause.start);
  const before = glue ? glue.start : q.start;
  if (ctx.rules.marker('index-word').matchEndingAt(text, before, clause.start)) return 'index';
  return ctx.rules.marker('ratio-word').matchEndingAt(text, before, clause.start) ? 'times' : null;
}

// The trigger words (events.yaml) that say what happened on a date, and the one that
// names the event.
import type { NamedContext } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import type { ResolvedDate } from '../dates/resolve.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import type { Ref } from '../rules/ruleset.js';
import type { TriggerRule } from '../rules/schema.js';
import type { EventReach } from './anchors.js';

export type TriggerMatch = LexiconMatch<Ref<TriggerRule>>;

/** A figure right after a trigger (投资额1375.5亿元): the word names an amount. */
const STATISTIC_AFTER = /^[^\s,，、;；。:：]{0,3}\d/;
/**
 * A rate or an amount further on in the word's clause (投资比上年增长8%, 投资分别达到48.8万亿元),
 * or a count of occurrences (发生生产安全事故120起).
 */
const FIGURE_LATER = /(?:增长|下降|达到?|为|突破|超过|比|同比)[^，,；;。]{0,12}\d|\d\s*[万亿]?\s*(?:起|次|例|宗|件)/;

/** 投资额1375.5亿元, 技改投资比上年增长8%: the word names an amount a statistic counts, not something done. */
function countsAnAmount(ctx: NamedContext, t: TriggerMatch): boolean {
  const text = ctx.doc.match;
  if (ctx.rules.marker('intent-before').matchEndingAt(text, t.start)) return false;
  if (STATISTIC_AFTER.test(text.slice(t.end, t.end + 6))) return true;
  const clause = ctx.clauseAt(t.start);
  return clause !== undefined && FIGURE_LATER.test(text.slice(t.end, clause.end));
}

/** Trigger words after the date, within its reach, that tell something happening. */
export function triggersAfter(
  ctx: NamedContext,
  d: ResolvedDate,
  reach: EventReach,
  sentence: Sentence,
): TriggerMatch[] {
  const text = ctx.doc.match;
  const hasDay = d.expr.day !== null;
  return (
    ctx.rules.triggers
      .findAll(text, d.expr.end, Math.min(reach.searchEnd, sentence.end))
      .filter((t) => !guarded(text, t))
      // 投资额1375.5亿元, 完成投资150亿元, 投资增长36%: investment as a statistic, not something done on a date.
      .filter((t) => !t.value.rule.amount || hasDay || !countsAnAmount(ctx, t))
      // 今年华为云城市峰会举办的第二站: with only 今年 to date it, an event needs a verb that tells
      // what happened — not a noun (峰会, priority 1), nor a verb before 的 that describes one
      // (2021年发布的“1号文件” still is an event: its year is written).
      // Nor a word that also names an amount (今年全社会固定资产投资预定增长10%: a statistic).
      .filter(
        (t) => !(reach.relativeYear && (t.value.rule.priority < 2 || t.value.rule.amount || text[t.end] === '的')),
      )
  );
}

/** 开幕倒计时, 秋粮收购: the word stands in a phrase where it tells nothing done (notFollowedBy, notPrecededBy). */
function guarded(text: string, t: TriggerMatch): boolean {
  const { notFollowedBy, notPrecededBy } = t.value.rule;
  return notFollowedBy.some((w) => text.startsWith(w, t.end)) || notPrecededBy.some((w) => text.endsWith(w, t.start));
}

/**
 * The event is what the first clause with a trigger says (召开…大会, not a signing told after it);
 * within that clause the strongest trigger wins (举行…签约仪式 is a signing).
 */
export function strongestTrigger(ctx: NamedContext, found: readonly TriggerMatch[]): TriggerMatch | null {
  // 在第二届进博会上，…迎来了集中签约: a meeting named as the setting (a noun, priority 1)
  // gives way to a verb told after it.
  const told = found.find((t) => t.value.rule.priority >= 2) ?? found[0];
  const firstClause = told ? ctx.clauseAt(told.start)! : null;
  const triggers = found.filter((t) => firstClause && t.start >= firstClause.start && t.start < firstClause.end);
  return triggers.reduce<TriggerMatch | null>(
    (a, b) => (!a || b.value.rule.priority > a.value.rule.priority ? b : a),
    null,
  );
}

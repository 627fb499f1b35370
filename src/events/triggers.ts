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
      // 投资额1375.5亿元, 完成投资150亿元, 投资增长36%: investment as a statistic, not something done on a date.
      .filter((t) => !t.value.rule.amount || hasDay || !STATISTIC_AFTER.test(text.slice(t.end, t.end + 6)))
      // 今年华为云城市峰会举办的第二站: with only 今年 to date it, an event needs a verb that tells
      // what happened — not a noun (峰会, priority 1), nor a verb before 的 that describes one
      // (2021年发布的“1号文件” still is an event: its year is written).
      // Nor a word that also names an amount (今年全社会固定资产投资预定增长10%: a statistic).
      .filter(
        (t) => !(reach.relativeYear && (t.value.rule.priority < 2 || t.value.rule.amount || text[t.end] === '的')),
      )
  );
}

/**
 * The event is what the first clause with a trigger says (召开…大会, not a signing told after it);
 * within that clause the strongest trigger wins (举行…签约仪式 is a signing).
 */
export function strongestTrigger(ctx: NamedContext, found: readonly TriggerMatch[]): TriggerMatch | null {
  const firstClause = found.length ? ctx.clauseAt(found[0]!.start)! : null;
  const triggers = found.filter((t) => firstClause && t.start >= firstClause.start && t.start < firstClause.end);
  return triggers.reduce<TriggerMatch | null>(
    (a, b) => (!a || b.value.rule.priority > a.value.rule.priority ? b : a),
    null,
  );
}

// Whether a figure is an actual, a target (目标, 力争, 到2025年) or a plan (将, 计划): the
// status words of its sentence up to its clause's end (indicators.yaml status rules).
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { QuantityMatch } from '../../numbers/quantities.js';
import type { ResolvedDate } from '../../dates/resolve.js';
import type { LexiconMatch } from '../../rules/lexicon.js';
import type { Ref } from '../../rules/ruleset.js';
import type { StatusRule } from '../../rules/schema.js';
import type { Status } from '../draft.js';
import { TAG } from '../../segment/tags.js';

export function statusFor(
  ctx: Context,
  sentence: Sentence,
  clause: Clause,
  q: QuantityMatch,
  period: ResolvedDate | null,
): Status {
  const text = ctx.doc.match;
  if (period?.expr.deadline) return 'target';
  const found = ctx.rules.status
    .findAll(text, sentence.start, clause.end)
    .filter((m) => m.start < q.start || m.start >= q.end);
  if (
    found.some(
      (m) =>
        m.value.rule.status === 'target' && (m.value.rule.noun ? namesGoalOf(text, m, q, clause) : m.start < q.start),
    )
  )
    return 'target';
  return found.some((m) => m.value.rule.status === 'plan' && m.start < q.start && isPlanWord(ctx, m, q))
    ? 'plan'
    : 'actual';
}

/** A plan word before the figure says "will" of it. */
function isPlanWord(ctx: Context, m: LexiconMatch<Ref<StatusRule>>, q: QuantityMatch): boolean {
  const tokens = ctx.tokensAround(m.start, m.end);
  // a plan word must be a word of its own (将近 is "nearly"), and not open a prepositional phrase (将凭借 …)
  if (!tokens.some((t) => t.start === m.start) || !tokens.some((t) => t.end === m.end)) return false;
  // 将2.8万亿元资金纳入…: 将 right before a figure is 把 (it moves the figure), not "will".
  if (m.end === q.numberStart) return false;
  const i = tokens.findIndex((t) => t.end === m.end);
  const next = tokens[i + 1];
  return !(next && (next.tag === TAG.preposition || (ctx.rules.labelLead.has(next.word) && next.word !== '将')));
}

/** A goal noun (目标) holds a figure just before it in its clause (5000个的年度目标), or one it introduces (目标是…). */
function namesGoalOf(text: string, goal: { start: number; end: number }, q: QuantityMatch, clause: Clause): boolean {
  if (goal.start >= q.end) return goal.start - q.end <= 6 && goal.start < clause.end;
  return goal.start >= clause.start || /^\s*(?:是|为|:|：)/.test(text.slice(goal.end, goal.end + 2));
}

// Events: a clause that says something happened (or will) at a stated date.
// A date with a day (5月13日) makes an event by itself; a coarser one (2021年,
// 3月份, 年底) only with a trigger word after it in its clause or segment.
import type { NamedContext } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import type { ResolvedDate } from '../dates/resolve.js';
import type { Lexicon } from '../rules/lexicon.js';
import { anchorDates, eventReach } from './anchors.js';
import { triggersAfter, strongestTrigger, type TriggerMatch } from './triggers.js';
import { eventDraft, type EventDraft } from './draft.js';
import { mergePatternEvents } from './patterns.js';

export type { EventDraft } from './draft.js';

export function extractEvents(ctx: NamedContext, people: Lexicon<true>): EventDraft[] {
  const out: EventDraft[] = [];
  for (const sentence of ctx.sentences) {
    const dates = anchorDates(ctx, sentence);
    dates.forEach((d, i) => {
      const event = eventOf(ctx, sentence, dates, i, people);
      if (event) out.push(event);
    });
  }
  return mergePatternEvents(ctx, out, people);
}

/** The event the i-th anchor date of a sentence dates, or null (with why, to explain). */
function eventOf(
  ctx: NamedContext,
  sentence: Sentence,
  dates: readonly ResolvedDate[],
  i: number,
  people: Lexicon<true>,
): EventDraft | null {
  const d = dates[i]!;
  const reach = eventReach(ctx, sentence, dates, i);
  if (reach.statistic)
    return dropped(ctx, d, 'a relative year alone, with a figure in its clause: a statistic, not an event');
  const found = triggersAfter(ctx, d, reach, sentence);
  if (found.length === 0 && d.expr.day === null)
    return dropped(ctx, d, 'a date without a day needs a trigger word after it in its clause (events.yaml)');
  const best = strongestTrigger(ctx, found);
  const { start, end } = eventSpan(ctx, sentence, reach.clause, d, best);
  const draft = eventDraft(
    ctx,
    d,
    { start, end, rule: best?.value.ref ?? d.expr.ref, kind: best?.value.rule.kind ?? 'other' },
    people,
  );
  if (ctx.tracing)
    ctx.note({
      stage: 'event',
      start,
      end,
      rule: draft.rule,
      verdict: 'kept',
      message: `${d.date} (${d.basis}) ${best ? `${best.value.rule.kind}, trigger ${best.word}` : 'other, no trigger'}`,
    });
  return draft;
}

/**
 * What the event covers: from the date's clause to the clause of its trigger; without
 * one, the date's clause, or the next when the date's is only the date (昨天(10月27日),…).
 */
function eventSpan(
  ctx: NamedContext,
  sentence: Sentence,
  clause: { start: number; end: number },
  d: ResolvedDate,
  best: TriggerMatch | null,
): { start: number; end: number } {
  const text = ctx.doc.match;
  const onlyDate =
    text
      .slice(clause.start, clause.end)
      .replace(text.slice(d.expr.start, d.expr.end), '')
      .replace(/[\s()（）]/g, '').length <= 2;
  const following = ctx.clausesOf(sentence).find((c) => c.start >= clause.end && c.start < sentence.end);
  const end = best ? ctx.clauseAt(best.start)!.end : onlyDate && following ? following.end : clause.end;
  return { start: clause.start, end };
}

function dropped(ctx: NamedContext, d: ResolvedDate, message: string): null {
  if (ctx.tracing)
    ctx.note({ stage: 'event', start: d.expr.start, end: d.expr.end, rule: d.expr.ref, verdict: 'dropped', message });
  return null;
}

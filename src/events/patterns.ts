// Events from the rules' event patterns: the first date inside the match dates it;
// it replaces a built-in event on the same date.
import type { NamedContext } from '../context/context.js';
import type { EventKind } from '../facts.js';
import type { People } from '../organizations/people.js';
import { mergePatternDrafts } from '../context/patterns.js';
import { eventDraft, type EventDraft } from './draft.js';

export function mergePatternEvents(ctx: NamedContext, builtin: EventDraft[], people: People): EventDraft[] {
  return mergePatternDrafts(ctx, 'event', builtin, (m, current) => {
    const d = ctx.dates.within(m.start, m.end).find((x) => x.date !== null && x.basis !== null);
    if (!d) return 'no date inside the match';
    const kind = (m.rule.kind as EventKind | undefined) ?? 'other';
    const draft = eventDraft(ctx, d, { start: m.start, end: m.end, rule: m.ref, kind }, people);
    return {
      draft,
      replaces: current.filter((e) => e.dateText === draft.dateText && e.start <= d.expr.start && d.expr.end <= e.end),
      message: `${draft.date} ${draft.kind}`,
    };
  });
}

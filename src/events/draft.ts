// An event before ids are assigned, built the same way from a date for the built-in
// rules and for a rule file's patterns.
import type { NamedContext } from '../context/context.js';
import type { ResolvedDate, DateBasis } from '../dates/resolve.js';
import type { EventKind } from '../facts.js';
import type { Evidence } from '../document/metadata.js';
import type { People } from '../organizations/people.js';

export interface EventDraft {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly date: string;
  readonly dateText: string;
  readonly dateBasis: DateBasis;
  readonly yearFrom: Evidence | null;
  readonly kind: EventKind;
  readonly orgs: string[];
  readonly people: string[];
}

/** The draft of an event over [start, end) dated by `d` (a date with a year), with who is named in it. */
export function eventDraft(
  ctx: NamedContext,
  d: ResolvedDate,
  what: { readonly start: number; readonly end: number; readonly rule: string; readonly kind: EventKind },
  people: People,
): EventDraft {
  const text = ctx.doc.text;
  return {
    start: what.start,
    end: what.end,
    rule: what.rule,
    date: d.date!,
    dateText: text.slice(d.expr.start, d.expr.end),
    dateBasis: d.basis!,
    yearFrom: d.yearFrom ? { ...d.yearFrom, text: text.slice(d.yearFrom.start, d.yearFrom.end) } : null,
    kind: what.kind,
    orgs: [...new Set(ctx.orgSpans.within(what.start, what.end).map((m) => m.canonical))],
    people: [...new Set(people.findIn(what.start, what.end).map((p) => p.name))],
  };
}

// A document's dates, resolved once: against its publication date (or --ref-date) and
// its layout, each saying where its year came from. `explain` hears how each resolved.
import type { Document } from '../document/document.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Sentence } from '../segment/sentences.js';
import type { Sections } from '../segment/sections.js';
import { datesOfText } from '../dates/text-dates.js';
import type { ResolvedDate } from '../dates/resolve.js';
import type { Trace } from './trace.js';

export function documentDates(
  doc: Document,
  rules: RuleSet,
  sentences: readonly Sentence[],
  sections: Sections,
  refDate: string | null,
  trace: Trace | undefined,
): ResolvedDate[] {
  const dates = datesOfText(doc.match, rules, sentences, sections, {
    published: doc.published,
    publishedAt: doc.publishedEvidence,
    refDate,
  });
  if (trace) for (const d of dates) trace(dateNote(doc, d));
  return dates;
}

function dateNote(doc: Document, d: ResolvedDate): Parameters<Trace>[0] {
  const from = d.yearFrom ? ` (year from ${JSON.stringify(doc.text.slice(d.yearFrom.start, d.yearFrom.end))})` : '';
  return {
    stage: 'date',
    start: d.expr.start,
    end: d.expr.end,
    rule: d.expr.ref,
    verdict: 'info',
    message: d.date
      ? `→ ${d.date}, period ${d.period}, ${d.basis}${from}${d.expr.since ? ', a starting point or baseline' : ''}${d.expr.deadline ? ', a deadline' : ''}`
      : 'no year to be had: unresolved',
  };
}

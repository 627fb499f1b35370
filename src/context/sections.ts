// A document's sections as frames for its figures: where the innermost heading over an
// offset starts (what was said before it does not carry past it), and the periods its
// headings name (一、2020年工作回顾; the title 2012年…统计公报), which src/frames/ makes
// the time of each section's frame.
import type { ResolvedDate } from '../dates/resolve.js';
import type { Span } from '../document/titles.js';
import type { Sentence } from '../segment/sentences.js';
import type { Sections } from '../segment/sections.js';
import type { SpanIndex } from '../segment/spans.js';
import type { TextStructure } from './structure.js';
import type { SectionFrames } from '../frames/frame.js';

export type { SectionFrames } from '../frames/frame.js';

export function sectionFrames(
  sentences: readonly Sentence[],
  structure: TextStructure,
  sections: Sections,
  dates: readonly ResolvedDate[],
  titles: SpanIndex<Span>,
): SectionFrames {
  const periods = headingPeriods(structure, dates, titles);
  const over = (offset: number) => sections.headingsOver(Math.max(0, structure.sentenceIndexAt(offset)));
  // field by field, not `...sections`: a spread copies by generic property lookups
  return {
    headingsOver: sections.headingsOver,
    heads: sections.heads,
    digest: sections.digest,
    title: sections.title,
    headingPeriods: (index) => periods.get(index) ?? [],
    startOf(offset) {
      const headings = over(offset);
      return headings.length ? sentences[headings[headings.length - 1]!]!.start : 0;
    },
  };
}

/** The periods each heading names (not a day, a baseline or a target, nor inside a 《title》), in order. */
function headingPeriods(
  structure: TextStructure,
  dates: readonly ResolvedDate[],
  titles: SpanIndex<Span>,
): Map<number, ResolvedDate[]> {
  const out = new Map<number, ResolvedDate[]>();
  for (const d of dates) {
    const s = structure.sentenceAt(d.expr.start);
    if (
      !s?.heading ||
      d.period === null ||
      d.expr.day !== null ||
      d.expr.since ||
      d.expr.deadline ||
      titles.contains(d.expr.start, d.expr.end)
    )
      continue;
    const list = out.get(s.index);
    if (list) list.push(d);
    else out.set(s.index, [d]);
  }
  return out;
}

// A document's sections as frames for its figures: where the innermost heading over an
// offset starts (what was said before it does not carry past it), and the period its
// headings name (一、2020年工作回顾; the title 2012年…统计公报) for figures no nearer date dates.
import type { ResolvedDate } from '../dates/resolve.js';
import type { Span } from '../document/titles.js';
import type { Sentence } from '../segment/sentences.js';
import type { Sections } from '../segment/sections.js';
import type { SpanIndex } from '../segment/spans.js';
import type { TextStructure } from './structure.js';

export interface SectionFrames {
  /**
   * The period of the section `offset` is in: the first period (not a day, a baseline or
   * a target) of the last heading before it that names one.
   */
  periodOf(offset: number): ResolvedDate | null;
  /** Where the innermost heading over `offset` starts (0 with none). */
  startOf(offset: number): number;
}

export function sectionFrames(
  sentences: readonly Sentence[],
  structure: TextStructure,
  sections: Sections,
  dates: readonly ResolvedDate[],
  titles: SpanIndex<Span>,
): SectionFrames {
  const headingDates = firstHeadingPeriods(structure, dates, titles);
  const over = (offset: number) => sections.headingsOver(Math.max(0, structure.sentenceIndexAt(offset)));
  return {
    periodOf(offset) {
      const headings = over(offset);
      for (let i = headings.length - 1; i >= 0; i--) {
        const d = headingDates.get(headings[i]!);
        if (d && d.expr.start < offset) return d;
      }
      return null;
    },
    startOf(offset) {
      const headings = over(offset);
      return headings.length ? sentences[headings[headings.length - 1]!]!.start : 0;
    },
  };
}

/** The first period each heading names (not a day, a baseline or a target, nor inside a 《title》): its section's. */
function firstHeadingPeriods(
  structure: TextStructure,
  dates: readonly ResolvedDate[],
  titles: SpanIndex<Span>,
): Map<number, ResolvedDate> {
  const headingDates = new Map<number, ResolvedDate>();
  for (const d of dates) {
    const s = structure.sentenceAt(d.expr.start);
    if (
      !s?.heading ||
      headingDates.has(s.index) ||
      d.period === null ||
      d.expr.day !== null ||
      d.expr.since ||
      d.expr.deadline ||
      titles.contains(d.expr.start, d.expr.end)
    )
      continue;
    headingDates.set(s.index, d);
  }
  return headingDates;
}

// A work report's lead-in: a sentence that names the report's year before a colon
// (今年经济社会发展的主要预期目标是：, on a line of its own or opening a paragraph of
// targets) frames the paragraphs after it, up to the next heading. An excerpt without its
// numbered heading (二、2012年工作总体部署) otherwise leaves this year's targets under the
// review's heading (一、2011年工作回顾), dated a year early.
import type { ResolvedDate } from '../dates/resolve.js';
import type { Evidence } from '../document/metadata.js';
import type { Sentence } from '../segment/sentences.js';
import type { SpanIndex } from '../segment/spans.js';
import type { FrameTime } from './frame.js';
import { framesPeriod, timeOfDate } from './time.js';

export interface LeadIn {
  /** The lead-in's sentence index. */
  readonly index: number;
  readonly heading: Evidence;
  /** [start, end): from the lead-in to the next heading (or the next lead-in). */
  readonly start: number;
  readonly end: number;
  readonly time: FrameTime;
}

export interface LeadInInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly dates: SpanIndex<ResolvedDate>;
  /** Sentence indices of the headings that open sections, in text order. */
  readonly headings: readonly number[];
  readonly reportYear: number;
}

/** The lead-ins of a report that look ahead (the report's year or later), in text order. */
export function leadIns(input: LeadInInput): LeadIn[] {
  const { text, sentences } = input;
  const found: Omit<LeadIn, 'end'>[] = [];
  sentences.forEach((s, i) => {
    if (s.heading) return;
    const colon = text.slice(s.start, s.end).search(/[：:]/);
    if (colon < 0) return;
    const time = aheadTime(input, s.start, s.start + colon);
    if (time)
      found.push({
        index: i,
        heading: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
        start: s.start,
        time,
      });
  });
  return found.map((l, k) => ({ ...l, end: scopeEnd(input, l.index, found[k + 1]?.start) }));
}

/** The time named before a lead-in's colon when it is the report's year or later (一年来…以下工作： stays the review's). */
function aheadTime(input: LeadInInput, start: number, colon: number): FrameTime | null {
  const d = input.dates.within(start, colon).find(framesPeriod);
  if (!d) return null;
  const time = timeOfDate(d, 'heading', input.text);
  const first = /\d{4}/.exec(time.period);
  return first && Number(first[0]) >= input.reportYear ? time : null;
}

/** Where a lead-in's frame ends: at the next heading, or the next lead-in, or the text's end. */
function scopeEnd(input: LeadInInput, index: number, nextLeadIn: number | undefined): number {
  const heading = input.headings.find((h) => h > index);
  const atHeading = heading === undefined ? input.text.length : input.sentences[heading]!.start;
  return Math.min(atHeading, nextLeadIn ?? input.text.length);
}

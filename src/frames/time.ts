// The time each frame sets. A heading's period is its section's (一、2024年工作回顾 →
// 2024; a title 2012年…统计公报 → 2012, for the whole page). Beyond that, the kind of
// document decides:
//   a statistical release frames every figure with its reporting period: the title's,
//     else the lead's (年初以来…经济发展实现了首季“开门红” → the first quarter);
//   a work report's review (一、过去一年工作回顾) is of the year before the report's, its
//     plan (二、今年重点工作) of the report's year, when the heading names no year;
//   a heading naming two periods (“十四五”时期发展成就和“十五五”时期主要目标任务) sets
//     none: each sentence under it says which it speaks of.
import type { ResolvedDate } from '../dates/resolve.js';
import type { Evidence } from '../document/metadata.js';
import type { DocumentKind, FrameTime, SectionRole } from './frame.js';

/**
 * A period a frame can report on: not a day written out (发布时间：2017-06-04), a
 * starting point or a deadline. A headline's 今天 (进博会今天迎来集中签约) is the day of
 * its item's figures.
 */
export const framesPeriod = (d: ResolvedDate) =>
  d.period !== null && d.expr.day === null && !d.expr.since && !d.expr.deadline;

const yearOf = (period: string): number | null => (/^\d{4}(?![\d/])/.test(period) ? Number(period.slice(0, 4)) : null);

export function timeOfDate(
  d: ResolvedDate,
  from: FrameTime['from'],
  text: string,
  goal: FrameTime | null = null,
): FrameTime {
  return {
    period: d.period!,
    year: yearOf(d.period!),
    date: d,
    from,
    evidence: { start: d.expr.start, end: d.expr.end, text: text.slice(d.expr.start, d.expr.end) },
    goal,
  };
}

/** A release on a part of a year (一季度, 1—5月): its plans and targets are the year's. */
export function yearGoal(time: FrameTime): FrameTime | null {
  if (time.year === null || time.period === String(time.year)) return null;
  return { ...time, period: String(time.year), goal: null };
}

/**
 * A release's reporting period among the dates of its lead: the first part of a year
 * (首季, 上半年, 1—5月) before any bare year or year so far (年初以来 covers the same
 * quarter's figures).
 */
export function leadPeriod(dates: readonly ResolvedDate[]): ResolvedDate | null {
  const usable = dates.filter(
    (d) => framesPeriod(d) && d.expr.pointDay === null && !d.expr.weak && d.expr.days === null,
  );
  return usable.find((d) => (d.expr.part !== null || d.expr.month !== null) && !d.expr.yearToDate) ?? usable[0] ?? null;
}

/** The time a section's heading sets, given its periods, the kind of document and the heading's role. */
export function sectionTime(
  periods: readonly ResolvedDate[],
  role: SectionRole | null,
  kind: DocumentKind,
  reportYear: number | null,
  heading: Evidence,
  text: string,
): FrameTime | null {
  const usable = periods.filter(framesPeriod);
  // 一、2025年工作回顾和“十四五”时期发展成就: the first period named is the section's.
  const first = usable[0];
  // “十四五”时期发展成就和“十五五”时期主要目标任务: the first span's achievements, the second's targets.
  const later = first?.expr.range ? usable.find((d) => d.expr.range && d.period !== first.period) : undefined;
  if (first) return timeOfDate(first, 'heading', text, later ? timeOfDate(later, 'heading', text) : null);
  if (kind !== 'work-report' || reportYear === null || role === null) return null;
  // 一、过去一年工作回顾 / 二、今年工作安排: the role tells the year.
  const year = role === 'review' ? reportYear - 1 : reportYear;
  return { period: String(year), year, date: null, from: 'role', evidence: heading, goal: null };
}

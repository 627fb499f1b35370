// Whether a stretch shares a character with a date of the page (ctx.dates.overlapping(…)
// .length > 0) without the list: asked of every number of a page (most are no figures)
// and of every word after a count.
import type { Context } from '../context/context.js';

/**
 * For the dates of the page asked last, in order of start, the furthest end of each and
 * those before it: the dates starting before `end` reach past `start` when the furthest does.
 */
let furthestEnds: { readonly dates: Context['dates']; readonly ends: Int32Array } | null = null;

/** Does a date of the page share a character with [start, end)? */
export function overlapsDate(ctx: Context, start: number, end: number): boolean {
  const dates = ctx.dates;
  if (furthestEnds?.dates !== dates) {
    const ends = new Int32Array(dates.items.length);
    let furthest = -1;
    dates.items.forEach((d, i) => (ends[i] = furthest = Math.max(furthest, d.expr.end)));
    furthestEnds = { dates, ends };
  }
  const before = dates.lowerBound(end);
  return before > 0 && furthestEnds.ends[before - 1]! > start;
}

// 进入2020年 (the story enters 2020): dates told before it moved to the year before.
import { daysIn } from './calendar.js';
import type { Evidence } from '../document/metadata.js';
import { normalize } from './calendar.js';
import type { ResolvedDate, TextLayout } from './types.js';

/** How many paragraphs before 进入2020年 its reach goes back. */
const ENTRY_REACH = 3;

/**
 * 进入2020年 (the story enters 2020): year-less dates told in the few paragraphs before it,
 * back to the last year the text wrote, that "now" put in that year or later were of the
 * year before — as a reader dates 3月27日…7月19日… told before 进入2020年 to 2019. They are
 * read from context, with the entry as the evidence.
 */
export function entered(out: ResolvedDate[], text: string, layout: TextLayout): ResolvedDate[] {
  const paragraphOf = (offset: number) => layout.sentenceOf(offset)?.paragraph ?? 0;
  for (let k = 0; k < out.length; k++) {
    const entry = out[k]!;
    if (!entry.expr.entry || entry.expr.year?.kind !== 'absolute') continue;
    const year = entry.expr.year.value;
    const reach = paragraphOf(entry.expr.start) - ENTRY_REACH;
    const evidence: Evidence = {
      start: entry.expr.start,
      end: entry.expr.end,
      text: text.slice(entry.expr.start, entry.expr.end),
    };
    let from = k;
    while (from > 0 && paragraphOf(out[from - 1]!.expr.start) >= reach && out[from - 1]!.expr.year === null) from--;
    // In text order: a date that took its year from one moved (9月10日 after 7月19日) moves with it.
    const moved = new Set<number>();
    for (let j = from; j < k; j++) {
      const r = out[j]!;
      const e = r.expr;
      const fromNow = r.basis === 'publication' || r.basis === 'reference';
      const fromMoved = r.basis === 'context' && r.yearFrom !== null && moved.has(r.yearFrom.start);
      if ((!fromNow && !fromMoved) || e.month === null || e.to || !r.date || Number(r.date.slice(0, 4)) < year)
        continue;
      if (e.day !== null && e.day > daysIn(year - 1, e.month)) continue;
      out[j] = {
        ...r,
        date: normalize(e, year - 1, false),
        period: normalize(e, year - 1, true),
        basis: 'context',
        yearFrom: evidence,
      };
      moved.add(e.start);
    }
  }
  return out;
}

// Resolving date expressions to normalized dates and periods. The year is read
// where it is written (explicit); else taken from the nearest year the text set
// just before (context: 当年9月1日 after 2017年); else from the publication date,
// resolved toward the past (news reports what happened); else from --ref-date
// (reference); else from the latest full date the text states (context, with the
// evidence). Never a silent guess: every resolved date says where its year came from.
import type { DateExpr } from '../extract/dates.js';
import type { Evidence } from '../document/metadata.js';
import { titleSpans, within } from '../document/titles.js';

export type DateBasis = 'explicit' | 'publication' | 'context' | 'reference';

export interface ResolvedDate {
  readonly expr: DateExpr;
  /** For an event: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Hn, YYYY-Qn, or a range A/B. */
  readonly date: string | null;
  /** For an indicator: the same, except that point words give a day (年底 → YYYY-12-31). */
  readonly period: string | null;
  readonly basis: DateBasis | null;
  /** Where a context year was read. */
  readonly yearFrom: Evidence | null;
}

export interface DateReference {
  /** YYYY-MM-DD */
  readonly published: string | null;
  /** YYYY-MM-DD from --ref-date, used when the page gives no publication date. */
  readonly refDate: string | null;
}

interface Anchor {
  readonly year: number;
  readonly paragraph: number;
  readonly evidence: Evidence;
  /** The whole resolved period, for 同期. */
  readonly date: string | null;
  readonly period: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The latest full date (with a month) the text states outside titles and targets:
 * the best stand-in for "now" in a page without a publication date.
 */
export function latestStatedDate(exprs: readonly DateExpr[], text: string): { year: number; month: number; day: number; evidence: Evidence } | null {
  const titles = titleSpans(text);
  let best: { year: number; month: number; day: number; evidence: Evidence } | null = null;
  for (const e of exprs) {
    if (e.year?.kind !== 'absolute' || e.deadline || e.since || within(titles, e.start)) continue;
    if (e.month === null && e.part === null) continue;
    const month = e.month ?? (e.part?.startsWith('H2') || e.part === 'Q4' ? 12 : 1);
    const day = e.day ?? 1;
    const key = e.year.value * 10000 + month * 100 + day;
    const bestKey = best ? best.year * 10000 + best.month * 100 + best.day : -1;
    if (key > bestKey) best = { year: e.year.value, month, day, evidence: { start: e.start, end: e.end, text: text.slice(e.start, e.end) } };
  }
  return best;
}

function partOf(year: number, part: string, point: string | null, asPeriod: boolean): string {
  if (asPeriod && point) return `${year}-${point}`;
  if (part.includes('/')) {
    const [a, b] = part.split('/');
    return `${year}-${a}/${year}-${b}`;
  }
  return `${year}-${part}`;
}

/** The normalized string for a resolved year and the expression's written parts. */
function normalize(e: DateExpr, year: number, asPeriod: boolean): string {
  if (e.month !== null && e.day !== null) return `${year}-${pad(e.month)}-${pad(e.day)}`;
  if (e.month !== null) return `${year}-${pad(e.month)}`;
  if (e.part !== null) return partOf(year, e.part, e.pointDay, asPeriod);
  return String(year);
}

/** True when month/day come after the reference's month/day: then the year before is meant. */
function isAfter(e: DateExpr, ref: string): boolean {
  const [, rm, rd] = ref.split('-').map(Number) as [number, number, number];
  if (e.month === null) return false;
  if (e.month !== rm) return e.month > rm;
  return (e.day ?? 0) > rd;
}

/**
 * Resolves every expression of a document, in text order. `paragraphOf` maps an
 * offset to its paragraph: a year set in the text carries to the same and the next
 * paragraph (当年/同年 carry further, since they point back explicitly).
 */
export function resolveDates(
  exprs: readonly DateExpr[],
  text: string,
  ref: DateReference,
  paragraphOf: (offset: number) => number,
): ResolvedDate[] {
  const stated = ref.published || ref.refDate ? null : latestStatedDate(exprs, text);
  const titles = titleSpans(text);
  const anchorDate = ref.published ?? ref.refDate;
  const anchorBasis: DateBasis = ref.published ? 'publication' : 'reference';
  let last: Anchor | null = null;
  const out: ResolvedDate[] = [];
  type Year = { year: number; basis: DateBasis; yearFrom: Evidence | null };
  /** The year of "now": publication, --ref-date, or the latest stated date. */
  const now = (): Year | null => {
    if (anchorDate) return { year: Number(anchorDate.slice(0, 4)), basis: anchorBasis, yearFrom: null };
    if (stated) return { year: stated.year, basis: 'context', yearFrom: stated.evidence };
    return null;
  };
  const fromLast = (a: Anchor): Year => ({ year: a.year, basis: 'context', yearFrom: a.evidence });

  for (const e of exprs) {
    const paragraph = paragraphOf(e.start);
    const evidence: Evidence = { start: e.start, end: e.end, text: text.slice(e.start, e.end) };

    if (e.same && last) {
      out.push({ expr: e, date: last.date, period: last.period, basis: 'context', yearFrom: last.evidence });
      continue;
    }
    if (e.range) {
      const span = `${e.range.from}/${e.range.to}`;
      // A span of years sets no single year for the dates that follow.
      out.push({ expr: e, date: span, period: span, basis: 'explicit', yearFrom: null });
      continue;
    }
    if (e.lastYears !== null) {
      const n = now();
      const span = n ? `${n.year - e.lastYears}/${n.year - 1}` : null;
      out.push({ expr: e, date: span, period: span, basis: n?.basis ?? null, yearFrom: n?.yearFrom ?? null });
      continue;
    }

    let y: Year | null;
    switch (e.year?.kind) {
      case 'absolute':
        y = { year: e.year.value, basis: 'explicit', yearFrom: null };
        break;
      case 'relative': {
        const n = now();
        y = n ? { ...n, year: n.year + e.year.offset } : null;
        break;
      }
      case 'now':
        y = now();
        break;
      case 'context':
        y = last ? fromLast(last) : now();
        break;
      default:
        // A month/day or part with no year written: the year the text just set,
        // else "now", read toward the past.
        if (last && paragraph - last.paragraph <= 1) y = fromLast(last);
        else {
          y = now();
          // Toward the past from the publication date; the latest stated date is
          // only a lower bound on "now", so it gives the year as is.
          if (y && anchorDate && isAfter(e, anchorDate)) y = { ...y, year: y.year - 1 };
        }
        // A year carried from context must not put the date after publication.
        if (y && y.basis === 'context' && anchorDate && y.year === Number(anchorDate.slice(0, 4)) && isAfter(e, anchorDate)) {
          y = { year: y.year - 1, basis: anchorBasis, yearFrom: null };
        }
    }

    if (!y) {
      out.push({ expr: e, date: null, period: null, basis: null, yearFrom: null });
      continue;
    }
    const date: string = normalize(e, y.year, false);
    const period: string = e.year?.kind === 'now' ? String(y.year) : normalize(e, y.year, true);
    out.push({ expr: e, date, period, basis: y.basis, yearFrom: y.yearFrom });
    // A title's years (《…(2021-2023年)》) and a target's (到2022年) set no context.
    if (!within(titles, e.start) && !e.deadline) last = { year: y.year, paragraph, evidence, date, period };
  }
  return out;
}

// The year each date of a text takes, in text order: what the text last set, its
// section's heading, or "now" (the publication date, --ref-date, the latest stated
// date). A YearContext carries what one date sets to the dates after it.
import type { DateExpr } from './expr.js';
import { daysIn } from './calendar.js';
import type { Evidence } from '../document/metadata.js';
import { asideSpans, titleSpans, within, type Span } from '../document/titles.js';
import {
  aheadThisYear,
  soonAfter,
  glossYearMonth,
  isAfter,
  normalize,
  pad,
  rangeEnd,
  refParts,
  relativeDate,
} from './calendar.js';
import type { DateBasis, DateReference, ResolvedDate, TextLayout } from './types.js';

interface Anchor {
  readonly year: number;
  /** 去年, 明年: a year named relative to now anchors only its own sentence. */
  readonly relative: boolean;
  readonly sentence: number;
  /** The month it stated, for a bare day that follows (5月13日 … 14日). */
  readonly month: number | null;
  readonly paragraph: number;
  readonly evidence: Evidence;
  /** The whole resolved period, for 同期. */
  readonly date: string | null;
  readonly period: string | null;
}

/**
 * The latest full date (with a month) the text states outside titles and targets:
 * the best stand-in for "now" in a page without a publication date.
 */
function latestStatedDate(
  exprs: readonly DateExpr[],
  text: string,
): { year: number; month: number; day: number; evidence: Evidence } | null {
  const titles = titleSpans(text);
  let best: { year: number; month: number; day: number; evidence: Evidence } | null = null;
  for (const e of exprs) {
    if (e.year?.kind !== 'absolute' || e.deadline || e.since || within(titles, e.start)) continue;
    if (e.month === null && e.part === null) continue;
    const month = e.month ?? (e.part?.startsWith('H2') || e.part === 'Q4' ? 12 : 1);
    const day = e.day ?? 1;
    const key = e.year.value * 10000 + month * 100 + day;
    const bestKey = best ? best.year * 10000 + best.month * 100 + best.day : -1;
    if (key > bestKey)
      best = {
        year: e.year.value,
        month,
        day,
        evidence: { start: e.start, end: e.end, text: text.slice(e.start, e.end) },
      };
  }
  return best;
}

/** A year for a date, and where it came from. */
interface Year {
  readonly year: number;
  readonly basis: DateBasis;
  readonly yearFrom: Evidence | null;
}

/** Where a date expression is: its paragraph and sentence, and whether that sentence is a heading. */
interface Place {
  readonly paragraph: number;
  readonly sentence: number;
  readonly heading: boolean;
}

const unresolved = (e: DateExpr): ResolvedDate => ({ expr: e, date: null, period: null, basis: null, yearFrom: null });

export class YearContext {
  /** The last date that set a year for what follows. */
  private last: Anchor | null = null;
  /** The first period each heading names (not a day: 发布时间：2017-06-04 dates no section). */
  private readonly headingAnchors = new Map<number, Anchor>();
  private readonly stated: ReturnType<typeof latestStatedDate>;
  private readonly titles: readonly Span[];
  private readonly asides: readonly Span[];
  private readonly anchorDate: string | null;
  private readonly anchorBasis: DateBasis;

  constructor(
    exprs: readonly DateExpr[],
    private readonly text: string,
    private readonly ref: DateReference,
    private readonly layout: TextLayout,
  ) {
    this.stated = ref.published || ref.refDate ? null : latestStatedDate(exprs, text);
    this.titles = titleSpans(text);
    this.asides = asideSpans(text);
    this.anchorDate = ref.published ?? ref.refDate;
    this.anchorBasis = ref.published ? 'publication' : 'reference';
  }

  /** Resolves the next expression of the text (they come in text order). */
  resolve(e: DateExpr): ResolvedDate {
    const where = this.layout.sentenceOf(e.start);
    const at: Place = {
      paragraph: where?.paragraph ?? 0,
      sentence: where?.index ?? 0,
      heading: where?.heading ?? false,
    };
    const context = this.near(e, at);
    if (e.same && context) return samePeriod(e, context);
    if (e.glossOf !== null && this.anchorDate && e.day !== null) return this.glossed(e, at, this.anchorDate);
    if (e.range) {
      const span = `${e.range.from}/${e.range.to}`;
      // A span of years sets no single year for the dates that follow.
      return { expr: e, date: span, period: span, basis: 'explicit', yearFrom: null };
    }
    if (e.days !== null || e.weeks !== null || e.months !== null || e.weekday !== null || e.weekend) {
      // Relative to the reference day; no year written, so none is set for what follows.
      const date = this.anchorDate ? relativeDate(e, this.anchorDate) : null;
      return { expr: e, date, period: date, basis: date ? this.anchorBasis : null, yearFrom: null };
    }
    if (e.decade) return this.decade(e);
    if (e.day !== null && e.month === null && !e.year) return this.bareDay(e, at, context);
    if (e.lastYears !== null && e.local) return this.streak(e, e.lastYears, at);
    if (e.lastYears !== null || e.nextYears !== null) return this.yearsAround(e);
    return this.dated(e, at, context);
  }

  /**
   * 连续四年: the N years ending with the year that dates its sentence (2024年，…连续两年;
   * 今年…), else with its section's (一、2024年工作回顾), else with the year before now.
   */
  private streak(e: DateExpr, years: number, at: Place): ResolvedDate {
    const last = this.last;
    const section = this.sectionOf(at.sentence);
    const n = this.now();
    const end: Year | null =
      last && last.sentence === at.sentence
        ? fromAnchor(last)
        : section
          ? fromAnchor(section)
          : n && { ...n, year: n.year - 1 };
    const span = end && `${end.year - years + 1}/${end.year}`;
    return { expr: e, date: span, period: span, basis: end?.basis ?? null, yearFrom: end?.yearFrom ?? null };
  }

  /** 近五年: the N years before now; 今后五年: the N years from now on. */
  private yearsAround(e: DateExpr): ResolvedDate {
    const n = this.now();
    const span = !n
      ? null
      : e.lastYears !== null
        ? `${n.year - e.lastYears}/${n.year - 1}`
        : `${n.year}/${n.year + e.nextYears! - 1}`;
    return { expr: e, date: span, period: span, basis: n?.basis ?? null, yearFrom: n?.yearFrom ?? null };
  }

  /** The year of "now": publication, --ref-date, or the latest stated date. */
  private now(): Year | null {
    if (this.anchorDate) return { year: Number(this.anchorDate.slice(0, 4)), basis: this.anchorBasis, yearFrom: null };
    if (this.stated) return { year: this.stated.year, basis: 'context', yearFrom: this.stated.evidence };
    return null;
  }

  /** The period of the innermost heading over a sentence that names one. */
  private sectionOf(sentence: number): Anchor | null {
    const over = this.layout.headingsOver(sentence);
    for (let i = over.length - 1; i >= 0; i--) {
      const a = this.headingAnchors.get(over[i]!);
      if (a) return a;
    }
    return null;
  }

  /**
   * The anchor a date without a year takes its year from: the text's last, if near
   * enough; else, for a part of a year (年末, 上半年), its section's. A month or a day
   * (2月28日) in a report on 2020 published in 2021 is news of 2021: "now" decides.
   */
  private near(e: DateExpr, at: Place): Anchor | null {
    const last = this.last;
    // (a heading opens an item of its own: 8月份生猪存栏… after an item on 2019年对外直接投资
    // is this year's August, not 2019's)
    const sameItem = !at.heading || last?.paragraph === at.paragraph;
    if (last && sameItem && at.paragraph - last.paragraph <= 1 && (!last.relative || last.sentence === at.sentence))
      return last;
    return e.month === null && e.day === null ? this.sectionOf(at.sentence) : null;
  }

  /** Does a resolved expression set the year for what follows? Not a title's, a target's, a baseline's, an aside's, the page header's. */
  private anchors(e: DateExpr): boolean {
    const header = this.ref.publishedAt ?? null;
    return (
      !within(this.titles, e.start) &&
      !e.deadline &&
      !e.since &&
      !within(this.asides, e.start) &&
      !(header && e.start < header.end && header.start < e.end)
    );
  }

  /** The date sets the year for what follows (and, on a heading, for its section). */
  private remember(e: DateExpr, at: Place, year: number, month: number | null, date: string, period: string): void {
    if (!this.anchors(e)) return;
    const a: Anchor = {
      year,
      month,
      paragraph: at.paragraph,
      sentence: at.sentence,
      // (目前 in a review of 2011 says when the speaker speaks, not the year 全年 after it reports on)
      relative: e.year?.kind === 'relative' || e.year?.kind === 'frame' || e.year?.kind === 'now',
      // (the expression's text is cut only for a date that sets a year: most set none)
      evidence: { start: e.start, end: e.end, text: this.text.slice(e.start, e.end) },
      date,
      period,
    };
    if (at.heading && e.day === null && !this.headingAnchors.has(at.sentence)) this.headingAnchors.set(at.sentence, a);
    this.last = a;
  }

  /** 今天（2月28日）: the reference day's year, never a year named nearby. */
  private glossed(e: DateExpr, at: Place, anchorDate: string): ResolvedDate {
    const { year, month } = glossYearMonth(e, anchorDate);
    const day = e.day!;
    const written = `${year}-${pad(month)}-${pad(day)}`;
    const end = e.to ? rangeEnd(e, year, month, day) : null;
    const date = day > daysIn(year, month) ? null : e.to ? (end ? `${written}/${end}` : null) : written;
    if (date) this.remember(e, at, year, month, date, date);
    return { expr: e, date, period: date, basis: date ? this.anchorBasis : null, yearFrom: null };
  }

  /** 90年代: the latest such decade up to now; 上世纪90年代: of the century before now's. */
  private decade(e: DateExpr): ResolvedDate {
    const { decade, centuries } = e.decade!;
    const n = this.now();
    let from: number | null = null;
    if (n && Number.isNaN(centuries)) {
      from = Math.floor(n.year / 100) * 100 + decade;
      if (from > n.year) from -= 100;
    } else if (n) from = (Math.floor(n.year / 100) + centuries) * 100 + decade;
    const span = from === null ? null : `${from}/${from + 9}`;
    return { expr: e, date: span, period: span, basis: span ? n!.basis : null, yearFrom: span ? n!.yearFrom : null };
  }

  /** 29日: the month the text just stated, else the reference's, toward the past. */
  private bareDay(e: DateExpr, at: Place, context: Anchor | null): ResolvedDate {
    const day = e.day!;
    const ym =
      context && context.month !== null
        ? { year: context.year, month: context.month, basis: 'context' as const, yearFrom: context.evidence }
        : this.anchorDate
          ? { ...monthOfDay(this.anchorDate, day, e.ahead), basis: this.anchorBasis, yearFrom: null }
          : null;
    if (!ym || day < 1 || day > daysIn(ym.year, ym.month)) return unresolved(e);
    const written = `${ym.year}-${pad(ym.month)}-${pad(day)}`;
    const end = e.to ? rangeEnd(e, ym.year, ym.month, day) : null;
    const date = e.to ? (end ? `${written}/${end}` : null) : written;
    if (date) this.remember(e, at, ym.year, ym.month, date, date);
    return { expr: e, date, period: date, basis: date ? ym.basis : null, yearFrom: date ? ym.yearFrom : null };
  }

  /** A date with a month, a part or a year: its year found, then normalized. */
  private dated(e: DateExpr, at: Place, context: Anchor | null): ResolvedDate {
    const y = fitDay(e, this.yearOf(e, at, context));
    if (!y) return unresolved(e);
    let date: string | null = normalize(e, y.year, false);
    let period: string | null = e.year?.kind === 'now' || e.yearToDate ? String(y.year) : normalize(e, y.year, true);
    if (e.to && e.month !== null && e.day !== null) {
      const end = rangeEnd(e, y.year, e.month, e.day);
      date = period = end ? `${date}/${end}` : null;
    }
    // A title's years (《…(2021-2023年)》), a target's (到2022年) and a baseline's set no context.
    if (date && period) this.remember(e, at, y.year, e.month, date, period);
    return { expr: e, date, period, basis: date ? y.basis : null, yearFrom: date ? y.yearFrom : null };
  }

  private yearOf(e: DateExpr, at: Place, context: Anchor | null): Year | null {
    switch (e.year?.kind) {
      case 'absolute':
        return { year: e.year.value, basis: 'explicit', yearFrom: null };
      case 'relative': {
        const n = this.now();
        return n ? { ...n, year: n.year + e.year.offset } : null;
      }
      case 'now':
        return this.now();
      case 'frame': {
        // 年度任务, 由上年729万人: the year of the section the word stands in (一、2024年工作回顾), else now's;
        // 2020年，软件业务收入由上年46亿元…: a year its own sentence stated first is the one it steps back from.
        const section = this.sectionOf(at.sentence);
        const offset = e.year.offset;
        const last = this.last;
        const own = last && last.sentence === at.sentence && !last.relative ? last : null;
        const base = own ? fromAnchor(own) : section ? fromAnchor(section) : this.now();
        return base ? { ...base, year: base.year + offset } : null;
      }
      case 'context': {
        // 当年, 全年: the year the text last set, however far back, else its section's.
        const last = this.last;
        const section = this.sectionOf(at.sentence);
        if (last && (!last.relative || last.sentence === at.sentence)) return fromAnchor(last);
        return section ? fromAnchor(section) : this.now();
      }
      default:
        return this.impliedYear(e, context, at.heading);
    }
  }

  /**
   * A month/day or part with no year written: the year the text just set (or its
   * section's), else "now", read toward the past.
   */
  private impliedYear(e: DateExpr, context: Anchor | null, heading: boolean): Year | null {
    const anchorDate = this.anchorDate;
    let y: Year | null;
    if (context) y = fromAnchor(context);
    else {
      y = this.now();
      // Toward the past from the publication date; the latest stated date is
      // only a lower bound on "now", so it gives the year as is.
      if (
        y &&
        anchorDate &&
        isAfter(e, anchorDate, heading) &&
        !aheadThisYear(e, anchorDate) &&
        !soonAfter(e, anchorDate)
      )
        y = { ...y, year: y.year - 1 };
    }
    // A year carried from context must not put the date after publication.
    if (
      y &&
      y.basis === 'context' &&
      anchorDate &&
      y.year === Number(anchorDate.slice(0, 4)) &&
      isAfter(e, anchorDate, heading) &&
      !aheadThisYear(e, anchorDate) &&
      !soonAfter(e, anchorDate)
    )
      y = { year: y.year - 1, basis: this.anchorBasis, yearFrom: null };
    return y;
  }
}

const fromAnchor = (a: Anchor): Year => ({ year: a.year, basis: 'context', yearFrom: a.evidence });

/**
 * 同期: the period in context. 同期为下降9.8%: that period a year before; 2020年同期,
 * 上年同期: that period in the year named (2021年1-2月 … 2020年同期 → 2020-01/2020-02).
 */
function samePeriod(e: DateExpr, context: Anchor): ResolvedDate {
  const year =
    e.year?.kind === 'absolute'
      ? e.year.value
      : e.year?.kind === 'relative' || e.year?.kind === 'frame'
        ? context.year + e.year.offset
        : e.priorYear
          ? context.year - 1
          : null;
  const inYear = (s: string | null) =>
    s === null || year === null ? s : /^\d{4}\/\d{4}$/.test(s) ? String(year) : s.replace(/\d{4}/g, String(year));
  return {
    expr: e,
    date: inYear(context.date),
    period: inYear(context.period),
    basis: e.year?.kind === 'absolute' ? 'explicit' : 'context',
    yearFrom: context.evidence,
  };
}

/**
 * The month of a bare day: toward the past, but a day told as ahead (铁路运行图25日起实施 on
 * the 21st) later in the reference day's month is that month's.
 */
function monthOfDay(anchorDate: string, day: number, ahead: boolean): { year: number; month: number } {
  const [ay, am, ad] = refParts(anchorDate) as [number, number, number];
  return ahead && day > ad && day <= daysIn(ay, am) ? { year: ay, month: am } : monthOfDayBefore(anchorDate, day);
}

/** The month of a bare day (29日) read toward the past from the reference day; 31日 in a month of 30 days, the month before that had one. */
function monthOfDayBefore(anchorDate: string, day: number): { year: number; month: number } {
  const [ay, am, ad] = refParts(anchorDate) as [number, number, number];
  const ym = { year: ay, month: am };
  if (day > ad) ym.month--;
  for (let k = 0; k < 3 && (ym.month < 1 || day > daysIn(ym.year, ym.month)); k++) {
    if (ym.month < 1) {
      ym.month = 12;
      ym.year--;
    } else if (day > daysIn(ym.year, ym.month)) ym.month--;
    if (ym.month < 1) {
      ym.month = 12;
      ym.year--;
    }
  }
  return ym;
}

/** 2月29日 read toward the past is in the last leap year; 2019年2月29日 and 2月30日 are no dates. */
function fitDay(e: DateExpr, y: Year | null): Year | null {
  if (!y || e.month === null || e.day === null || e.day <= daysIn(y.year, e.month)) return y;
  if (e.year !== null || e.day > daysIn(2000, e.month)) return null;
  let fitted = y;
  while (e.day > daysIn(fitted.year, e.month)) fitted = { ...fitted, year: fitted.year - 1 };
  return fitted;
}

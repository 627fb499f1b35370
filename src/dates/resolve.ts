// Resolving date expressions to normalized dates and periods. The year is read
// where it is written (explicit); else taken from the nearest year the text set
// just before (context: 当年9月1日 after 2017年); else from the publication date,
// resolved toward the past (news reports what happened); else from --ref-date
// (reference); else from the latest full date the text states (context, with the
// evidence). Never a silent guess: every resolved date says where its year came from.
import { daysIn, type DateExpr } from './find.js';
import type { Evidence } from '../document/metadata.js';
import { asideSpans, titleSpans, within } from '../document/titles.js';
import type { Sentence } from '../segment/sentences.js';

/** Where an offset is in the text's structure. */
export interface TextLayout {
  /** The sentence holding (or last starting before) an offset. */
  sentenceOf(offset: number): Pick<Sentence, 'paragraph' | 'index' | 'heading'> | undefined;
  /** The heading sentences a sentence is under, outermost first (segment/sections.ts). */
  headingsOver(sentence: number): readonly number[];
}

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
  /** Where the page states its publication date: that expression is the reference itself, no context for others. */
  readonly publishedAt?: { readonly start: number; readonly end: number } | null;
  /** YYYY-MM-DD from --ref-date, used when the page gives no publication date. */
  readonly refDate: string | null;
}

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

const pad = (n: number) => String(n).padStart(2, '0');

const mapYear = <T extends { year: number }>(y: T | null, f: (year: number) => number): T | null =>
  y ? { ...y, year: f(y.year) } : null;

/**
 * The latest full date (with a month) the text states outside titles and targets:
 * the best stand-in for "now" in a page without a publication date.
 */
export function latestStatedDate(
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
  // 5月末, 截至9月: a figure is a stock on the month's last day; an event is in the month.
  if (e.month !== null)
    return asPeriod && (e.monthEnd || e.asOf)
      ? `${year}-${pad(e.month)}-${pad(daysIn(year, e.month))}`
      : `${year}-${pad(e.month)}`;
  if (e.part !== null) return partOf(year, e.part, e.pointDay, asPeriod);
  return String(year);
}

const utc = (s: string): Date => new Date(`${s}T00:00:00Z`);
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const plusDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

/**
 * 昨天, 上周一, 下周, 上周末, 下个月, 星期一 against the reference day: weeks run Monday
 * to Sunday; a weekday or weekend alone is the latest one up to the reference.
 */
function relativeDate(e: DateExpr, anchor: string): string {
  const ref = utc(anchor);
  if (e.days !== null) return iso(plusDays(ref, e.days));
  if (e.months !== null) {
    const m = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + e.months, 1));
    return `${m.getUTCFullYear()}-${pad(m.getUTCMonth() + 1)}`;
  }
  const dow = ((ref.getUTCDay() + 6) % 7) + 1; // 1 Monday … 7 Sunday
  if (e.weeks !== null) {
    const monday = plusDays(ref, 1 - dow + 7 * e.weeks);
    if (e.weekday !== null) return iso(plusDays(monday, e.weekday - 1));
    if (e.weekend) return `${iso(plusDays(monday, 5))}/${iso(plusDays(monday, 6))}`;
    return `${iso(monday)}/${iso(plusDays(monday, 6))}`;
  }
  if (e.weekday !== null) return iso(plusDays(ref, -((dow - e.weekday + 7) % 7)));
  const saturday = plusDays(ref, dow >= 6 ? 6 - dow : -(dow + 1));
  return `${iso(saturday)}/${iso(plusDays(saturday, 1))}`;
}

/**
 * The year and month of a glossed date (今天（2月28日）, 昨天（6日）): those that put it
 * nearest the day the word means, so a page of 2021-01-01 dates 今天（12月31日） to 2020.
 */
function glossYearMonth(e: DateExpr, anchor: string): { year: number; month: number } {
  const meant = plusDays(utc(anchor), e.glossOf!).getTime();
  const y = new Date(meant).getUTCFullYear();
  const m = new Date(meant).getUTCMonth() + 1;
  const options =
    e.month !== null
      ? [y - 1, y, y + 1].map((year) => ({ year, month: e.month! }))
      : [-1, 0, 1].map((k) => {
          const d = new Date(Date.UTC(y, m - 1 + k, 1));
          return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
        });
  const gap = (o: { year: number; month: number }) =>
    Math.abs(Date.UTC(o.year, o.month - 1, Math.min(e.day ?? 15, daysIn(o.year, o.month))) - meant);
  const nearest = options.reduce((a, b) => (gap(b) < gap(a) ? b : a));
  // Far from the day meant, the page's date is not this story's: keep that day's year.
  return gap(nearest) <= GLOSS_SLACK_DAYS * 86400000 ? nearest : { year: y, month: e.month ?? m };
}

/** How far a glossed date may be from the day its word means and still choose the year by nearness. */
const GLOSS_SLACK_DAYS = 31;

/** How far ahead a date told as ahead (将于11月19日) may lie and still be this year's, in days. */
const AHEAD_DAYS = 120;

/** Is a year-less date, told as ahead or as a deadline, at most AHEAD_DAYS after the reference day in its year? */
function aheadThisYear(e: DateExpr, anchor: string): boolean {
  if (!(e.ahead || e.deadline) || e.month === null) return false;
  const year = Number(anchor.slice(0, 4));
  const day = e.day ?? (e.pointDay !== null || e.monthEnd ? daysIn(year, e.month) : 1);
  const days = (Date.UTC(year, e.month - 1, Math.min(day, daysIn(year, e.month))) - utc(anchor).getTime()) / 86400000;
  return days > 0 && days <= AHEAD_DAYS;
}

/** The end of a range: what it does not write is the start's; an end before the start is in the next month or year. */
function rangeEnd(e: DateExpr, year: number, month: number, day: number): string | null {
  const to = e.to!;
  let y = to.year ?? year;
  let m = to.month ?? month;
  const d = to.day!;
  if (to.year === null && y * 10000 + m * 100 + d < year * 10000 + month * 100 + day) {
    if (to.month === null) m++;
    else y++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  if (d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The last month and day of a part of a year that reports a period (H1, Q3, Q1/Q3, 01/07), not of a point (年底). */
function partEnd(e: DateExpr): [number, number] | null {
  if (e.part === null || e.pointDay !== null) return null;
  const last = e.part.split('/').at(-1)!;
  const month = last === 'H1' ? 6 : last === 'H2' ? 12 : /^Q\d$/.test(last) ? Number(last[1]) * 3 : Number(last);
  return month >= 1 && month <= 12 ? [month, daysIn(2001, month)] : null;
}

/**
 * True when the date comes after the reference day: then the year before is meant.
 * A month or a day after the reference's; a reporting period (上半年) not over by then
 * (上半年 in a page of 2017-06-04 reports on 2016's).
 */
function isAfter(e: DateExpr, ref: string, heading = false): boolean {
  const [, rm, rd] = ref.split('-').map(Number) as [number, number, number];
  // (到上半年: a deadline ahead, not a period reported on; 预计四季度…: one under way. A
  // heading's part, 上半年全市经济运行情况分析, reports on it.)
  const end = e.month === null && !e.deadline ? partEnd(e) : null;
  if (end && e.partAhead && !heading) return false;
  if (end) return end[0] > rm || (end[0] === rm && end[1] > rd);
  if (e.month === null) return false;
  if (e.month !== rm) return e.month > rm;
  return (e.day ?? 0) > rd;
}

/**
 * Resolves every expression of a document, in text order. `sentenceOf` maps an offset
 * to its sentence. A year set in the text carries to the same and the next paragraph
 * (当年/同年 carry further, since they point back explicitly); one named relative to
 * now (去年) only within its sentence. A heading's period (一、2020年工作回顾, a title
 * 2012年…统计公报) is the year of its section, for dates that no nearer year completes.
 * Baselines (比上年, 与一季度持平), asides in brackets and titles (《…》) set no year.
 */
export function resolveDates(
  exprs: readonly DateExpr[],
  text: string,
  ref: DateReference,
  layout: TextLayout,
): ResolvedDate[] {
  const stated = ref.published || ref.refDate ? null : latestStatedDate(exprs, text);
  const titles = titleSpans(text);
  const asides = asideSpans(text);
  /** The first period each heading names (not a day: 发布时间：2017-06-04 dates no section). */
  const headingAnchors = new Map<number, Anchor>();
  /** The period of the innermost heading over a sentence that names one. */
  const sectionOf = (sentence: number): Anchor | null => {
    const over = layout.headingsOver(sentence);
    for (let i = over.length - 1; i >= 0; i--) {
      const a = headingAnchors.get(over[i]!);
      if (a) return a;
    }
    return null;
  };
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

  /**
   * The anchor a date without a year takes its year from: the text's last, if near
   * enough; else, for a part of a year (年末, 上半年), its section's. A month or a day
   * (2月28日) in a report on 2020 published in 2021 is news of 2021: "now" decides.
   */
  const near = (e: DateExpr, paragraph: number, sentence: number): Anchor | null =>
    last && paragraph - last.paragraph <= 1 && (!last.relative || last.sentence === sentence)
      ? last
      : e.month === null && e.day === null
        ? sectionOf(sentence)
        : null;
  /** Does a resolved expression set the year for what follows? */
  const header = ref.publishedAt ?? null;
  const anchors = (e: DateExpr) =>
    !within(titles, e.start) &&
    !e.deadline &&
    !e.since &&
    !within(asides, e.start) &&
    !(header && e.start < header.end && header.start < e.end);

  for (const e of exprs) {
    const where = layout.sentenceOf(e.start);
    const paragraph = where?.paragraph ?? 0;
    const sentence = where?.index ?? 0;
    const evidence: Evidence = { start: e.start, end: e.end, text: text.slice(e.start, e.end) };
    const anchor = (year: number, month: number | null, date: string, period: string): Anchor => {
      const a: Anchor = {
        year,
        month,
        paragraph,
        sentence,
        // (目前 in a review of 2011 says when the speaker speaks, not the year 全年 after it reports on)
        relative: e.year?.kind === 'relative' || e.year?.kind === 'frame' || e.year?.kind === 'now',
        evidence,
        date,
        period,
      };
      if (where?.heading && e.day === null && !headingAnchors.has(sentence)) headingAnchors.set(sentence, a);
      return a;
    };

    const context = near(e, paragraph, sentence);
    if (e.same && context) {
      out.push(samePeriod(e, context));
      continue;
    }
    if (e.glossOf !== null && anchorDate && e.day !== null) {
      // 今天（2月28日）: the reference day's year, never a year named nearby.
      const { year, month } = glossYearMonth(e, anchorDate);
      const day = `${year}-${pad(month)}-${pad(e.day)}`;
      const end = e.to ? rangeEnd(e, year, month, e.day) : null;
      const date = e.day > daysIn(year, month) ? null : e.to ? (end ? `${day}/${end}` : null) : day;
      out.push({ expr: e, date, period: date, basis: date ? anchorBasis : null, yearFrom: null });
      if (date && anchors(e)) last = anchor(year, month, date, date);
      continue;
    }
    if (e.range) {
      const span = `${e.range.from}/${e.range.to}`;
      // A span of years sets no single year for the dates that follow.
      out.push({ expr: e, date: span, period: span, basis: 'explicit', yearFrom: null });
      continue;
    }
    if (e.days !== null || e.weeks !== null || e.months !== null || e.weekday !== null || e.weekend) {
      // Relative to the reference day; no year written, so none is set for what follows.
      const date = anchorDate ? relativeDate(e, anchorDate) : null;
      out.push({ expr: e, date, period: date, basis: date ? anchorBasis : null, yearFrom: null });
      continue;
    }
    if (e.decade) {
      // 90年代: the latest such decade up to now; 上世纪90年代: of the century before now's.
      const n = now();
      let from: number | null = null;
      if (n && Number.isNaN(e.decade.centuries)) {
        from = Math.floor(n.year / 100) * 100 + e.decade.decade;
        if (from > n.year) from -= 100;
      } else if (n) from = (Math.floor(n.year / 100) + e.decade.centuries) * 100 + e.decade.decade;
      const span = from === null ? null : `${from}/${from + 9}`;
      out.push({
        expr: e,
        date: span,
        period: span,
        basis: span ? n!.basis : null,
        yearFrom: span ? n!.yearFrom : null,
      });
      continue;
    }
    if (e.day !== null && e.month === null && !e.year) {
      // 29日: the month the text just stated, else the reference's, toward the past.
      let ym: { year: number; month: number; basis: DateBasis; yearFrom: Evidence | null } | null = null;
      if (context && context.month !== null)
        ym = { year: context.year, month: context.month, basis: 'context', yearFrom: context.evidence };
      else if (anchorDate) {
        const [ay, am, ad] = anchorDate.split('-').map(Number) as [number, number, number];
        ym = { year: ay, month: am, basis: anchorBasis, yearFrom: null };
        if (e.day > ad) ym.month--;
        // 31日 in a month of 30 days: the month before that had one.
        for (let k = 0; k < 3 && (ym.month < 1 || e.day > daysIn(ym.year, ym.month)); k++) {
          if (ym.month < 1) {
            ym.month = 12;
            ym.year--;
          } else if (e.day > daysIn(ym.year, ym.month)) ym.month--;
          if (ym.month < 1) {
            ym.month = 12;
            ym.year--;
          }
        }
      }
      if (!ym || e.day < 1 || e.day > daysIn(ym.year, ym.month)) {
        out.push({ expr: e, date: null, period: null, basis: null, yearFrom: null });
        continue;
      }
      const day: string = `${ym.year}-${pad(ym.month)}-${pad(e.day)}`;
      const end: string | null = e.to ? rangeEnd(e, ym.year, ym.month, e.day) : null;
      const date: string | null = e.to ? (end ? `${day}/${end}` : null) : day;
      out.push({ expr: e, date, period: date, basis: date ? ym.basis : null, yearFrom: date ? ym.yearFrom : null });
      if (date && anchors(e)) last = anchor(ym.year, ym.month, date, date);
      continue;
    }
    if (e.lastYears !== null || e.nextYears !== null) {
      const n = now();
      const span = !n
        ? null
        : e.lastYears !== null
          ? `${n.year - e.lastYears}/${n.year - 1}`
          : `${n.year}/${n.year + e.nextYears! - 1}`;
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
      case 'frame': {
        // 年度任务, 由上年729万人: the year of the section the word stands in (一、2024年工作回顾), else now's.
        const section = sectionOf(sentence);
        const offset = e.year.offset;
        y = section ? { ...fromLast(section), year: section.year + offset } : mapYear(now(), (n) => n + offset);
        break;
      }
      case 'context': {
        // 当年, 全年: the year the text last set, however far back, else its section's.
        const section = sectionOf(sentence);
        y =
          last && (!last.relative || last.sentence === sentence) ? fromLast(last) : section ? fromLast(section) : now();
        break;
      }
      default:
        // A month/day or part with no year written: the year the text just set (or
        // its section's), else "now", read toward the past.
        if (context) y = fromLast(context);
        else {
          y = now();
          // Toward the past from the publication date; the latest stated date is
          // only a lower bound on "now", so it gives the year as is.
          if (y && anchorDate && isAfter(e, anchorDate, where?.heading ?? false) && !aheadThisYear(e, anchorDate))
            y = { ...y, year: y.year - 1 };
        }
        // A year carried from context must not put the date after publication.
        if (
          y &&
          y.basis === 'context' &&
          anchorDate &&
          y.year === Number(anchorDate.slice(0, 4)) &&
          isAfter(e, anchorDate, where?.heading ?? false) &&
          !aheadThisYear(e, anchorDate)
        ) {
          y = { year: y.year - 1, basis: anchorBasis, yearFrom: null };
        }
    }

    // 2月29日 read toward the past is in the last leap year; 2019年2月29日 and 2月30日 are no dates.
    if (y && e.month !== null && e.day !== null && e.day > daysIn(y.year, e.month)) {
      if (e.year === null && e.day <= daysIn(2000, e.month)) {
        while (e.day > daysIn(y.year, e.month)) y = { ...y, year: y.year - 1 };
      } else y = null;
    }
    if (!y) {
      out.push({ expr: e, date: null, period: null, basis: null, yearFrom: null });
      continue;
    }
    let date: string | null = normalize(e, y.year, false);
    let period: string | null = e.year?.kind === 'now' || e.yearToDate ? String(y.year) : normalize(e, y.year, true);
    if (e.to && e.month !== null && e.day !== null) {
      const end = rangeEnd(e, y.year, e.month, e.day);
      date = period = end ? `${date}/${end}` : null;
    }
    out.push({ expr: e, date, period, basis: date ? y.basis : null, yearFrom: date ? y.yearFrom : null });
    // A title's years (《…(2021-2023年)》), a target's (到2022年) and a baseline's set no context.
    if (date && period && anchors(e)) last = anchor(y.year, e.month, date, period);
  }
  return entered(out, text, layout);
}

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

/** How many paragraphs before 进入2020年 its reach goes back. */
const ENTRY_REACH = 3;

/**
 * 进入2020年 (the story enters 2020): year-less dates told in the few paragraphs before it,
 * back to the last year the text wrote, that "now" put in that year or later were of the
 * year before — as a reader dates 3月27日…7月19日… told before 进入2020年 to 2019. They are
 * read from context, with the entry as the evidence.
 */
function entered(out: ResolvedDate[], text: string, layout: TextLayout): ResolvedDate[] {
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

// Calendar arithmetic for resolved dates: the normalized strings (2021-05, 2021-H1,
// 2021-05-31 for 5月末 as a period), relative days and weeks against a reference day,
// the end of a range, and whether a date comes after the reference.
import type { DateExpr } from './expr.js';

export const pad = (n: number) => String(n).padStart(2, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (month 1–12; 0 is the December before, as Date.UTC counts). */
export function daysIn(year: number, month: number): number {
  // Counted for the usual month and year: a Date per call was a tenth of resolving dates.
  // Date.UTC reads a year under 100 as 19xx, and carries a month outside 1–12: it answers those.
  if (month >= 1 && month <= 12 && year >= 100 && Number.isInteger(year) && Number.isInteger(month))
    return month === 2 && leap(year) ? 29 : MONTH_DAYS[month - 1]!;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
export function normalize(e: DateExpr, year: number, asPeriod: boolean): string {
  if (e.month !== null && e.day !== null) return `${year}-${pad(e.month)}-${pad(e.day)}`;
  // 5月末, 截至9月: a figure is a stock on the month's last day; an event is in the month.
  if (e.month !== null)
    return asPeriod && (e.monthEnd || e.asOf)
      ? `${year}-${pad(e.month)}-${pad(daysIn(year, e.month))}`
      : `${year}-${pad(e.month)}`;
  if (e.part !== null) return partOf(year, e.part, e.pointDay, asPeriod);
  return String(year);
}

let lastRef: string | null = null;
let lastParts: readonly number[] = [];
/**
 * A reference day's parts (its string split at - into numbers), kept for the next call: a
 * document's dates are resolved against one reference day, so it is split once, not per date.
 */
export function refParts(ref: string): readonly number[] {
  if (ref !== lastRef) {
    lastParts = ref.split('-').map(Number);
    lastRef = ref;
  }
  return lastParts;
}

const utc = (s: string): Date => new Date(`${s}T00:00:00Z`);
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const plusDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

/**
 * 昨天, 上周一, 下周, 上周末, 下个月, 星期一 against the reference day: weeks run Monday
 * to Sunday; a weekday or weekend alone is the latest one up to the reference.
 */
export function relativeDate(e: DateExpr, anchor: string): string {
  const ref = utc(anchor);
  if (e.days !== null) return iso(plusDays(ref, e.days));
  if (e.months !== null) {
    const m = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + e.months, 1));
    const month = `${m.getUTCFullYear()}-${pad(m.getUTCMonth() + 1)}`;
    // 本月12日: that day of the month (not a day the month lacks: 上月31日 in a 30-day month).
    const fits = e.day !== null && e.day <= daysIn(m.getUTCFullYear(), m.getUTCMonth() + 1);
    if (!fits) return month;
    // 本月28日至31日: a stretch of days of that month.
    const last = e.to?.day ? rangeEnd(e, m.getUTCFullYear(), m.getUTCMonth() + 1, e.day!) : null;
    return last ? `${month}-${pad(e.day!)}/${last}` : `${month}-${pad(e.day!)}`;
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
export function glossYearMonth(e: DateExpr, anchor: string): { year: number; month: number } {
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
export function aheadThisYear(e: DateExpr, anchor: string): boolean {
  if (!(e.ahead || e.deadline) || e.month === null) return false;
  const year = Number(anchor.slice(0, 4));
  const day = e.day ?? (e.pointDay !== null || e.monthEnd ? daysIn(year, e.month) : 1);
  const days = (Date.UTC(year, e.month - 1, Math.min(day, daysIn(year, e.month))) - utc(anchor).getTime()) / 86400000;
  return days > 0 && days <= AHEAD_DAYS;
}

/** How far after the reference day a day told with no word of time (12月1日起施行) is still taken as coming, in days. */
const SOON_DAYS = 31;

/**
 * Is a year-less day at most SOON_DAYS after the reference day in its year? A page of
 * 2021-08-27 that says 撤离的最后期限仍是8月31日 means the coming 31st, not last year's:
 * news dates a day of a year ago with its year.
 */
export function soonAfter(e: DateExpr, anchor: string): boolean {
  if (e.month === null || e.day === null) return false;
  const year = Number(anchor.slice(0, 4));
  if (e.day > daysIn(year, e.month)) return false;
  const days = (Date.UTC(year, e.month - 1, e.day) - utc(anchor).getTime()) / 86400000;
  return days > 0 && days <= SOON_DAYS;
}

/** The end of a range: what it does not write is the start's; an end before the start is in the next month or year. */
export function rangeEnd(e: DateExpr, year: number, month: number, day: number): string | null {
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
export function isAfter(e: DateExpr, ref: string, heading = false): boolean {
  const [, rm, rd] = refParts(ref) as [number, number, number];
  // (到上半年: a deadline ahead, not a period reported on; 预计四季度…: one under way. A
  // heading's part, 上半年全市经济运行情况分析, reports on it.)
  const end = e.month === null && !e.deadline ? partEnd(e) : null;
  if (end && e.partAhead && !heading) return false;
  if (end) return end[0] > rm || (end[0] === rm && end[1] > rd);
  if (e.month === null) return false;
  if (e.month !== rm) return e.month > rm;
  return (e.day ?? 0) > rd;
}

// Refiners over the dates found, in order (as chrono's refiners): join what is written
// together (今年 + 6月17日), drop a word a bracket restates (今天（2月28日）), join A 到 B
// into a range, and read the words around each date (从2015年: a starting point).
import type { RuleSet } from '../rules/ruleset.js';
import type { DateExpr, Draft } from './expr.js';
import { LIST_JOINERS } from '../rules/vocabulary.js';
import { baseLevel, comparedAcross, multipleOf } from './baselines.js';
import { closeUp } from '../numbers/chars.js';
import { standaloneDay } from './numeric.js';

/** Joins what is written together: 今年 + 6月17日, 2021年 + 上半年, 今年 + 上半年; 去年全年 is 去年. */
export function joinWritten(all: readonly Draft[], text: string): Draft[] {
  const joined: Draft[] = [];
  for (const d of all) {
    const prev = joined[joined.length - 1];
    const adjacent = prev && /^\s*(?:的)?$/.test(text.slice(prev.end, d.start));
    const bareYear = prev && adjacent && prev.year && !prev.month && !prev.part && !prev.range && prev.day === null;
    if (bareYear && !d.year && !d.range && (d.month || d.part) && d.months === null) {
      joined[joined.length - 1] = { ...d, start: prev.start, year: prev.year, ref: d.ref };
      continue;
    }
    // 去年全年, 2016年同期, 上年同期: the word says "that year's", adding nothing to it.
    if (bareYear && (d.same || (d.year?.kind === 'context' && !d.part && d.month === null))) {
      // (2016年同期 keeps `same`: the period in context, in that year)
      joined[joined.length - 1] = { ...prev, end: d.end, same: d.same };
      continue;
    }
    joined.push(d);
  }
  return joined;
}

/**
 * 今天（2月28日）, 昨天（6日）: the date in brackets says which day the word means, and says it
 * more fully; the word gives way, and the date keeps how far from the reference day it is.
 */
export function glossed(dates: readonly Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const next = dates[i + 1];
    const gloss =
      d.days !== null &&
      next !== undefined &&
      (next.month !== null || next.day !== null) &&
      /^\s*[（(]\s*$/.test(text.slice(d.end, next.start)) &&
      /^\s*[）)]/.test(text.slice(next.end, next.end + 3));
    if (!gloss) out.push(d);
    else {
      out.push(next.year ? next : { ...next, glossOf: d.days });
      i++;
    }
  }
  return out;
}

/**
 * 本月14—16日, 10月4—7日: a stretch of days whose first day leaves out 日; the day regex
 * reads only its end (16日). The first day joins it, and a month (10月, 本月) written just before.
 */
export function dayRanges(list: readonly Draft[], text: string, rules: RuleSet): Draft[] {
  const out: Draft[] = [];
  for (const b of list) {
    // (3-5日内 stays a span of days: the closing day must stand as a day)
    const day = b.ref === 'dates#day' && b.day !== null && standaloneDay(b, text, rules);
    const first = day ? firstDayBefore(text, b.start, rules) : null;
    if (!first || first.day >= b.day!) {
      out.push(b);
      continue;
    }
    const prev = out[out.length - 1];
    const month = prev && (prev.month !== null || prev.months !== null);
    const inMonth = month && prev.end === first.start && prev.day === null && !prev.part;
    const to = { year: null, month: inMonth ? prev.month : null, day: b.day };
    const head = inMonth ? prev : { ...b, start: first.start };
    const joined: Draft = { ...head, end: b.end, day: first.day, ref: 'dates#range', to };
    if (inMonth) out[out.length - 1] = joined;
    else out.push(joined);
  }
  return out;
}

/** The 14 of 14—16日: a day number and a range mark right before the closing day. */
function firstDayBefore(text: string, end: number, rules: RuleSet): { start: number; day: number } | null {
  const mark = rules.marker('range').matchEndingAt(text, end);
  if (!mark) return null;
  const m = /(?<![\d.])(\d{1,2})$/.exec(text.slice(Math.max(0, mark.start - 3), mark.start));
  if (!m) return null;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? { start: mark.start - m[1]!.length, day } : null;
}

/** Joins A 到 B (三月二十八日到四月15日, 从一月十日到十二日, 18年10月1日到19年2月3日) into one range. */
export function joinRanges(list: Draft[], text: string, rules: RuleSet): Draft[] {
  const out: Draft[] = [];
  const range = rules.marker('range');
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    // 今天（4月26日）起到29日: a gloss's bracket and 起 stand between the ends too.
    const sep = b
      ? text
          .slice(a.end, b.start)
          .trim()
          .replace(/^[）)]\s*/, '')
          .replace(/^起/, '')
      : '';
    // Both ends are days (the end may leave out the year and month: 一月十日到十二日);
    // 21日和22日: two days running, told together, are one stretch.
    const isRange =
      b &&
      sep &&
      (range.has(sep) || (LIST_JOINERS.includes(sep) && b.month === null && b.day === a.day! + 1)) &&
      a.day !== null &&
      b.day !== null &&
      !a.range &&
      !b.range &&
      a.days === null &&
      b.days === null;
    const months = b && sep && range.has(sep) ? monthRange(a, b) : null;
    if (months) {
      out.push(months);
      i++;
      continue;
    }
    if (isRange) {
      const from = rules.marker('since-before').matchEndingAt(text, a.start);
      out.push({
        ...a,
        start: from ? from.start : a.start,
        end: b.end,
        ref: 'dates#range',
        to: { year: b.year?.kind === 'absolute' ? b.year.value : null, month: b.month, day: b.day },
      });
      i++;
      continue;
    }
    // 从2016年一月十日 …: a range's 从 belongs to it; 从2016到2018 as well.
    if (a.range && a.ref === 'dates#year-range') {
      const from = rules.marker('since-before').matchEndingAt(text, a.start);
      if (from) {
        out.push({ ...a, start: from.start });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * 今年1月至2月, 2020年1月到5月: two months of one year told as a range are the months
 * between them (01/02), like 1—2月; not a deadline (至2月).
 */
function monthRange(a: Draft, b: Draft): Draft | null {
  const month = (d: Draft) => d.month !== null && d.day === null && d.part === null && !d.range && !d.monthEnd;
  if (!month(a) || !month(b) || b.year !== null || b.month! <= a.month!) return null;
  const pad = (m: number) => String(m).padStart(2, '0');
  return { ...a, end: b.end, month: null, part: `${pad(a.month!)}/${pad(b.month!)}`, ref: 'dates#months' };
}

/**
 * 北京2022年冬奥会: a year written between a host city and the name of a games or an expo
 * names its edition, not a date. Without the host before it (08年奥运会在北京举办, 2022年冬奥会
 * 期间) the year is when the games are, a date like any other.
 */
export function namesAnEdition(d: Draft, text: string, rules: RuleSet): boolean {
  return (
    d.year?.kind === 'absolute' &&
    d.month === null &&
    d.part === null &&
    rules.marker('edition-after').matchAt(text, d.end) !== null &&
    rules.regions.matchEndingAt(text, d.start) !== null
  );
}

/** The words around each date: a starting point, a deadline, 截至, the year so far, 同期为, 进入, 将于. */
export function readSurroundings(drafts: readonly Draft[], text: string, rules: RuleSet): DateExpr[] {
  return drafts.map((d) => {
    const { since, deadline, asOf, yearToDate } = flags(text, d, rules);
    const ahead =
      !d.year &&
      (rules.marker('future-before').matchEndingAt(text, d.start) !== null ||
        rules.marker('future-after').matchAt(text, d.end) !== null);
    const priorYear = d.same && d.year === null && rules.marker('prior-same-after').matchAt(text, d.end) !== null;
    const entry = d.year?.kind === 'absolute' && rules.marker('year-entry').matchEndingAt(text, d.start) !== null;
    const partAhead = d.part !== null && d.year === null && toldAhead(text, d, rules);
    return withSurroundings(d, { since, deadline, asOf, yearToDate, priorYear, entry, ahead, partAhead });
  });
}

/**
 * A draft with what the words around it make of it. Written field by field, in EMPTY's
 * order (expr.ts; every draft is a copy of it, so the keys come out as a spread would give
 * them): V8 copied `{ ...d, since, … }` of these thirty fields slowly, a third of findDates.
 */
function withSurroundings(d: Draft, s: Omit<DateExpr, keyof Draft>): DateExpr {
  return {
    year: d.year,
    range: d.range,
    lastYears: d.lastYears,
    nextYears: d.nextYears,
    month: d.month,
    day: d.day,
    part: d.part,
    pointDay: d.pointDay,
    monthEnd: d.monthEnd,
    same: d.same,
    weak: d.weak,
    local: d.local,
    days: d.days,
    weeks: d.weeks,
    months: d.months,
    weekday: d.weekday,
    weekend: d.weekend,
    decade: d.decade,
    to: d.to,
    glossOf: d.glossOf,
    ahead: s.ahead,
    start: d.start,
    end: d.end,
    ref: d.ref,
    since: s.since,
    deadline: s.deadline,
    asOf: s.asOf,
    yearToDate: s.yearToDate,
    partAhead: s.partAhead,
    priorYear: s.priorYear,
    entry: s.entry,
  };
}

/**
 * 从2021年2月到2022年1月, 疫情发生以来到4月8日: 到 right after a date or 以来 ends a stretch of
 * time (the figure is of it), where 到2025年 alone is a deadline.
 */
function spanEnd(text: string, to: number, rules: RuleSet): boolean {
  const p = closeUp(text, to);
  return DATE_END.test(text[p - 1] ?? '') || rules.marker('since-after').matchEndingAt(text, p) !== null;
}
const DATE_END = /[年月日号]/;

const SENTENCE_END = /[。！？!?；;\n]/;
/** A figure: a number that is not a date's (2305.38亿元, 8%, not 2021年). */
const FIGURE = /\d(?![\d.]*\s*[年月日号])/;

/** The sentence of a part of a year reports no figure after it, or says what is expected (status words: 预计, 要, 力争). */
function toldAhead(text: string, d: Draft, rules: RuleSet): boolean {
  let start = d.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = d.end;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return (
    !FIGURE.test(text.slice(d.end, end)) ||
    rules.status.firstIn(text, start, end) !== null ||
    rules.marker('ahead-word').firstIn(text, start, end) !== null
  );
}

/**
 * 2025年前适时启动全岛封关, 2035年之前: a year with 前 after it is a deadline; not a part of
 * the year (2021年前三季度, 2020年前5个月), nor a time around it (2020年前后).
 */
function yearThenBefore(text: string, d: Draft, rules: RuleSet): boolean {
  if (d.year?.kind !== 'absolute' || d.month !== null || d.part !== null || d.day !== null || d.range) return false;
  const m = rules.marker('deadline-after').matchAt(text, d.end);
  // (2020年前后 is "around 2020")
  return m !== null && !/^[\d０-９一二两三四五六七八九十个季月半后列]/.test(text.slice(m.end, m.end + 1));
}

/** What the words around a date make of it: a starting point or baseline, or a deadline. */
function flags(
  text: string,
  d: Draft,
  rules: RuleSet,
): { since: boolean; deadline: boolean; asOf: boolean; yearToDate: boolean } {
  const { end } = d;
  // (截至 2022 年 1 月: a word a space sets apart still reads the date)
  const start = closeUp(text, d.start);
  const before = (role: Parameters<RuleSet['marker']>[0]) => rules.marker(role).matchEndingAt(text, start) !== null;
  // 今年以来, 年初以来: the year so far, the period a figure covers (2015年以来 is a starting point).
  const thisYear =
    (d.year?.kind === 'relative' && d.year.offset === 0 && d.part === null && d.month === null) ||
    (d.year === null && d.part === '01' && d.pointDay !== null);
  const after = (role: Parameters<RuleSet['marker']>[0]) =>
    (role !== 'since-after' || !thisYear) && rules.marker(role).matchAt(text, end) !== null;
  // 与一季度持平: a comparison's other side is a baseline (与2015年相比 is baseline-after's).
  const compared = before('comparison') && rules.directions.matchAt(text, end)?.value.rule.sign === 0;
  const since =
    before('since-before') ||
    before('baseline-before') ||
    after('since-after') ||
    after('baseline-after') ||
    compared ||
    comparedAcross(text, d, rules) ||
    baseLevel(text, d, rules) ||
    multipleOf(text, d);
  const asOf = before('as-of-before');
  // 从2015年的207亿件增长到今年的700亿件: 到 after a verb of change says what was reached, not by when.
  const to = rules.marker('deadline-before').matchEndingAt(text, start);
  // (a month without its year, 于4月至11月开展, stays ahead like a deadline: the page's year or the next)
  const ends = (d.year !== null || d.day !== null) && spanEnd(text, to?.start ?? 0, rules);
  // (降到去年的1.5%左右: a year already past when written, 去年, sets no goal; nor does 到目前, up to now)
  const past = (d.year?.kind === 'relative' && d.year.offset < 0) || d.year?.kind === 'now';
  const deadline =
    (to !== null && !asOf && !since && !rules.directions.matchEndingAt(text, to.start) && !ends && !past) ||
    yearThenBefore(text, d, rules);
  const yearToDate = thisYear && rules.marker('since-after').matchAt(text, end) !== null;
  return { since, deadline, asOf, yearToDate };
}

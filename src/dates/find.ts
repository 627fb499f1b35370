// Finding date and period expressions: 2021年1月4日, 5月13日, 今年上半年, 年底,
// 十三五, 2021年-2023年. Each is returned with the parts that are written; the
// parts that are implied (a missing year) are filled in by dates/resolve.ts.
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { PeriodRule } from '../rules/schema.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { parseNumeral } from '../numbers/numerals.js';
import { perRuleSet } from '../rules/compiled.js';

/** Where an expression's year comes from, as written. */
export type YearSpec =
  | { readonly kind: 'absolute'; readonly value: number }
  | { readonly kind: 'relative'; readonly offset: number }
  /** 年度, 上年: relative to the year of the frame (section, page) the word stands in. */
  | { readonly kind: 'frame'; readonly offset: number }
  | { readonly kind: 'context' }
  | { readonly kind: 'now' };

export interface DateExpr {
  readonly start: number;
  readonly end: number;
  /** The rule that named the expression: `dates#…` for numeric forms, a periods.yaml id for words. */
  readonly ref: string;
  readonly year: YearSpec | null;
  /** A range of absolute years (十三五 → 2016–2020, 2021年-2023年). */
  readonly range: { readonly from: number; readonly to: number } | null;
  /** 近五年: the N years before the reference year. */
  readonly lastYears: number | null;
  /** 今后五年: the N years from the reference year on. */
  readonly nextYears: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Part of the year: H1, Q3, Q1/Q3, or a month 12 from a word like 年底. */
  readonly part: string | null;
  /** For a point-in-time reading of a period word (年底 → 12-31). */
  readonly pointDay: string | null;
  /** 5月末, 截至9月: a figure dated so is a stock on the month's last day. */
  readonly monthEnd: boolean;
  /** 同期: the same period as the one in context. */
  readonly same: boolean;
  /** 同期为…: the same period a year before the one in context. */
  readonly priorYear: boolean;
  /** 进入2020年: the story enters this year; the year-less dates told just before are earlier. */
  readonly entry: boolean;
  /** 年度: dates a figure only when nothing else in its sentence does. */
  readonly weak: boolean;
  /**
   * A starting point or a baseline, not the period a figure covers: 从2015年, 2015年以来,
   * 较2015年提升, 与2015年相比.
   */
  readonly since: boolean;
  /** Preceded by 到/至 (not 截至): a deadline, as in a target. */
  readonly deadline: boolean;
  /** Preceded by 截至: a stock at that date. */
  readonly asOf: boolean;
  /** 今年以来, 年初以来: the year so far; a figure dated so covers the year. */
  readonly yearToDate: boolean;
  /**
   * A part of a year told of as under way or ahead: its sentence reports no figure, or
   * says what is expected (预计对四季度经济发展产生较大影响, 四季度东莞要实现2305.38亿元).
   * Such a part not over by the reference date is the current year's, not last year's.
   */
  readonly partAhead: boolean;
  /** A day relative to the reference date (昨天 -1, 明天 1). */
  readonly days: number | null;
  /** A week relative to the reference's (上周 -1); with `weekday` or `weekend`, a day or the weekend of it. */
  readonly weeks: number | null;
  /** A month relative to the reference's (上个月 -1). */
  readonly months: number | null;
  /** 1 Monday … 7 Sunday; without `weeks`, the latest such day up to the reference. */
  readonly weekday: number | null;
  readonly weekend: boolean;
  /** 90年代 (decade 90) without its century: the latest such decade up to the reference (with one, `range`). */
  readonly decade: { readonly decade: number; readonly centuries: number } | null;
  /** The end of a range (从一月十日到十二日): the parts it does not write are the start's. */
  readonly to: DateParts | null;
  /**
   * 今天（2月28日）: the date in brackets says which day the word before it means (0 today,
   * -1 yesterday); its year is the reference day's, never one the text named nearby.
   */
  readonly glossOf: number | null;
  /** 将于11月19日, 明年3月起将: told as ahead of the reference day, not behind it. */
  readonly ahead: boolean;
}

/** The written parts of a range's end. */
export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

const CN_DIGIT = '〇零一二三四五六七八九';
const YEAR = `(?:\\d{4}|[${CN_DIGIT}]{4}|[两二]千(?:零[一二三四五六七八九]|零?[一二三四五六七八九]?十[一二三四五六七八九]?)?)`;
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])';
/** A day in Chinese numerals written without 日 (八月十五): not when more of a number or a unit follows. */
const CN_DAY =
  '(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?![〇零一二三四五六七八九十百千万亿日号个])';
const DECADE = '(?:[1-9]0|[一二三四五六七八九]十)';
/**
 * One pass over the text, longest forms first; the words around the numbers (time of
 * day, part of a month, range marks, centuries) come from the rules. Lookbehind keeps
 * 2012月 or 十二月's tail from matching alone, and a month after a year we cannot read
 * (康熙三年五月, 神龙元年十一月) from being taken for one of this year.
 */
const dateRegex = perRuleSet(buildDateRegex);

function buildDateRegex(rules: RuleSet): RegExp {
  const timeOfDay = rules.markerPattern('time-of-day');
  // 三月初一 is a lunar day, not early March.
  const monthPart = `${rules.markerPattern('month-part')}(?![一二三四五六七八九十])`;
  const range = rules.markerPattern('range');
  const between = rules.markerPattern('between');
  const betweenAfter = rules.markerPattern('between-after');
  const lastCentury = rules.markerPattern('last-century');
  const thisCentury = rules.markerPattern('this-century');
  // 康熙20年: a year of an era is not a two-digit year of ours.
  const era = rules.markerPattern('era');
  const dayPart = (d: string, dc: string) =>
    `(?:\\s*(?<${d}>${DAY})\\s*[日号]${timeOfDay}?|(?<${dc}>${CN_DAY})|(?<${d}End>${monthPart}))`;
  // 1—7月, 1至5月: the months from one to the other (a cumulative period).
  const monthTo = (g: string) => `(?:\\s*${range}\\s*(?<${g}>${MONTH})(?=\\s*月))?`;
  const re = new RegExp(
    [
      `(?<rangeFrom>${YEAR})\\s*年?\\s*${range}\\s*(?<rangeTo>${YEAR})\\s*(?<rangeYear>年)?`,
      `(?<btwFrom>${YEAR})\\s*年\\s*${between}\\s*(?<btwTo>${YEAR})\\s*年\\s*${betweenAfter}`,
      `(?<![\\d/.-])(?<isoY>\\d{4})(?<isoSep>[-/.])(?<isoM>\\d{1,2})\\k<isoSep>(?<isoD>\\d{1,2})(?![\\d/.-]\\d)`,
      `(?:(?<cent>\\d{2}|[一二]?十[一二三四五六七八九]?)世纪|(?<lastCent>${lastCentury})|(?<thisCent>${thisCentury}))?(?<![\\d${CN_DIGIT}十])(?<decade>${DECADE})年代`,
      `(?<![\\d${CN_DIGIT}十百千万])(?<y>${YEAR}|(?<!${era})\\d{2})\\s*年(?:\\s*(?<ym>${MONTH})${monthTo('ymTo')}\\s*月份?${dayPart('yd', 'ydc')}?)?`,
      // 前8个月, 前两个月: the months of the year so far, from January (a cumulative period).
      `(?<![目提之以此当事空向眼])前(?<firstN>1[01]|[2-9]|十一|十|[二两三四五六七八九])个?月(?!份?[前后])`,
      `(?<![\\d${CN_DIGIT}十个]|[\\d${CN_DIGIT}十元]年)(?<m>${MONTH})${monthTo('mTo')}\\s*月份?${dayPart('d', 'dc')}?`,
      `(?<![\\d${CN_DIGIT}十百千万月第])(?<bd>${DAY})\\s*(?<bdSuffix>[日号])`,
    ].join('|'),
    // sticky: tried only where a date can start (see findDates), one position at a time
    'y',
  );
  return re;
}

/** Characters a date expression can start with: digits, Chinese numerals, and the first characters of century words. */
const dateStarts = perRuleSet((rules): Uint8Array => {
  const t = new Uint8Array(65536);
  for (const c of `0123456789${CN_DIGIT}十两前`) t[c.charCodeAt(0)] = 1;
  for (const w of [...rules.marker('last-century').words(), ...rules.marker('this-century').words()])
    t[w.charCodeAt(0)] = 1;
  return t;
});

/** A year, month or day as written: Arabic digits, positional Chinese digits (二〇二〇) or a Chinese numeral (二十三, 两千零四). */
function cnToInt(s: string, rules: RuleSet): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s))
    return Number([...s].map((c) => rules.numerals.digits.get(c) ?? 0).join(''));
  return parseNumeral(s, rules.numerals) ?? NaN;
}

/** A month, or a span of months (1—7月 → part 01/07); null when not a valid one. */
function monthSpan(
  from: number | null,
  to: number | null,
  day: number | null,
): { month: number | null; part: string | null } | null {
  if (from === null) return { month: null, part: null };
  if (!(from >= 1 && from <= 12)) return null;
  if (to === null) return { month: from, part: null };
  if (!(to > from && to <= 12) || day !== null) return null;
  return { month: null, part: `${String(from).padStart(2, '0')}/${String(to).padStart(2, '0')}` };
}

/** 5月底, 5月末: the end of the month (初, 上旬 … name a part of it, not its end). */
const monthEnds = (part: string | undefined) => part !== undefined && /[底末]/.test(part);

/** Days in a month (month 1–12). */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const validYear = (y: number) => y >= 1900 && y <= 2100;
/** With a month and a day written, a year is unmistakable: 1357年6月10日, 1789-01-29. */
const validFullYear = (y: number) => y >= 1000 && y <= 2100;
/** 07年, 18年10月: two digits are a year of this century up to 50, else of the last. */
const twoDigitYear = (s: string) => (Number(s) <= 50 ? 2000 : 1900) + Number(s);

/** How far before a date a comparison's opening word may stand (比疫情前的2019年同期: 比 + 4). */
const COMPARISON_REACH = 6;
/** How far after a date the comparison may close (与2017年计划目标持平: 4 + 持平). */
const COMPARISON_CLOSE = 8;

/**
 * 比疫情前的2019年同期增长4.9%, 与2017年计划目标持平, 和去年基本持平, 比去年同期多了: a date
 * between a comparison's opening word and the word that closes it (a direction, 持平, a
 * comparative) is the comparison's baseline, with words between. Not a date after another
 * (2019年和2020年分别增长: 和 joins two periods).
 */
function comparedAcross(text: string, d: Draft, rules: RuleSet): boolean {
  // The opening word right before the date, or before a short modifier ending in 的 (疫情前的).
  const between = /^[^\d，,。；;：:、（）()\n]{1,5}的$/;
  let open = false;
  for (let p = d.start; p >= Math.max(0, d.start - COMPARISON_REACH) && !open; p--) {
    if (p < d.start && !between.test(text.slice(p, d.start))) continue;
    const m = rules.marker('comparison').matchEndingAt(text, p);
    open = m !== null && !/[年月季日]$/.test(text.slice(Math.max(0, m.start - 1), m.start));
  }
  if (!open) return false;
  for (let p = d.end; p < d.end + COMPARISON_CLOSE && p < text.length && !BREAK.test(text[p]!); p++) {
    if (/\d/.test(text[p]!)) return false;
    if (rules.directions.matchAt(text, p) || rules.marker('comparison-close').matchAt(text, p)) return true;
  }
  return false;
}

/** 是2010年的2.2倍, 相当于2015年的3倍: the year a multiple or a share is taken of. */
const multipleOf = (text: string, d: Draft) =>
  /(?:是|为|相当于)$/.test(text.slice(Math.max(0, d.start - 3), d.start)) &&
  /^的?[\d.一二三四五六七八九十两]+(?:倍|%|成)/.test(text.slice(d.end, d.end + 12));

/** 恢复至2019年同期的96%, 达到2019年水平的九成: a date before 同期的 or 水平 is the base a share is taken of. */
const baseLevel = (text: string, d: Draft, rules: RuleSet) =>
  rules.marker('base-level-after').matchAt(text, d.end) !== null ||
  // 恢复至2019年同期96%: reaching a year's same period is reaching its level
  (d.same &&
    d.year !== null &&
    (rules.marker('base-level-after').matchAt(text, d.end - 2) !== null ||
      rules.marker('deadline-before').matchEndingAt(text, d.start) !== null));

const BREAK = /[，,。；;：:！？!?\n、（）()]/;

/** What the words around a date make of it: a starting point or baseline, or a deadline. */
function flags(
  text: string,
  d: Draft,
  rules: RuleSet,
): { since: boolean; deadline: boolean; asOf: boolean; yearToDate: boolean } {
  const { start, end } = d;
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
  const deadline = before('deadline-before') && !asOf && !since;
  const yearToDate = thisYear && rules.marker('since-after').matchAt(text, end) !== null;
  return { since, deadline, asOf, yearToDate };
}

/**
 * Every field of a date expression. Drafts are copies of this with fields set: V8 (Node
 * 20) copies a spread object quickly when the fields written after it are already in it,
 * and takes microseconds when a field is new (findDates spent most of its time there).
 */
const EMPTY = {
  year: null,
  range: null,
  lastYears: null,
  nextYears: null,
  month: null,
  day: null,
  part: null,
  pointDay: null,
  monthEnd: false,
  same: false,
  weak: false,
  days: null,
  weeks: null,
  months: null,
  weekday: null,
  weekend: false,
  decade: null,
  to: null,
  glossOf: null,
  ahead: false,
  start: 0,
  end: 0,
  ref: '',
  since: false,
  deadline: false,
  asOf: false,
  yearToDate: false,
  partAhead: false,
  priorYear: false,
  entry: false,
};

/**
 * 今天（2月28日）, 昨天（6日）: the date in brackets says which day the word means, and says it
 * more fully; the word gives way, and the date keeps how far from the reference day it is.
 */
function glossed(dates: readonly Draft[], text: string): Draft[] {
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

function fromPeriodWord(m: LexiconMatch<Ref<PeriodRule>>): Draft {
  const r = m.value.rule;
  let year: YearSpec | null = null;
  if (r.now) year = { kind: 'now' };
  else if (r.year === 'context') year = { kind: 'context' };
  else if (typeof r.year === 'number') year = { kind: 'relative', offset: r.year };
  else if (r.frameYear !== undefined) year = { kind: 'frame', offset: r.frameYear };
  const range = r.from !== undefined && r.to !== undefined ? { from: r.from, to: r.to } : null;
  return {
    ...EMPTY,
    start: m.start,
    end: m.end,
    ref: m.value.ref,
    year,
    range,
    lastYears: r.lastYears ?? null,
    nextYears: r.nextYears ?? null,
    part: r.part ?? null,
    pointDay: r.pointDay ?? null,
    same: r.same ?? false,
    weak: r.weak ?? false,
    days: r.days ?? null,
    weeks: r.weeks ?? null,
    months: r.months ?? null,
    weekday: r.weekday ?? null,
    weekend: r.weekend ?? false,
  };
}

type Draft = Omit<
  DateExpr,
  'since' | 'deadline' | 'asOf' | 'yearToDate' | 'priorYear' | 'entry' | 'ahead' | 'partAhead'
>;

/** The parts of a numeric match, or null when it is not a date. */
function numericDraft(
  g: Record<string, string | undefined>,
  start: number,
  end: number,
  text: string,
  rules: RuleSet,
): Draft | null {
  const int = (s: string | undefined) => (s === undefined ? null : cnToInt(s, rules));
  if (g.rangeFrom || g.btwFrom) {
    const a = int(g.rangeFrom ?? g.btwFrom)!;
    const b = int(g.rangeTo ?? g.btwTo)!;
    // 2016-2018 without 年 is a range of years only after 从 (从2016到2018).
    if (g.rangeFrom && !g.rangeYear && !rules.marker('since-before').matchEndingAt(text, start)) return null;
    if (!(validYear(a) && validYear(b) && b >= a)) return null;
    return { ...EMPTY, start, end, ref: 'dates#year-range', range: { from: a, to: b } };
  }
  if (g.isoY) {
    const y = Number(g.isoY);
    const mo = Number(g.isoM);
    const d = Number(g.isoD);
    if (!(validFullYear(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
    return { ...EMPTY, start, end, ref: 'dates#iso', year: { kind: 'absolute', value: y }, month: mo, day: d };
  }
  if (g.decade) {
    const decade = int(g.decade)!;
    if (g.cent) {
      const from = (int(g.cent)! - 1) * 100 + decade;
      return { ...EMPTY, start, end, ref: 'dates#decade', range: { from, to: from + 9 } };
    }
    return {
      ...EMPTY,
      start,
      end,
      ref: 'dates#decade',
      decade: { decade, centuries: g.lastCent ? -1 : g.thisCent ? 0 : NaN },
    };
  }
  if (g.y) {
    const twoDigits = /^\d{2}$/.test(g.y);
    // 07年, 18年10月 are years; 18年 alone is a span of eighteen years.
    if (twoDigits && !g.y.startsWith('0') && !g.ym) return null;
    const y = twoDigits ? twoDigitYear(g.y) : int(g.y)!;
    const day = int(g.yd ?? g.ydc);
    if (!(day !== null ? validFullYear(y) : validYear(y))) return null;
    if (text.startsWith('代', end)) return null; // 年代 is a decade
    const months = monthSpan(int(g.ym), int(g.ymTo), day);
    if (!months) return null;
    return {
      ...EMPTY,
      start,
      end,
      ref:
        day !== null
          ? 'dates#year-month-day'
          : months.part
            ? 'dates#year-months'
            : g.ym
              ? 'dates#year-month'
              : 'dates#year',
      year: { kind: 'absolute', value: y },
      ...months,
      day,
      monthEnd: monthEnds(g.ydEnd),
    };
  }
  if (g.firstN) {
    const n = int(g.firstN)!;
    const part = `01/${String(n).padStart(2, '0')}`;
    return n >= 2 && n <= 11 ? { ...EMPTY, start, end, ref: 'dates#first-months', part } : null;
  }
  if (g.m) {
    const day = int(g.d ?? g.dc);
    const months = monthSpan(int(g.m), int(g.mTo), day);
    if (!months || (months.month === null && !months.part)) return null;
    return {
      ...EMPTY,
      start,
      end,
      ref: day !== null ? 'dates#month-day' : months.part ? 'dates#months' : 'dates#month',
      ...months,
      day,
      monthEnd: monthEnds(g.dEnd),
    };
  }
  if (g.bd) return { ...EMPTY, start, end, ref: 'dates#day', day: int(g.bd) };
  return null;
}

/**
 * A bare day (29日) stands alone only in Arabic digits with 日 and where nothing makes
 * it a span of days (3日游, 7日内, 连续5日); in Chinese numerals (十二日) or with 号 it is
 * only the end of a range (从一月十日到十二日).
 */
function standaloneDay(d: Draft, text: string, rules: RuleSet): boolean {
  // 1号文件, 3号线: 号 alone names things; only 日 makes a bare day.
  if (!/^\d/.test(text[d.start]!) || text[d.end - 1] !== '日') return false;
  return (
    rules.marker('day-not-after').matchAt(text, d.end) === null &&
    rules.marker('day-not-before').matchEndingAt(text, d.start) === null
  );
}

/** 农历2015年十月初一, 三月初一: a lunar date; its month and day are not the calendar's. */
function lunar(d: Draft, text: string, rules: RuleSet): boolean {
  if (d.month === null) return false;
  return (
    rules.marker('lunar-before').matchEndingAt(text, d.start) !== null ||
    rules.marker('lunar-day').matchAt(text, d.end) !== null
  );
}

/** Joins A 到 B (三月二十八日到四月15日, 从一月十日到十二日, 18年10月1日到19年2月3日) into one range. */
function joinRanges(list: Draft[], text: string, rules: RuleSet): Draft[] {
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
      (range.has(sep) || (/^[和、及与]$/.test(sep) && b.month === null && b.day === a.day! + 1)) &&
      a.day !== null &&
      b.day !== null &&
      !a.range &&
      !b.range &&
      a.days === null &&
      b.days === null;
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

/** 北京2022年冬奥会: a year written into the name of a games or an expo names its edition, not a date. */
function namesAnEdition(d: Draft, text: string, rules: RuleSet): boolean {
  return (
    d.year?.kind === 'absolute' &&
    d.month === null &&
    d.part === null &&
    rules.marker('edition-after').matchAt(text, d.end) !== null
  );
}

/** Date and period expressions in `text[from, to)`, in text order, not overlapping. */
export function findDates(text: string, rules: RuleSet, from = 0, to = text.length): DateExpr[] {
  const numeric: Draft[] = [];
  const dateRe = dateRegex(rules);
  const starts = dateStarts(rules);
  const slice = to === text.length ? text : text.slice(0, to);
  for (let i = from; i < to; i++) {
    // Every form starts with a digit, a Chinese numeral or a century word: elsewhere, one array read.
    if (!starts[text.charCodeAt(i)]) continue;
    dateRe.lastIndex = i;
    const m = dateRe.exec(slice);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    const d = numericDraft(m.groups!, start, end, text, rules);
    if (!d) continue;
    i = end - 1;
    if (lunar(d, text, rules)) {
      // Only the year of a lunar date is the calendar's.
      if (d.year?.kind === 'absolute') {
        const y = /^[^年]*年/.exec(text.slice(start, end));
        if (y) numeric.push({ ...d, end: start + y[0].length, month: null, day: null, ref: 'dates#year' });
      }
      continue;
    }
    numeric.push(d);
  }
  // Period words (今年, 上半年, 十三五, 上周一 …), skipping those inside a numeric match.
  const words: Draft[] = [];
  let k = 0;
  let skipTo = from;
  const fits = (w: LexiconMatch<Ref<PeriodRule>>) => {
    const { notFollowedBy, notPrecededBy } = w.value.rule;
    return (
      !notFollowedBy?.some((x) => text.startsWith(x, w.end)) && !notPrecededBy?.some((x) => text.endsWith(x, w.start))
    );
  };
  for (const w of rules.periods.findAllWhere(text, fits, from, to)) {
    if (w.start < skipTo) continue;
    while (k < numeric.length && numeric[k]!.end <= w.start) k++;
    const n = numeric[k];
    // 2019年底: the word 年底 overlaps the 年 of 2019年; it refines that date instead.
    if (n && w.start < n.end && w.start >= n.start) {
      if (n.month === null && n.year?.kind === 'absolute' && w.end > n.end) {
        numeric[k] = {
          ...n,
          end: w.end,
          part: w.value.rule.part ?? null,
          pointDay: w.value.rule.pointDay ?? null,
          ref: w.value.ref,
        };
      }
      continue;
    }
    if (n && w.end > n.start) continue;
    let d = fromPeriodWord(w);
    // “十三五”初期 / 末: the first or the last year of a plan's span.
    if (d.range) {
      const at = text[w.end] === '”' || text[w.end] === '"' ? w.end + 1 : w.end;
      const first = rules.marker('span-start').matchAt(text, at, to);
      const lastYear = first ? null : rules.marker('span-end').matchAt(text, at, to);
      if (first) d = { ...d, end: first.end, range: null, year: { kind: 'absolute', value: d.range.from } };
      else if (lastYear) d = { ...d, end: lastYear.end, range: null, year: { kind: 'absolute', value: d.range.to } };
      if (first || lastYear) skipTo = d.end;
    }
    // 上周一, 这个星期一, 下周末: a weekday word overlapping the end of a week word names a day of that week.
    if (d.weeks !== null && d.weekday === null && !d.weekend) {
      for (let p = w.start + 1; p < w.end; p++) {
        const day = rules.periods.matchAt(text, p, to);
        if (day && day.end > w.end && (day.value.rule.weekday !== undefined || day.value.rule.weekend)) {
          d = {
            ...d,
            end: day.end,
            weekday: day.value.rule.weekday ?? null,
            weekend: day.value.rule.weekend ?? false,
            ref: day.value.ref,
          };
          skipTo = day.end;
          break;
        }
      }
    }
    words.push(d);
  }
  const all = [...numeric, ...words].sort((a, b) => a.start - b.start);
  // Join what is written together: 今年 + 6月17日, 2021年 + 上半年, 今年 + 上半年.
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
  const stated = glossed(joined, text);
  const ranged = joinRanges(stated, text, rules).filter(
    (d) => (d.ref !== 'dates#day' || standaloneDay(d, text, rules)) && !namesAnEdition(d, text, rules),
  );
  return ranged.map((d) => {
    const { since, deadline, asOf, yearToDate } = flags(text, d, rules);
    const ahead =
      !d.year &&
      (rules.marker('future-before').matchEndingAt(text, d.start) !== null ||
        rules.marker('future-after').matchAt(text, d.end) !== null);
    const priorYear = d.same && d.year === null && rules.marker('prior-same-after').matchAt(text, d.end) !== null;
    const entry = d.year?.kind === 'absolute' && rules.marker('year-entry').matchEndingAt(text, d.start) !== null;
    const partAhead = d.part !== null && d.year === null && toldAhead(text, d, rules);
    return { ...d, since, deadline, asOf, yearToDate, priorYear, entry, ahead, partAhead };
  });
}

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
    rules.status.findAll(text, start, end).length > 0 ||
    rules.marker('ahead-word').findAll(text, start, end).length > 0
  );
}

// Dates written with numbers: 2021年1月4日, 5月13日, 1—7月, 2021-05-13, 90年代, 二〇二〇年.
// One sticky regex tried where a date can start; each match read into the parts it writes.
import type { RuleSet } from '../rules/ruleset.js';
import { parseNumeral } from '../numbers/numerals.js';
import { perRuleSet } from '../rules/compiled.js';
import { EMPTY, type Draft } from './expr.js';
import { HUNDRED_THOUSAND, ONE_TO_NINE, SECTIONS, TEN, TWO_COUNTED, ZEROS } from '../rules/vocabulary.js';
import { codeBits, hasCode } from '../segment/code-table.js';

/** A digit written in characters, positionally (二〇二〇年). */
const CN_DIGIT = ZEROS + ONE_TO_NINE;
const D = `[${ONE_TO_NINE}]`;
const YEAR = `(?:\\d{4}|[${CN_DIGIT}]{4}|[两二]千(?:零${D}|零?${D}?十${D}?)?)`;
const MONTH = `(?:1[0-2]|0?[1-9]|十[一二]?|${D})`;
const DAY = `(?:3[01]|[12]\\d|0?[1-9]|三十一?|二?十${D}?|${D})`;
/** A day in Chinese numerals written without 日 (八月十五): not when more of a number or a unit follows. */
const CN_DAY = `(?:三十一?|二十${D}?|十${D}?|${D})(?![${CN_DIGIT}${TEN}${HUNDRED_THOUSAND}${SECTIONS}日号个])`;
const DECADE = `(?:[1-9]0|${D}十)`;
const POSITIONAL_YEAR = new RegExp(`^[${CN_DIGIT}]{4}$`);
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
  const monthPart = `${rules.markerPattern('month-part')}(?![${ONE_TO_NINE}${TEN}])`;
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
      `(?:(?<cent>\\d{2}|[一二]?十${D}?)世纪|(?<lastCent>${lastCentury})|(?<thisCent>${thisCentury}))?(?<![\\d${CN_DIGIT}十])(?<decade>${DECADE})年代`,
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
const dateStarts = perRuleSet((rules): Int32Array =>
  codeBits([
    ...`0123456789${CN_DIGIT}${TEN}${TWO_COUNTED}前`,
    ...[...rules.marker('last-century').words(), ...rules.marker('this-century').words()].map((w) => w[0]!),
  ]),
);

/** The characters the numbers of every form are written with (2021, 二〇二〇, 两千零四, 十二, 三十一). */
const NUMBER_CHARS = codeBits(`0123456789${CN_DIGIT}${TEN}${TWO_COUNTED}千`);
/** What the regex's `\s` matches. */
const SPACES = codeBits([], (c) => /\s/.test(c));

/**
 * What may follow a form's number, past spaces: 年, 月, 日, 号, 世(纪), an ISO separator, the
 * first character of a range mark (2021-2023年, 1至5月). The regex is tried only on a run of
 * number characters so followed: the 1 of 12.5%, the 一 of 统一 and the digits of 100亿元 start
 * none. No table (every run is tried) when a range mark starts with a number character or a space,
 * or a century word with a number character.
 */
const dateFollowers = perRuleSet((rules): Int32Array | null => {
  const rangeFirsts = rules
    .marker('range')
    .words()
    .map((w) => w.charCodeAt(0));
  if (rangeFirsts.some((c) => Number.isNaN(c) || hasCode(NUMBER_CHARS, c) || hasCode(SPACES, c))) return null;
  // (and none when a century word starts with one: 二十世纪 as a rule's word is a form's start of its own)
  const centuries = [...rules.marker('last-century').words(), ...rules.marker('this-century').words()];
  if (centuries.some((w) => hasCode(NUMBER_CHARS, w.charCodeAt(0)))) return null;
  return codeBits(['年', '月', '日', '号', '世', '-', '/', '.', ...rangeFirsts.map((c) => String.fromCharCode(c))]);
});

/** The end of the run of number characters at `i` when nothing date-like follows it (so no form matches in it), else -1. */
function bareRunEnd(text: string, i: number, to: number, followers: Int32Array): number {
  let j = i;
  while (j < to && hasCode(NUMBER_CHARS, text.charCodeAt(j))) j++;
  let k = j;
  while (k < to && hasCode(SPACES, text.charCodeAt(k))) k++;
  return k < to && hasCode(followers, text.charCodeAt(k)) ? -1 : j;
}

/** A year, month or day as written: Arabic digits, positional Chinese digits (二〇二〇) or a Chinese numeral (二十三, 两千零四). */
function cnToInt(s: string, rules: RuleSet): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (POSITIONAL_YEAR.test(s)) return Number([...s].map((c) => rules.numerals.digits.get(c) ?? 0).join(''));
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

const validYear = (y: number) => y >= 1900 && y <= 2100;
/** With a month and a day written, a year is unmistakable: 1357年6月10日, 1789-01-29. */
const validFullYear = (y: number) => y >= 1000 && y <= 2100;
/** 07年, 18年10月: two digits are a year of this century up to 50, else of the last. */
const twoDigitYear = (s: string) => (Number(s) <= 50 ? 2000 : 1900) + Number(s);

type Groups = Record<string, string | undefined>;

/** The dates written with numbers in `text[from, to)`, in text order; a lunar date keeps only its year. */
export function numericDates(text: string, rules: RuleSet, from: number, to: number): Draft[] {
  const numeric: Draft[] = [];
  const dateRe = dateRegex(rules);
  const starts = dateStarts(rules);
  const followers = dateFollowers(rules);
  const slice = to === text.length ? text : text.slice(0, to);
  for (let i = from; i < to; i++) {
    // Every form starts with a digit, a Chinese numeral or a century word: elsewhere, one array read.
    const code = text.charCodeAt(i);
    if (!hasCode(starts, code)) continue;
    const bare = followers && hasCode(NUMBER_CHARS, code) ? bareRunEnd(text, i, to, followers) : -1;
    if (bare >= 0) {
      i = bare - 1;
      continue;
    }
    // Most digits start no date (the 1 of 12.5%): a failed `exec` allocates nothing; only a
    // match builds its array of some forty captures and their named groups.
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
  return numeric;
}

/** The parts of a numeric match, or null when it is not a date. */
function numericDraft(g: Groups, start: number, end: number, text: string, rules: RuleSet): Draft | null {
  const int = (s: string | undefined) => (s === undefined ? null : cnToInt(s, rules));
  if (g.rangeFrom || g.btwFrom) return yearRangeDraft(g, start, end, text, rules, int);
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
    const centuries = g.lastCent ? -1 : g.thisCent ? 0 : NaN;
    return { ...EMPTY, start, end, ref: 'dates#decade', decade: { decade, centuries } };
  }
  if (g.y) return yearDraft(g, start, end, text, int);
  if (g.firstN) return firstMonthsDraft(int(g.firstN)!, start, end);
  if (g.m) return monthDraft(g, start, end, int);
  if (g.bd) return { ...EMPTY, start, end, ref: 'dates#day', day: int(g.bd) };
  return null;
}

type ReadInt = (s: string | undefined) => number | null;

/** 前8个月: January to the N-th month, a cumulative period (前一个月 and 前十二个月 are no part of a year). */
function firstMonthsDraft(n: number, start: number, end: number): Draft | null {
  const part = `01/${String(n).padStart(2, '0')}`;
  return n >= 2 && n <= 11 ? { ...EMPTY, start, end, ref: 'dates#first-months', part } : null;
}

/** 2021年-2023年, 2016至2018年, 2016年到2020年间: a range of years. */
function yearRangeDraft(
  g: Groups,
  start: number,
  end: number,
  text: string,
  rules: RuleSet,
  int: ReadInt,
): Draft | null {
  const a = int(g.rangeFrom ?? g.btwFrom)!;
  const b = int(g.rangeTo ?? g.btwTo)!;
  // 2016-2018 without 年 is a range of years only after 从 (从2016到2018).
  if (g.rangeFrom && !g.rangeYear && !rules.marker('since-before').matchEndingAt(text, start)) return null;
  if (!(validYear(a) && validYear(b) && b >= a)) return null;
  return { ...EMPTY, start, end, ref: 'dates#year-range', range: { from: a, to: b } };
}

/** 2021年, 2021年5月, 2021年1—7月, 2021年5月13日, 18年10月. */
function yearDraft(g: Groups, start: number, end: number, text: string, int: ReadInt): Draft | null {
  const written = g.y!;
  const twoDigits = /^\d{2}$/.test(written);
  // 07年, 18年10月 are years; 18年 alone is a span of eighteen years.
  if (twoDigits && !written.startsWith('0') && !g.ym) return null;
  const y = twoDigits ? twoDigitYear(written) : int(written)!;
  const day = int(g.yd ?? g.ydc);
  if (!(day !== null ? validFullYear(y) : validYear(y))) return null;
  if (text.startsWith('代', end)) return null; // 年代 is a decade
  const months = monthSpan(int(g.ym), int(g.ymTo), day);
  if (!months) return null;
  const ref =
    day !== null
      ? 'dates#year-month-day'
      : months.part
        ? 'dates#year-months'
        : g.ym
          ? 'dates#year-month'
          : 'dates#year';
  return {
    ...EMPTY,
    start,
    end,
    ref,
    year: { kind: 'absolute', value: y },
    ...months,
    day,
    monthEnd: monthEnds(g.ydEnd),
  };
}

/** 5月, 1—7月, 5月13日, 八月十五. */
function monthDraft(g: Groups, start: number, end: number, int: ReadInt): Draft | null {
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

/**
 * A bare day (29日) stands alone only in Arabic digits with 日 and where nothing makes
 * it a span of days (3日游, 7日内, 连续5日); in Chinese numerals (十二日) or with 号 it is
 * only the end of a range (从一月十日到十二日).
 */
export function standaloneDay(d: Draft, text: string, rules: RuleSet): boolean {
  // 1号文件, 3号线: 号 alone names things; only 日 makes a bare day.
  if (!/^\d/.test(text[d.start]!) || text[d.end - 1] !== '日') return false;
  if (rules.marker('day-not-after').matchAt(text, d.end) !== null) return false;
  // 近5日 is a span of days; 机场附近26日 a place, then a day.
  return (
    rules.marker('day-not-before').matchEndingAt(text, d.start) === null ||
    rules.marker('day-near-place').matchEndingAt(text, d.start) !== null
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

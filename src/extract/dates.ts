// Finding date and period expressions: 2021年1月4日, 5月13日, 今年上半年, 年底,
// 十三五, 2021年-2023年. Each is returned with the parts that are written; the
// parts that are implied (a missing year) are filled in by resolve/dates.ts.
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { PeriodRule } from '../rules/schema.js';
import type { LexiconMatch } from '../rules/lexicon.js';

/** Where an expression's year comes from, as written. */
export type YearSpec =
  | { readonly kind: 'absolute'; readonly value: number }
  | { readonly kind: 'relative'; readonly offset: number }
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
  readonly month: number | null;
  readonly day: number | null;
  /** Part of the year: H1, Q3, Q1/Q3, or a month 12 from a word like 年底. */
  readonly part: string | null;
  /** For a point-in-time reading of a period word (年底 → 12-31). */
  readonly pointDay: string | null;
  /** 同期: the same period as the one in context. */
  readonly same: boolean;
  /**
   * A starting point or a baseline, not the period a figure covers: 从2015年, 2015年以来,
   * 较2015年提升, 与2015年相比.
   */
  readonly since: boolean;
  /** Preceded by 到/至 (not 截至): a deadline, as in a target. */
  readonly deadline: boolean;
}

const CN_DIGIT = '〇零一二三四五六七八九';
const YEAR = `(?:\\d{4}|[${CN_DIGIT}]{4})`;
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])';
/**
 * One pass over the text, longest forms first; the words around the numbers (time of
 * day, part of a month, range marks) come from the rules. Lookbehind keeps 2012月 or
 * 十二月's tail from matching alone.
 */
function dateRegex(rules: RuleSet): RegExp {
  return rules.cached('dates:regex', () => buildDateRegex(rules));
}

function buildDateRegex(rules: RuleSet): RegExp {
  const timeOfDay = rules.markerPattern('time-of-day');
  const monthPart = rules.markerPattern('month-part');
  const range = rules.markerPattern('range');
  const re = new RegExp(
    [
      `(?<rangeFrom>${YEAR})\\s*年?\\s*${range}\\s*(?<rangeTo>${YEAR})\\s*年`,
      `(?<isoY>\\d{4})[-/.](?<isoM>\\d{1,2})[-/.](?<isoD>\\d{1,2})(?!\\d)`,
      `(?<y>${YEAR})\\s*年(?:\\s*(?<ym>${MONTH})\\s*月份?(?:\\s*(?<yd>${DAY})\\s*[日号]${timeOfDay}?|${monthPart})?)?`,
      `(?<![\\d${CN_DIGIT}十个])(?<m>${MONTH})\\s*月份?(?:\\s*(?<d>${DAY})\\s*[日号]${timeOfDay}?|${monthPart})?`,
    ].join('|'),
    // sticky: tried only where a date can start (see findDates), one position at a time
    'y',
  );
  return re;
}

/** Characters a date expression can start with. */
const DATE_START = (() => {
  const t = new Uint8Array(65536);
  for (const c of `0123456789${CN_DIGIT}十`) t[c.charCodeAt(0)] = 1;
  return t;
})();

function cnToInt(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  // 二〇二〇 (positional) or 二十三 (with 十)
  if (!s.includes('十')) return Number([...s].map((c) => CN_DIGIT.indexOf(c) % 10).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? CN_DIGIT.indexOf(tens) % 10 : 1) * 10 + (ones ? CN_DIGIT.indexOf(ones) % 10 : 0);
}

const validYear = (y: number) => y >= 1900 && y <= 2100;

/** What the words around a date make of it: a starting point or baseline, or a deadline. */
function flags(text: string, start: number, end: number, rules: RuleSet): { since: boolean; deadline: boolean } {
  const before = (role: Parameters<RuleSet['marker']>[0]) => rules.marker(role).matchEndingAt(text, start) !== null;
  const after = (role: Parameters<RuleSet['marker']>[0]) => rules.marker(role).matchAt(text, end) !== null;
  const since =
    before('since-before') || before('baseline-before') || after('since-after') || (before('comparison') && after('baseline-after')) || after('baseline-after');
  const deadline = before('deadline-before') && !before('as-of-before');
  return { since, deadline };
}

const EMPTY = { year: null, range: null, lastYears: null, month: null, day: null, part: null, pointDay: null, same: false };

function fromPeriodWord(m: LexiconMatch<Ref<PeriodRule>>): Omit<DateExpr, 'since' | 'deadline'> {
  const r = m.value.rule;
  let year: YearSpec | null = null;
  if (r.now) year = { kind: 'now' };
  else if (r.year === 'context') year = { kind: 'context' };
  else if (typeof r.year === 'number') year = { kind: 'relative', offset: r.year };
  const range = r.from !== undefined && r.to !== undefined ? { from: r.from, to: r.to } : null;
  return {
    ...EMPTY,
    start: m.start,
    end: m.end,
    ref: m.value.ref,
    year,
    range,
    lastYears: r.lastYears ?? null,
    part: r.part ?? null,
    pointDay: r.pointDay ?? null,
    same: r.same ?? false,
  };
}

/** Date and period expressions in `text[from, to)`, in text order, not overlapping. */
export function findDates(text: string, rules: RuleSet, from = 0, to = text.length): DateExpr[] {
  type Draft = Omit<DateExpr, 'since' | 'deadline'>;
  const numeric: Draft[] = [];
  const dateRe = dateRegex(rules);
  const slice = to === text.length ? text : text.slice(0, to);
  for (let i = from; i < to; i++) {
    // Every form starts with a digit or a Chinese numeral: elsewhere, one array read.
    if (!DATE_START[text.charCodeAt(i)]) continue;
    dateRe.lastIndex = i;
    const m = dateRe.exec(slice);
    if (!m) continue;
    i = m.index + m[0].length - 1;
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.rangeFrom) {
      const a = cnToInt(g.rangeFrom);
      const b = cnToInt(g.rangeTo!);
      if (validYear(a) && validYear(b) && b >= a) numeric.push({ ...EMPTY, start, end, ref: 'dates#year-range', range: { from: a, to: b } });
    } else if (g.isoY) {
      const y = Number(g.isoY);
      const mo = Number(g.isoM);
      const d = Number(g.isoD);
      if (validYear(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        numeric.push({ ...EMPTY, start, end, ref: 'dates#iso', year: { kind: 'absolute', value: y }, month: mo, day: d });
    } else if (g.y) {
      const y = cnToInt(g.y);
      if (!validYear(y)) continue;
      if (text.startsWith('代', end)) continue; // 年代 is a decade
      numeric.push({
        ...EMPTY,
        start,
        end,
        ref: g.yd ? 'dates#year-month-day' : g.ym ? 'dates#year-month' : 'dates#year',
        year: { kind: 'absolute', value: y },
        month: g.ym ? cnToInt(g.ym) : null,
        day: g.yd ? cnToInt(g.yd) : null,
      });
    } else if (g.m) {
      const mo = cnToInt(g.m);
      if (mo < 1 || mo > 12) continue;
      numeric.push({ ...EMPTY, start, end, ref: g.d ? 'dates#month-day' : 'dates#month', month: mo, day: g.d ? cnToInt(g.d) : null });
    }
  }
  // Period words (今年, 上半年, 十三五 …), skipping those inside a numeric match.
  const words: Draft[] = [];
  let k = 0;
  for (const w of rules.periods.findAll(text, from, to)) {
    while (k < numeric.length && numeric[k]!.end <= w.start) k++;
    const n = numeric[k];
    // 2019年底: the word 年底 overlaps the 年 of 2019年; it refines that date instead.
    if (n && w.start < n.end && w.start >= n.start) {
      if (n.month === null && n.year?.kind === 'absolute' && w.end > n.end) {
        numeric[k] = { ...n, end: w.end, part: w.value.rule.part ?? null, pointDay: w.value.rule.pointDay ?? null, ref: w.value.ref };
      }
      continue;
    }
    if (n && w.end > n.start) continue;
    words.push(fromPeriodWord(w));
  }
  const all = [...numeric, ...words].sort((a, b) => a.start - b.start);
  // Join what is written together: 今年 + 6月17日, 2021年 + 上半年, 今年 + 上半年.
  const joined: Draft[] = [];
  for (const d of all) {
    const prev = joined[joined.length - 1];
    const adjacent = prev && /^\s*(?:的)?$/.test(text.slice(prev.end, d.start));
    if (prev && adjacent && prev.year && !prev.month && !prev.part && !prev.range && !d.year && !d.range && (d.month || d.part)) {
      joined[joined.length - 1] = { ...d, start: prev.start, year: prev.year, ref: d.ref };
      continue;
    }
    joined.push(d);
  }
  return joined.map((d) => ({ ...d, ...flags(text, d.start, d.end, rules) }));
}

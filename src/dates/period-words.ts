// Dates written as words (periods.yaml): 今年, 上半年, 年底, 十三五, 近五年, 上周一, 同期.
// A word inside a numeric date refines it (2019年底); a plan's span may be narrowed to its
// first or last year (“十三五”初期); a week word and a weekday name one day (上周一), and so
// do a month word and a day (本月12日).
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { PeriodRule } from '../rules/schema.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { numeralAt } from '../numbers/numeral-read.js';
import { EMPTY, type Draft, type YearSpec } from './expr.js';

type PeriodMatch = LexiconMatch<Ref<PeriodRule>>;

/**
 * The period words of `text[from, to)` outside the numeric dates; a word overlapping a
 * numeric date's 年 (2019年底) refines that date in `numeric` instead.
 */
export function periodWordDates(text: string, rules: RuleSet, numeric: Draft[], from: number, to: number): Draft[] {
  const words: Draft[] = [];
  let k = 0;
  let skipTo = from;
  const fits = (w: PeriodMatch) => {
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
    if (w.value.rule.countedYears) {
      // 连续10年: a span of the years counted after the word; 连续两个月 is none.
      const years = countedYears(text, rules, w.end, to);
      if (years) {
        words.push({ ...fromPeriodWord(w), end: years.end, lastYears: years.value });
        skipTo = years.end;
      }
      continue;
    }
    const d = monthDay(text, weekDay(text, rules, w, planYear(text, rules, w, fromPeriodWord(w), to), to), to);
    if (d.end > w.end) skipTo = d.end;
    words.push(d);
  }
  return words;
}

/** N年 after 连续: a whole count of two or more years, not an approximate one (连续二十余年). */
function countedYears(text: string, rules: RuleSet, at: number, to: number): { value: number; end: number } | null {
  const n = numeralAt(text, at, to, rules);
  if (!n || n.num.inside || !Number.isInteger(n.value) || n.value < 2 || text[n.num.end] !== '年') return null;
  return n.num.end < to ? { value: n.value, end: n.num.end + 1 } : null;
}

/** “十三五”初期 / 末: the first or the last year of a plan's span. */
function planYear(text: string, rules: RuleSet, w: PeriodMatch, d: Draft, to: number): Draft {
  if (!d.range) return d;
  const at = text[w.end] === '”' || text[w.end] === '"' ? w.end + 1 : w.end;
  const first = rules.marker('span-start').matchAt(text, at, to);
  if (first) return { ...d, end: first.end, range: null, year: { kind: 'absolute', value: d.range.from } };
  const lastYear = rules.marker('span-end').matchAt(text, at, to);
  if (lastYear) return { ...d, end: lastYear.end, range: null, year: { kind: 'absolute', value: d.range.to } };
  return firstYears(text, rules, d, at, to);
}

/** “十五”前四年: the first years of a plan's span, while the span is still running (2001–2004). */
function firstYears(text: string, rules: RuleSet, d: Draft, at: number, to: number): Draft {
  if (!d.range || text[at] !== '前') return d;
  const n = numeralAt(text, at + 1, to, rules);
  const span = d.range.to - d.range.from + 1;
  if (!n || n.num.inside || !Number.isInteger(n.value) || n.value < 2 || n.value >= span) return d;
  if (text[n.num.end] !== '年') return d;
  return { ...d, end: n.num.end + 1, range: { from: d.range.from, to: d.range.from + n.value - 1 } };
}

/** 上周一, 这个星期一, 下周末: a weekday word overlapping the end of a week word names a day of that week. */
function weekDay(text: string, rules: RuleSet, w: PeriodMatch, d: Draft, to: number): Draft {
  if (d.weeks === null || d.weekday !== null || d.weekend) return d;
  for (let p = w.start + 1; p < w.end; p++) {
    const day = rules.periods.matchAt(text, p, to);
    if (day && day.end > w.end && (day.value.rule.weekday !== undefined || day.value.rule.weekend))
      return {
        ...d,
        end: day.end,
        weekday: day.value.rule.weekday ?? null,
        weekend: day.value.rule.weekend ?? false,
        ref: day.value.ref,
      };
  }
  return d;
}

/** A day in digits after 本月 or 上月 (本月12日, 上月28日): a day of that month. */
const MONTH_DAY = /^(\d{1,2})日/;

/** 本月12日, 上月28日: a day written right after a month word names that day of its month. */
function monthDay(text: string, d: Draft, to: number): Draft {
  if (d.months === null || d.day !== null) return d;
  const m = MONTH_DAY.exec(text.slice(d.end, Math.min(to, d.end + 3)));
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? { ...d, end: d.end + m![0].length, day } : d;
}

function fromPeriodWord(m: PeriodMatch): Draft {
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
    local: r.local ?? false,
    days: r.days ?? null,
    weeks: r.weeks ?? null,
    months: r.months ?? null,
    weekday: r.weekday ?? null,
    weekend: r.weekend ?? false,
  };
}

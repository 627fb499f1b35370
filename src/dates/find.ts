// Finding date and period expressions: 2021年1月4日, 5月13日, 今年上半年, 年底,
// 十三五, 2021年-2023年. Each is returned with the parts that are written; the
// parts that are implied (a missing year) are filled in by dates/resolve.ts.
// Parsers: numeric.ts (numbers), period-words.ts (words); refiners: refine.ts.
import type { RuleSet } from '../rules/ruleset.js';
import type { DateExpr } from './expr.js';
import { numericDates, standaloneDay } from './numeric.js';
import { periodWordDates } from './period-words.js';
import { dayRanges, glossed, joinRanges, joinWritten, namesAnEdition, readSurroundings } from './refine.js';

export type { DateExpr, DateParts, YearSpec } from './expr.js';
export { daysIn } from './calendar.js';

/** Date and period expressions in `text[from, to)`, in text order, not overlapping. */
export function findDates(text: string, rules: RuleSet, from = 0, to = text.length): DateExpr[] {
  const numeric = numericDates(text, rules, from, to);
  // Period words (今年, 上半年, 十三五, 上周一 …), skipping those inside a numeric match.
  const words = periodWordDates(text, rules, numeric, from, to);
  const all = dayRanges(
    [...numeric, ...words].sort((a, b) => a.start - b.start),
    text,
    rules,
  );
  const stated = glossed(joinWritten(all, text), text);
  const ranged = joinRanges(stated, text, rules).filter(
    (d) => (d.ref !== 'dates#day' || standaloneDay(d, text, rules)) && !namesAnEdition(d, text, rules),
  );
  return readSurroundings(ranged, text, rules);
}

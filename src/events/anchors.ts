// The dates that can anchor an event in a sentence, and how far each one's event may
// reach: a year alone says what happened in its own clause, a finer date up to the
// next date of its sentence.
import type { NamedContext } from '../context/context.js';
import type { Clause, Sentence } from '../segment/sentences.js';
import type { ResolvedDate } from '../dates/resolve.js';
import { perRuleSet } from '../rules/compiled.js';
import { HUNDRED_THOUSAND, ONE_TO_NINE, SECTIONS, TEN } from '../rules/vocabulary.js';

/** A figure: digits, or two numeral characters (十五, 三百). */
const FIGURE = new RegExp(`\\d|[${ONE_TO_NINE}${TEN}${HUNDRED_THOUSAND}${SECTIONS}]{2,}`);

/**
 * Dates that can anchor an event: not periods (上半年, 同期, 近五年, 目前), nor a title's
 * or the page header's. A year alone (2015年, 今年) anchors one only with a trigger word
 * in its clause (今年,…被首次写入政府工作报告): see eventReach.
 */
export function anchorDates(ctx: NamedContext, sentence: Sentence): ResolvedDate[] {
  return ctx.dates.within(sentence.start, sentence.end).filter(
    (d) =>
      d.date !== null &&
      d.basis !== null &&
      !/^[HQ]/.test(d.expr.part ?? '') &&
      // 十三五, 2021—2025年: the span of a plan or a stretch of years, not a date something happened on.
      d.expr.range === null &&
      // 1—8月, 前三季度: the months a statistic covers, not a day something happened on.
      !(d.expr.part ?? '').includes('/') &&
      // 截至12月19日24时: the day a stock is counted at.
      !d.expr.asOf &&
      // 12月19日0—24时: a day's count, hour by hour.
      !CLOCK_RANGE.test(ctx.doc.match.slice(d.expr.end, d.expr.end + 8)) &&
      d.expr.start >= sentence.start &&
      d.expr.end <= sentence.end &&
      !d.expr.same &&
      d.expr.year?.kind !== 'now' &&
      d.expr.lastYears === null &&
      d.expr.nextYears === null &&
      // 前8个月: the months so far, a statistic's period, never when something happened.
      d.expr.ref !== 'dates#first-months' &&
      // 年初以来, 2015年以来: the start of a stretch of time, not the date of something that happened.
      !(d.expr.day === null && ctx.rules.marker('since-after').matchAt(ctx.doc.match, d.expr.end) !== null) &&
      !ctx.isQuoted(d.expr.start, d.expr.end),
  );
}

/** An hour range right after a day (0—24时, 0时至24时): the day of a count, not of an event. */
const CLOCK_RANGE = /^\s*\d{1,2}时?\s*[—–\-~至到]\s*\d{1,2}时/;

/** 上午, 晚上: a time of day left in a clause that is otherwise only its date. */
const timeOfDay = perRuleSet((rules) => new RegExp(rules.markerPattern('time-of-day'), 'g'));

export interface EventReach {
  /** The date's own clause. */
  readonly clause: Clause;
  /** Where trigger words are looked for, up to. */
  readonly searchEnd: number;
  /** A year of the reference alone (今年, 去年): it dates an event only when told by a verb without a figure. */
  readonly relativeYear: boolean;
  /** 今年城镇保障性住房基本建成470万套: a relative year with a figure in its reach reports a statistic. */
  readonly statistic: boolean;
}

export function eventReach(
  ctx: NamedContext,
  sentence: Sentence,
  dates: readonly ResolvedDate[],
  i: number,
): EventReach {
  const text = ctx.doc.match;
  const d = dates[i]!;
  const clauses = ctx.clausesOf(sentence);
  // A date starting a range of clauses owns them until the next date with a day or month.
  const next = dates.slice(i + 1).find((x) => x.expr.month !== null || x.expr.part !== null);
  const segmentEnd = next ? ctx.clauseAt(next.expr.start)!.start : sentence.end;
  const clause = ctx.clauseAt(d.expr.start)!;
  const dateText = text.slice(d.expr.start, d.expr.end);
  // A year alone says what happened in its own clause; when the clause is only the
  // year (从2015年开始,国家启动…), in the next.
  // 今天上午 names a day, however it is written: its event may be told clauses later.
  const yearOnly = d.expr.day === null && d.expr.month === null && d.expr.part === null && d.expr.days === null;
  const bare =
    text
      .slice(clause.start, clause.end)
      .replace(dateText, '')
      .replace(timeOfDay(ctx.rules), '')
      .replace(/[\s()（）从自开始起]/g, '').length === 0;
  const nextClause = clauses.find((c) => c.start >= clause.end);
  const searchEnd = yearOnly ? (bare && nextClause ? nextClause.end : clause.end) : Math.max(segmentEnd, clause.end);
  const relativeYear = yearOnly && d.expr.year?.kind === 'relative';
  const statistic = relativeYear && FIGURE.test(text.slice(clause.start, searchEnd).replace(dateText, ''));
  return { clause, searchEnd, relativeYear, statistic };
}

// Rises and ranges: 由22.4%提高到40.3% over a span, 从A提高到B by a deadline, a level a past span
// reached. The figure risen from and the figure risen to take different periods.
import type { Context } from '../../context/context.js';
import type { Clause } from '../../segment/sentences.js';
import type { QuantityMatch } from '../../numbers/quantities.js';
import { FROM } from '../words.js';
import { SMALL_NUMERAL } from '../../rules/vocabulary.js';
import { type FigurePeriod } from './figure-period.js';

/** 由/从/自 a figure, then 到/至 the figure that follows. */
// (the figure risen from may be in words: 企业开办时间从一个月以上压缩到目前的平均4个工作日以内)
export const RISE_FROM_FIGURE = new RegExp(
  `(?:${[...FROM].join('|')})[^，,。；;]*[\\d${SMALL_NUMERAL}][^，,。；;]*[到至]$`,
);

/** Both ends written as years (2012年到2020年, 2016年至2019年), not a plan's span (十三五, 2016—2020年). */
const YEAR_TO_YEAR = /\d{4}年\s*(?:到|至)\s*\d{4}年/;

/**
 * 由22.4%提高到40.3% over 2016/2020: the first figure is the baseline (2015), the second the end
 * (2020). Over years written as a stretch (2012年到2020年，制造业增加值由16.98万亿元增长到26.6万亿元)
 * the first figure is the first year's.
 */
export function rangeEnd(ctx: Context, q: QuantityMatch, clause: Clause, found: FigurePeriod): string | null {
  const period = found.period;
  if (!period) return period;
  if (!/^\d{4}\/\d{4}$/.test(period)) return startDatedElsewhere(ctx, q, clause, found) ? null : period;
  const [from, to] = period.split('/').map(Number) as [number, number];
  const before = ctx.doc.match.slice(clause.start, q.start);
  // 由22.4%, 经营主体从689万户增至951万户: the starting figure is the year before the span's,
  // unless the span is named year to year (2012年到2020年…由16.98万亿元: 2012's).
  // (自 is no such start: 来自100多个国家)
  const said = found.date ? ctx.doc.match.slice(found.date.expr.start, found.date.expr.end) : '';
  if (/[由从]$/.test(before)) return String(YEAR_TO_YEAR.test(said) ? from : from - 1);
  // 由22.4%提高到40.3%, 人均预期寿命从2020年的82.4岁提升至83.9岁: the end of a rise from a
  // figure is the range's last year (自主…提高到 names no starting figure).
  if (/由.*[到至]$/.test(before) || RISE_FROM_FIGURE.test(before)) return String(to);
  return period;
}

/**
 * 今天…城市低保平均标准从每人每月330.1元增长到目前的694元: a starting figure (从, 由 just
 * before it) whose date is not written inside its own words is not dated by the clause's
 * day or now, which date the end; its time is not told.
 */
function startDatedElsewhere(ctx: Context, q: QuantityMatch, clause: Clause, found: FigurePeriod): boolean {
  const start = STARTING_POINT.exec(ctx.doc.match.slice(clause.start, q.start));
  if (!start || !found.date) return false;
  return found.date.expr.start < clause.start + start.index || found.date.expr.start > q.end;
}

/**
 * 从/由 as "from", not inside a word: 从业人数796万人 and 从事 name a job, 由于 a cause.
 */
const FROM_WORD = '(?:从(?![业事])|由(?!于))';

/** 从每人每月330.1元, 由150万元: a starting figure, a few words of what it counts at most after 从/由. */
const STARTING_POINT = new RegExp(`${FROM_WORD}[^，,。；;、到至\\d]{0,6}$`);

/**
 * 到2020年，全员劳动生产率从人均8.7万元提高到12万元以上: the deadline dates the figure risen
 * to; the one risen from is where things stand when the plan is written. In a work report
 * that is the year before the report's (2015 in the 2016 report); elsewhere no year is said.
 * 参保率将从“十三五”期末的超过90%提高到95%: after a plan word the starting figure keeps its
 * period, and is a result all the same.
 */
export function riseToDeadlineStart(
  ctx: Context,
  q: QuantityMatch,
  clause: Clause,
  found: FigurePeriod,
): FigurePeriod | null {
  const text = ctx.doc.match;
  const before = text.slice(clause.start, q.start);
  const opener = RISE_START.exec(before);
  if (!opener || !/^[^，,。；;]*?[到至]/.test(text.slice(q.end, clause.end))) return null;
  const d = found.date;
  const year = ctx.frames.kind === 'work-report' ? ctx.frames.reportYear : null;
  if (!d?.expr.deadline || !found.period || !/^\d{4}$/.test(found.period)) {
    if (!PLANNED_RISE.test(before.slice(0, opener.index))) return null;
    // (in a report's plan, 今年将…起征点从3万元提高到10万元: the level now is the year before's)
    const now = year !== null && found.period === String(year) ? String(year - 1) : found.period;
    return { ...found, period: now, startOfRise: true };
  }
  const period = year !== null && year - 1 < Number(found.period) ? String(year - 1) : null;
  return { date: null, period, from: period ? found.from : null, frame: null, startOfRise: true };
}

/** 从/由 right before a figure, with a short word (从人均, 从月销售额) or a starting point (从“十三五”期末的超过) between. */
const RISE_START = /[由从](?:[^，,。；;由从]{0,10}的)?[\u4e00-\u9fff]{0,5}$/;

/**
 * A plan word before 从/由 in its clause (将从, 要从; 将小规模纳税人增值税起征点从…): what follows is
 * a rise planned from a figure reached.
 */
const PLANNED_RISE = /(?:将|要|力争|拟)[^，,。；;]*$/;

/** 绿化覆盖率、绿地率分别达46.84%、43.46%: a later item of a 分别 list is reached by the list's verb. */
function listVerb(ctx: Context, q: QuantityMatch, clause: Clause): { start: number; end: number } | null {
  const text = ctx.doc.match;
  if (text[q.start - 1] !== '、') return null;
  const at = text.lastIndexOf('分别', q.start);
  if (at < clause.start) return null;
  const verb = ctx.rules.marker('span-level').matchAt(text, at + 2, q.start);
  // (between the verb and the figure, only the list's earlier figures: 46.84%、)
  return verb && !/[\u4e00-\u9fff]{4}/.test(text.slice(verb.end, q.start)) ? verb : null;
}

/**
 * 五年来…常住人口城镇化率提高至64.8%, 经营主体…总量达474万户, 公园总数达1136个: a level a
 * past span reached is its last year's (when it is an actual: forStatus); not what the span
 * added up (span-flow in markers.yaml: 累计净增155万户, 新增学位138.47万个, 累计开行超2.6万列,
 * 固定资产投资达到3.5万亿元), nor a span still running or to come (“十五五”…城镇化率达到65%左右).
 */
export function spanEndReached(ctx: Context, q: QuantityMatch, clause: Clause, period: string | null): string | null {
  if (!period || !/^\d{4}\/\d{4}$/.test(period)) return null;
  const to = period.slice(5);
  const text = ctx.doc.match;
  const reached = ctx.rules.marker('span-level');
  // (达到约50%: the verb before the approximation; 突破1万亿元: the verb read as the figure's approximation)
  const verb =
    reached.matchEndingAt(text, q.start, clause.start) ??
    reached.matchEndingAt(text, q.numberStart, q.start) ??
    listVerb(ctx, q, clause);
  if (!verb) return null;
  // (in a work report, whose year says which spans are past; a news page's 十三五 may be told in its last year)
  const year = ctx.frames.reportYear;
  if (year === null || Number(to) >= year) return null;
  // (the list item the verb is in: 累计净增各类经营主体155万户、总量达474万户)
  const item = Math.max(clause.start, text.lastIndexOf('、', verb.start) + 1);
  return ctx.rules.marker('span-flow').firstIn(text, item, verb.start) === null ? to : null;
}

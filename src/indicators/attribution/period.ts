// WHERE A FIGURE'S PERIOD IS DECIDED. Its own words first: the nearest date before the
// figure in its clause, then in its sentence, then after it in its clause. Else a date
// carried from the sentences before, where it truly carries (the same paragraph, or a
// part of a year from the one before), never across a heading. Else the innermost frame's
// time (src/frames/: a section's heading, a release's reporting period, a report's
// review year). A starting point (从2015年, 由2020年的7.2%) dates only its own figure; a
// range's figures are its ends (由22.4%提高到40.3%).
// The steps live beside this file: carried-period.ts (dates from sentences before),
// stock-flow.ts (a stock's day, a flow's period), rises.ts (从A到B and ranges).
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { QuantityMatch } from '../../numbers/quantities.js';
import type { ResolvedDate } from '../../dates/resolve.js';
import { describeChain } from '../../frames/frame.js';
import { FROM } from '../words.js';
import type { Status } from '../draft.js';
import { NONE, namesAGoal, usableAsPeriod, type FigurePeriod } from './figure-period.js';
import { carriedPeriod } from './carried-period.js';
import { dayOfAStock, nowOfAStock, quarterOfAFlow, sizeOnTheDay } from './stock-flow.js';
import { rangeEnd, riseToDeadlineStart, spanEndReached } from './rises.js';

export type { FigurePeriod, PeriodSource } from './figure-period.js';
export { usableAsPeriod } from './figure-period.js';

/** The period of the figure `q` in its clause of `sentence`. */
export function figurePeriod(ctx: Context, sentence: Sentence, clause: Clause, q: QuantityMatch): FigurePeriod {
  const read = quarterOfAFlow(ctx, clause, q, periodFor(ctx, sentence, clause, q.start));
  const found = sizeOnTheDay(ctx, clause, q, dayOfAStock(ctx, clause, q, nowOfAStock(ctx, sentence, clause, q, read)));
  const start = riseToDeadlineStart(ctx, q, clause, found);
  if (start) return start;
  const period = rangeEnd(ctx, q, clause, found);
  const reachedBy = period === found.period ? spanEndReached(ctx, q, clause, period) : null;
  if (reachedBy) return { ...found, reachedBy };
  return period === found.period ? found : { ...found, period };
}

/** For `explain`: where the period came from, and the chain of frames over the figure. */
export function describePeriod(ctx: Context, p: FigurePeriod, pos: number): string {
  const said = p.date ? ` «${ctx.doc.text.slice(p.date.expr.start, p.date.expr.end)}»` : '';
  const from =
    p.from === null
      ? 'no period'
      : p.from === 'carried'
        ? `period carried from${said}`
        : `period from its ${p.from}${said}`;
  return `${from}; frames: ${describeChain(ctx.frames.chain(pos))}`;
}

/**
 * A target or a plan framed by a section or a release whose goals are of another period
 * than its own (“十五五”时期主要目标任务; 全市计划播种面积1128万亩 in a release on 一季度)
 * takes that period.
 */
export function forStatus(ctx: Context, p: FigurePeriod, status: Status, pos: number): FigurePeriod {
  if (status === 'actual') return p.reachedBy ? { ...p, period: p.reachedBy } : p;
  if (p.from !== 'frame' && p.from !== 'carried') return p;
  // (a plan told after 一季度末… in a release on 一季度 carries the frame's period: its goal is the frame's too)
  const time = p.from === 'frame' ? p.frame?.time : ctx.frames.timeAt(pos)?.time;
  const goal = time && time.period === p.period ? time.goal : null;
  return goal ? { ...p, period: goal.period, date: goal.date ?? p.date } : p;
}

/** The figure's own words, then a date carried from the paragraph or the one before, then its frame. */
export function periodFor(ctx: Context, sentence: Sentence, clause: Clause, pos: number): FigurePeriod {
  const own = periodInSentence(ctx, sentence, clause, pos);
  if (own)
    return (
      (own.expr.yearToDate ? partSoFar(ctx, sentence, own) : null) ?? {
        date: own,
        period: monthBeforeReported(ctx, sentence, own) ?? yearOfFrame(ctx, sentence, own) ?? own.period,
        from: own.expr.start >= clause.start ? 'clause' : 'sentence',
        frame: null,
      }
    );
  const recent = recentMonth(ctx, sentence, pos);
  if (recent) return recent;
  const carried = carriedPeriod(ctx, sentence);
  if (carried)
    return {
      date: carried,
      period: yearOfFrame(ctx, sentence, carried) ?? carried.period,
      from: 'carried',
      frame: null,
    };
  const framed = ctx.frames.timeAt(sentence.start);
  return framed ? { date: framed.time.date, period: framed.time.period, from: 'frame', frame: framed.frame } : NONE;
}

/**
 * 近日，国家电网集中开工三座抽水蓄能电站，总投资267.17亿元: a figure of what a news item
 * says happened of late (recent-day in markers.yaml), with no date of its own, is of the
 * page's month (README: gold gives the page's month). A word of its own only (not 日前 of
 * 3月5日前, 节日前), and not in a report or a release, whose own periods decide.
 */
function recentMonth(ctx: Context, sentence: Sentence, pos: number): FigurePeriod | null {
  const published = ctx.doc.published;
  const kind = ctx.frames.kind;
  if (!published || kind === 'work-report' || kind === 'statistical-release') return null;
  const text = ctx.doc.match;
  const word = ctx.rules.marker('recent-day').firstIn(text, sentence.start, pos);
  if (!word || !ctx.tokensAround(word.start, word.end).some((t) => t.start === word.start && t.end === word.end))
    return null;
  return { date: null, period: published.slice(0, 7), from: 'sentence', frame: null };
}

/**
 * 上半年主要经济数据公布…今年以来，服务业生产指数一直保持在8%以上: under a frame that reports
 * a part of the year from its start (a release on 上半年, 一季度, 前三季度, 1-5月), the year so far
 * is that part; under a release on one month (5月份主要经济数据) it runs from January to that
 * month (2021-01/2021-05). A part that starts later (二季度, 下半年) is not the year so far.
 */
function partSoFar(ctx: Context, sentence: Sentence, own: ResolvedDate): FigurePeriod | null {
  const framed = ctx.frames.timeAt(sentence.start);
  const time = framed?.time;
  if (!time || time.year === null || String(time.year) !== own.period || time.period === own.period) return null;
  const period = fromJanuary(time.period);
  return period ? { date: time.date, period, from: 'frame', frame: framed.frame } : null;
}

/**
 * 11月份，CPI同比下降0.5%…食品价格由上月上涨2.2%转为下降2.0%, published in December: 上月 told
 * from the page's date lands on the month the release reports, so it means the month before that.
 * 12月份CPI同比由上月下降0.5%转为上涨0.2%, in a release on the whole year: the month its own
 * sentence (or the one before) talks about is the one 上月 steps back from.
 */
function monthBeforeReported(ctx: Context, sentence: Sentence, d: ResolvedDate): string | null {
  if (d.expr.months !== -1 || d.expr.day !== null || !d.period) return null;
  const told = monthTold(ctx, sentence, d);
  const reported = told ?? ctx.frames.timeAt(sentence.start)?.time.period;
  if (!told && reported !== d.period) return null;
  const month = /^(\d{4})-(\d{2})$/.exec(reported ?? '');
  if (!month) return null;
  const before = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 2, 1));
  return `${before.getUTCFullYear()}-${String(before.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The one month (2020-12) said before `d` in its sentence, else carried from the sentence before; null if none. */
function monthTold(ctx: Context, sentence: Sentence, d: ResolvedDate): string | null {
  const oneMonth = (x: ResolvedDate | null | undefined) =>
    x && x !== d && x.expr.months === null && x.period && /^\d{4}-\d{2}$/.test(x.period) ? x.period : null;
  const said = ctx.dates.within(sentence.start, d.expr.start).findLast((x) => oneMonth(x) !== null);
  return oneMonth(said) ?? oneMonth(carriedPeriod(ctx, sentence));
}

/**
 * 一、一年来工作回顾…中央财政全年用于教育…的支出达855亿元: 全年 (当年) that found no year of the
 * text's own before it took the page's (its date line's, its publication's); its frame knows the
 * year reported on (a review's is the year before the report's).
 */
function yearOfFrame(ctx: Context, sentence: Sentence, d: ResolvedDate): string | null {
  if (d.expr.year?.kind !== 'context' || d.expr.month !== null || d.expr.part !== null) return null;
  const page = ctx.frames.reportYear ?? (ctx.doc.published ? Number(ctx.doc.published.slice(0, 4)) : null);
  const year = ctx.frames.timeAt(sentence.start)?.time.year;
  if (page === null || year === null || year === undefined) return null;
  return d.period === String(page) && year !== page ? String(year) : null;
}

/** A part of a year that starts in January as a period from January (2021-05 → 2021-01/2021-05), else null. */
function fromJanuary(period: string): string | null {
  if (/^\d{4}-(?:H1|Q1)(?:\/\d{4}-Q[1-4])?$/.test(period) || /^\d{4}-01\/\d{4}-\d{2}$/.test(period)) return period;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return null;
  return month[2] === '01' ? period : `${month[1]}-01/${period}`;
}

function periodInSentence(ctx: Context, sentence: Sentence, clause: Clause, pos: number): ResolvedDate | null {
  const base = baselineOf(ctx, clause, pos);
  if (base) return base;
  const before = ctx.dates.within(sentence.start, pos);
  const after = ctx.dates.within(pos, clause.end);
  // (A sentence without a date has nothing to weigh: no tests are built for it.)
  if (before.length === 0 && after.length === 0) return null;
  const text = ctx.doc.match;
  // A date in an aside (（2015和2016年同期增速…）) dates only the figures inside it.
  const aside = ctx.asideAt(pos, pos + 1);
  // 由2020年的7.2%提升至7.4%: the year dates the starting figure, not the one it rose to.
  // (The sentence up to the figure is read only for a date right after 由/从/自.)
  let reached: boolean | undefined;
  const startOfRise = (d: ResolvedDate) => {
    // (a plan's name opens with a quote: 从“十三五”时期的48%)
    const opens = /[“"]/.test(text[d.expr.start - 1]!) ? d.expr.start - 1 : d.expr.start;
    if (!FROM.has(text[opens - 1]!)) return false;
    if (reached === undefined) {
      const said = text.slice(sentence.start, pos);
      const from = Math.max(said.lastIndexOf('由'), said.lastIndexOf('从'));
      reached = from >= 0 && /[至到]/.test(said.slice(from + 1));
    }
    return reached;
  };
  const usable = (d: ResolvedDate) =>
    usableAsPeriod(d) &&
    !ctx.isQuoted(d.expr.start, d.expr.end) &&
    ctx.asideAt(d.expr.start, d.expr.end) === aside &&
    !startOfRise(d) &&
    // 1—8月份城镇新增就业781万人，完成全年目标任务的86.8%: the year of a goal whose share is done is the goal's.
    !namesAGoal(text, d) &&
    // 在上年同期18.0%的高增速基础上，继续实现38.6%的增长: 同期 dates its own clause only.
    !(d.expr.same && d.expr.start < clause.start) &&
    // 粮食总产连续8年稳定在千亿斤以上，社会消费品零售总额突破3万亿元: a streak dates its own clause only.
    !(d.expr.local && d.expr.start < clause.start) &&
    !shareOfBase(text, d, pos);
  // The last usable date before the figure in its sentence (in its clause when the clause
  // has one: dates come in order), else the first after it in its clause. A weak word
  // (年度目标) is tried after every other date of the sentence.
  for (const weak of [false, true]) {
    for (let i = before.length - 1; i >= 0; i--)
      if (before[i]!.expr.weak === weak && usable(before[i]!)) return before[i]!;
    for (const d of after) if (d.expr.weak === weak && usable(d)) return d;
  }
  return null;
}

/**
 * 已达去年同期交易金额的97%, 恢复到2019年同期的96%: a share of a base period's level is a
 * figure of the time the text tells of, not of the base.
 */
function shareOfBase(text: string, d: ResolvedDate, pos: number): boolean {
  if (d.expr.end > pos || !SHARE_OF_BASE_BEFORE.test(text.slice(Math.max(0, d.expr.start - 3), d.expr.start)))
    return false;
  return /^[^，,。；;：:]{0,12}的$/.test(text.slice(d.expr.end, pos));
}
const SHARE_OF_BASE_BEFORE = /(?:达|达到|恢复到|恢复至|相当于)$/;

/**
 * 低于去年7.4%的增速, 比2020年的73129亿元, 从上半年的4.2%提高到4.3%: a baseline or a
 * starting point right before a figure (的 between at most) is that figure's period.
 */
function baselineOf(ctx: Context, clause: Clause, pos: number): ResolvedDate | null {
  const d = ctx.dates.within(clause.start, pos).at(-1);
  if (!d?.expr.since || d.period === null || ctx.isQuoted(d.expr.start, d.expr.end)) return null;
  // 恢复至2019年同期的96%, 是2010年的2.2倍: a share or a multiple of the base's level, not a figure of the base's period.
  if (ctx.rules.marker('deadline-before').matchEndingAt(ctx.doc.match, d.expr.start)) return null;
  const before = ctx.doc.match.slice(Math.max(0, d.expr.start - 3), d.expr.start);
  if (/(?:是|为)$/.test(before) || SHARE_OF_BASE_BEFORE.test(before)) return null;
  return levelAtBase(ctx, d, pos) ? d : null;
}

/**
 * Between a base date and a figure, nothing but what makes the figure the base's own:
 * 由2020年的7.2%; after a starting point (由, 从) also its rate, 由一季度的下降8.4%
 * (转为增长4.4%), 由一季度同比下降6.8%; not a comparison's (比2019年同期增长4.9% is of its own period).
 */
function levelAtBase(ctx: Context, d: ResolvedDate, pos: number): boolean {
  const text = ctx.doc.match;
  // (由2015年的人均380元: a per-head word may stand between)
  const gap = /^的?(?:人均|户均)?/.exec(text.slice(d.expr.end, pos))!;
  let p = d.expr.end + gap[0].length;
  if (p === pos) return true;
  if (!ctx.rules.marker('since-before').matchEndingAt(text, d.expr.start)) return false;
  // (由一季度同比下降6.8%: a basis word may come before the verb)
  p = ctx.rules.changes.matchAt(text, p, pos)?.end ?? p;
  return ctx.rules.directions.matchAt(text, p, pos)?.end === pos;
}

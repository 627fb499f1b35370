// A figure's period as attribution reads it (period.ts decides it), and the dates that may
// name one.
import type { ResolvedDate } from '../../dates/resolve.js';
import type { Context } from '../../context/context.js';
import type { Frame } from '../../frames/frame.js';

/** Where a figure's period was read: its clause, its sentence, a sentence before it, or a frame. */
export type PeriodSource = 'clause' | 'sentence' | 'carried' | 'frame';

/** A figure's period: the date it is read from (for its status), and the period it reports. */
export interface FigurePeriod {
  readonly date: ResolvedDate | null;
  readonly period: string | null;
  /** Where the period came from; null when the figure has none. */
  readonly from: PeriodSource | null;
  /** The frame that gave it, when a frame did. */
  readonly frame: Frame | null;
  /** A level a past span reached (五年来…城镇化率提高至64.8%): the span's last year, its period if it is an actual. */
  readonly reachedBy?: string;
  /** The figure a rise to a deadline starts from (到2020年…从人均8.7万元提高到12万元): a result, not a goal. */
  readonly startOfRise?: boolean;
}

export const NONE: FigurePeriod = { date: null, period: null, from: null, frame: null };

/**
 * After a date, the goal whose share a figure tells (全年目标任务的, 年度目标的), the goal
 * perhaps named by what it counts (全年投资目标任务的75.2%, 全年新增就业目标的).
 */
const GOAL_DONE = /^的?[\u4e00-\u9fff]{0,4}?(?:预期)?目标(?:任务)?的/;

/** Does the date name the year of a goal whose share is done (全年目标任务的86.8%)? */
export const namesAGoal = (text: string, d: ResolvedDate) => GOAL_DONE.test(text.slice(d.expr.end, d.expr.end + 11));

/** A date names an indicator's period unless it is a starting point (从2015年). */
export const usableAsPeriod = (d: ResolvedDate) => d.period !== null && !d.expr.since;

/**
 * Does the offset stand in a work report's review of a past year (一、2022年工作回顾)? The
 * innermost role decides: a plan's lead-in under the review heading (今年…主要预期目标是：) is no review.
 */
export const inReview = (ctx: Context, at: number): boolean =>
  ctx.frames.kind === 'work-report' && ctx.frames.chain(at).find((f) => f.role)?.role === 'review';

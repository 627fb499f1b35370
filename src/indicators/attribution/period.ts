// WHERE A FIGURE'S PERIOD IS DECIDED. Its own words first: the nearest date before the
// figure in its clause, then in its sentence, then after it in its clause. Else a date
// carried from the sentences before, where it truly carries (the same paragraph, or a
// part of a year from the one before), never across a heading. Else the innermost frame's
// time (src/frames/: a section's heading, a release's reporting period, a report's
// review year). A starting point (从2015年, 由2020年的7.2%) dates only its own figure; a
// range's figures are its ends (由22.4%提高到40.3%).
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { QuantityMatch } from '../../numbers/quantities.js';
import type { ResolvedDate } from '../../dates/resolve.js';
import { describeChain, type Frame } from '../../frames/frame.js';
import { FROM } from '../words.js';
import type { Status } from '../draft.js';

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
}

const NONE: FigurePeriod = { date: null, period: null, from: null, frame: null };

/** The period of the figure `q` in its clause of `sentence`. */
export function figurePeriod(ctx: Context, sentence: Sentence, clause: Clause, q: QuantityMatch): FigurePeriod {
  const found = periodFor(ctx, sentence, clause, q.start);
  const period = rangeEnd(ctx, q, clause, found.period);
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
  if (status === 'actual' || (p.from !== 'frame' && p.from !== 'carried')) return p;
  // (a plan told after 一季度末… in a release on 一季度 carries the frame's period: its goal is the frame's too)
  const time = p.from === 'frame' ? p.frame?.time : ctx.frames.timeAt(pos)?.time;
  const goal = time && time.period === p.period ? time.goal : null;
  return goal ? { ...p, period: goal.period, date: goal.date ?? p.date } : p;
}

/** A date names an indicator's period unless it is a starting point (从2015年). */
export const usableAsPeriod = (d: ResolvedDate) => d.period !== null && !d.expr.since;

/** The figure's own words, then a date carried from the paragraph or the one before, then its frame. */
export function periodFor(ctx: Context, sentence: Sentence, clause: Clause, pos: number): FigurePeriod {
  const own = periodInSentence(ctx, sentence, clause, pos);
  if (own)
    return { date: own, period: own.period, from: own.expr.start >= clause.start ? 'clause' : 'sentence', frame: null };
  const carried = carriedPeriod(ctx, sentence);
  if (carried) return { date: carried, period: carried.period, from: 'carried', frame: null };
  const framed = ctx.frames.timeAt(sentence.start);
  return framed ? { date: framed.time.date, period: framed.time.period, from: 'frame', frame: framed.frame } : NONE;
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
    if (!FROM.has(text[d.expr.start - 1]!)) return false;
    if (reached === undefined) {
      const said = text.slice(sentence.start, pos);
      reached = said.includes('由') && /[至到]/.test(said.slice(said.lastIndexOf('由') + 1));
    }
    return reached;
  };
  const usable = (d: ResolvedDate) =>
    usableAsPeriod(d) &&
    !ctx.isQuoted(d.expr.start, d.expr.end) &&
    ctx.asideAt(d.expr.start, d.expr.end) === aside &&
    !startOfRise(d) &&
    // 在上年同期18.0%的高增速基础上，继续实现38.6%的增长: 同期 dates its own clause only.
    !(d.expr.same && d.expr.start < clause.start);
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
 * 低于去年7.4%的增速, 比2020年的73129亿元, 从上半年的4.2%提高到4.3%: a baseline or a
 * starting point right before a figure (的 between at most) is that figure's period.
 */
function baselineOf(ctx: Context, clause: Clause, pos: number): ResolvedDate | null {
  const d = ctx.dates.within(clause.start, pos).at(-1);
  if (!d?.expr.since || d.period === null || ctx.isQuoted(d.expr.start, d.expr.end)) return null;
  // 恢复至2019年同期的96%, 是2010年的2.2倍: a share or a multiple of the base's level, not a figure of the base's period.
  if (ctx.rules.marker('deadline-before').matchEndingAt(ctx.doc.match, d.expr.start)) return null;
  if (/(?:是|为|相当于)$/.test(ctx.doc.match.slice(Math.max(0, d.expr.start - 3), d.expr.start))) return null;
  return levelAtBase(ctx, d, pos) ? d : null;
}

/**
 * Between a base date and a figure, nothing but what makes the figure the base's own:
 * 由2020年的7.2%; after a starting point (由, 从) also its rate, 由一季度的下降8.4%
 * (转为增长4.4%), 由一季度同比下降6.8%; not a comparison's (比2019年同期增长4.9% is of its own period).
 */
function levelAtBase(ctx: Context, d: ResolvedDate, pos: number): boolean {
  const text = ctx.doc.match;
  const gap = /^的?/.exec(text.slice(d.expr.end, pos))!;
  let p = d.expr.end + gap[0].length;
  if (p === pos) return true;
  if (!ctx.rules.marker('since-before').matchEndingAt(text, d.expr.start)) return false;
  // (由一季度同比下降6.8%: a basis word may come before the verb)
  p = ctx.rules.changes.matchAt(text, p, pos)?.end ?? p;
  return ctx.rules.directions.matchAt(text, p, pos)?.end === pos;
}

/** carriedPeriod of each sentence asked: every figure of a sentence without a date of its own asks it. */
const carriedBySentence = new WeakMap<Sentence, ResolvedDate | null>();

/** Carried from before, but not across a heading: what a section says before its heading is another item's. */
function carriedPeriod(ctx: Context, sentence: Sentence): ResolvedDate | null {
  let carried = carriedBySentence.get(sentence);
  if (carried === undefined) carriedBySentence.set(sentence, (carried = readCarriedPeriod(ctx, sentence)));
  return carried;
}

function readCarriedPeriod(ctx: Context, sentence: Sentence): ResolvedDate | null {
  const sectionStart = ctx.sections.startOf(sentence.start);
  for (let i = ctx.dates.lowerBound(sentence.start) - 1; i >= 0; i--) {
    const d = ctx.dates.items[i]!;
    const paragraph = ctx.paragraphOf(d.expr.start);
    if (paragraph < sentence.paragraph - 1 || d.expr.start < sectionStart) break;
    if (targetGoesOn(ctx, d, sentence) || monthGoesOn(ctx, d, sentence)) return d;
    if (
      carries(d, paragraph === sentence.paragraph, ctx.doc.match) &&
      !ctx.isQuoted(d.expr.start, d.expr.end) &&
      !datesAnEvent(ctx, d)
    )
      return d;
  }
  return null;
}

/**
 * 到2027年底，我国将全面实现5G规模化应用…。此外，5G融合应用标准超150项: a target's
 * deadline goes on into the next sentence of its paragraph when that one opens with a
 * word that continues it (此外, 同时) and names no time of its own.
 */
function targetGoesOn(ctx: Context, d: ResolvedDate, sentence: Sentence): boolean {
  if (!d.expr.deadline || d.period === null) return false;
  const before = ctx.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph || d.expr.start < before.start) return false;
  return (
    ctx.rules.marker('continuation').matchAt(ctx.doc.match, sentence.start) !== null &&
    ctx.dates.within(sentence.start, sentence.end).length === 0
  );
}

/**
 * 今年8月，三元电池装车量10.5GWh…；磷酸铁锂电池装车量17.2GWh: a month (which elsewhere
 * dates what happened, and carries no further) goes on into the sentence a semicolon joins
 * to its own, or one that 其中 opens (10月份当月，进出口总值2.84万亿元。其中出口1.62万亿元).
 */
function monthGoesOn(ctx: Context, d: ResolvedDate, sentence: Sentence): boolean {
  if (d.expr.month === null || d.expr.part !== null || d.expr.day !== null || !usableAsPeriod(d)) return false;
  if (d.expr.since || d.expr.deadline || d.expr.same) return false;
  const text = ctx.doc.match;
  // (the month opens its clause, as a reporting period does, 截至5月末 too: not 企业2月和3月用电价格…)
  const clause = ctx.clauseAt(d.expr.start);
  const asOf = clause ? ctx.rules.marker('as-of-before').matchEndingAt(text, d.expr.start, clause.start) : null;
  if (!clause || text.slice(clause.start, asOf ? asOf.start : d.expr.start).trim() !== '') return false;
  // (back along the sentences so joined: 其中出口…；进口… goes on from the one before 其中)
  let s = sentence;
  for (let n = 0; n < 6 && s.start > d.expr.start; n++) {
    const before = ctx.sentences[s.index - 1];
    if (!before || before.paragraph !== sentence.paragraph) return false;
    if (!/[;；]\s*$/.test(text.slice(before.start, s.start)) && !text.startsWith('其中', s.start)) return false;
    s = before;
  }
  return s.start <= d.expr.start;
}

/**
 * What carries to the figures of later sentences: a period (not a day, not a target
 * year) from the same paragraph; from the paragraph before, only a part of a year or
 * "now" (上半年, 目前) — a bare year there usually belongs to another statement.
 */
const carries = (d: ResolvedDate, sameParagraph: boolean, text: string) =>
  usableAsPeriod(d) &&
  !d.expr.weak &&
  // 由2020年的7.2%提升至…: the start of a rise dates that figure only.
  !FROM.has(text[d.expr.start - 1]!) &&
  // “十四五”实现良好开局: a plan's span named in passing dates its own sentence only (五年来 carries).
  d.expr.range === null &&
  d.expr.nextYears === null &&
  d.expr.day === null &&
  // 截止2019年底,…: a stock's day dates its own sentence, not the flows told after it.
  d.expr.pointDay === null &&
  !d.expr.deadline &&
  // 同期, 上年同期: the period a comparison refers back to, not one later sentences report on.
  !d.expr.same &&
  (d.expr.month === null || d.expr.part !== null) &&
  (sameParagraph || d.expr.part !== null);

/** 2019年初,…创新联盟成立: the date of something that happened, not a period later figures report on. */
function datesAnEvent(ctx: Context, d: ResolvedDate): boolean {
  // A quarter or a half (一季度,国家公布了…) is the period a report covers, whatever it tells first.
  if (/^[HQ]/.test(d.expr.part ?? '')) return false;
  const s = ctx.sentenceAt(d.expr.start);
  if (!s) return false;
  const clause = ctx.clauseAt(d.expr.start);
  const next = clause && ctx.clausesOf(s).find((c) => c.start >= clause.end);
  // The date's clause, or the next when the date stands alone in its own (2019年初,…).
  const said = clause && (clause.end - clause.start <= d.expr.end - d.expr.start + 2 && next ? next : clause);
  if (!said) return false;
  const triggers = ctx.rules.triggers.findAll(ctx.doc.match, Math.max(said.start, d.expr.end), said.end);
  // A clause with figures may report them (2020年,新签约项目20个); one whose verb follows the date at once tells what happened then.
  return (
    triggers.length > 0 &&
    (!/\d/.test(ctx.doc.match.slice(d.expr.end, said.end)) || triggers[0]!.start - d.expr.end <= 3)
  );
}

/** 由/从/自 a figure, then 到/至 the figure that follows. */
const RISE_FROM_FIGURE = new RegExp(`(?:${[...FROM].join('|')})[^，,。；;]*\\d[^，,。；;]*[到至]$`);

/** 由22.4%提高到40.3% over 2016/2020: the first figure is the baseline (2015), the second the end (2020). */
function rangeEnd(ctx: Context, q: QuantityMatch, clause: Clause, period: string | null): string | null {
  if (!period || !/^\d{4}\/\d{4}$/.test(period)) return period;
  const [from, to] = period.split('/').map(Number) as [number, number];
  const before = ctx.doc.match.slice(clause.start, q.start);
  if (/由$/.test(before)) return String(from - 1);
  // 由22.4%提高到40.3%, 人均预期寿命从2020年的82.4岁提升至83.9岁: the end of a rise from a
  // figure is the range's last year (自主…提高到 names no starting figure).
  if (/由.*[到至]$/.test(before) || RISE_FROM_FIGURE.test(before)) return String(to);
  return period;
}

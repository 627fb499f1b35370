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
import { SMALL_NUMERAL } from '../../rules/vocabulary.js';
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
  /** A level a past span reached (五年来…城镇化率提高至64.8%): the span's last year, its period if it is an actual. */
  readonly reachedBy?: string;
  /** The figure a rise to a deadline starts from (到2020年…从人均8.7万元提高到12万元): a result, not a goal. */
  readonly startOfRise?: boolean;
}

const NONE: FigurePeriod = { date: null, period: null, from: null, frame: null };

/** The period of the figure `q` in its clause of `sentence`. */
export function figurePeriod(ctx: Context, sentence: Sentence, clause: Clause, q: QuantityMatch): FigurePeriod {
  const read = quarterOfAFlow(ctx, clause, q, periodFor(ctx, sentence, clause, q.start));
  const found = sizeOnTheDay(ctx, q, dayOfAStock(ctx, clause, q, nowOfAStock(ctx, sentence, clause, q, read)));
  const start = riseToDeadlineStart(ctx, q, clause, found);
  if (start) return start;
  const period = rangeEnd(ctx, q, clause, found);
  const reachedBy = period === found.period ? spanEndReached(ctx, q, clause, period) : null;
  if (reachedBy) return { ...found, reachedBy };
  return period === found.period ? found : { ...found, period };
}

/**
 * 年末全县共有A级景区12个；实现旅游总收入100亿元: a year-end day that goes on across a semicolon
 * (monthGoesOn) dates the stocks told there (移动电话用户350.3万户, 存款余额); a flow told there
 * (旅游总收入, 新增) is the year's.
 */
function dayOfAStock(ctx: Context, clause: Clause, q: QuantityMatch, found: FigurePeriod): FigurePeriod {
  const d = found.date;
  if (
    found.from !== 'carried' ||
    !d ||
    d.expr.pointDay === null ||
    // (a quarter's flow already read as the quarter's: quarterOfAFlow)
    !/^\d{4}-\d{2}-\d{2}$/.test(found.period ?? '') ||
    d.expr.deadline ||
    isStock(ctx, clause, q, d.expr.asOf)
  )
    return found;
  const year = /^\d{4}/.exec(found.period ?? '');
  return year ? { ...found, period: year[0] } : found;
}

/**
 * 目前我市生猪收购价格为每公斤20元左右。…畜牧业实现增加值37亿元: "now" carried from a sentence
 * before dates the levels told after it, not a flow (flow-figure in markers.yaml) of the
 * period the release reports, which is its frame's.
 */
function nowOfAStock(ctx: Context, sentence: Sentence, clause: Clause, q: QuantityMatch, found: FigurePeriod) {
  if (found.from !== 'carried' || found.date?.expr.year?.kind !== 'now') return found;
  if (!ctx.rules.marker('flow-figure').firstIn(ctx.doc.match, clause.start, q.start)) return found;
  const framed = ctx.frames.timeAt(sentence.start);
  return framed
    ? { date: framed.time.date, period: framed.time.period, from: 'frame' as const, frame: framed.frame }
    : found;
}

/**
 * 一季度末，全市金融机构存款余额8000亿元 is a stock on March 31; 一季度末，全市生猪出栏80.9万头
 * (a flow: flow-figure in markers.yaml) is the quarter's.
 */
function quarterOfAFlow(ctx: Context, clause: Clause, q: QuantityMatch, found: FigurePeriod): FigurePeriod {
  const d = found.date;
  if (!d?.expr.pointDay || !found.period) return found;
  if (!/季度?末$/.test(ctx.doc.match.slice(d.expr.start, d.expr.end)) || isStock(ctx, clause, q, d.expr.asOf))
    return found;
  const day = /^(\d{4})-(\d{2})-\d{2}$/.exec(found.period);
  return day ? { ...found, period: `${day[1]}-Q${Number(day[2]) / 3}` } : found;
}

/** Units of a size: a thing's area, length or volume (展览面积36.6万平方米, 全长163公里). */
const SIZES = new Set(['m2', 'km2', 'ha', 'mu', 'km', 'm3']);

/**
 * 今天（5月10日），第五届进博会开幕。本届进博会展览面积达36.6万平方米: a news item's day that
 * goes on to what came of it (newsDayGoesOn) is no period of a size told there, as a size told
 * after it with no word of outcome (总建筑面积约51.2万平方米) has none.
 */
function sizeOnTheDay(ctx: Context, q: QuantityMatch, found: FigurePeriod): FigurePeriod {
  const d = found.date;
  if (found.from !== 'carried' || !d || d.expr.day === null || !q.unit) return found;
  return SIZES.has(q.unit.value.rule.unit) ? NONE : found;
}

/** Measure words that count what happened (次, 起, 场), not things there are. */
const HAPPENINGS = new Set(['次', '人次', '起', '场', '批次', '例', '架次']);

/**
 * A figure that is a stock: its clause names one before it (stock-figure in markers.yaml: 余额,
 * 人口, 用户, 共有); else, unless it names a flow (flow-figure: 收入, 新增, 实现, 增长), one in a
 * list told as of the day (截至2019年底，…；公路里程…，其中高速公路15万公里), a count of things
 * by a measure word (A级景区12个, 宽带接入户43.1万户) or a rate at the day (贫困发生率0.6%).
 */
function isStock(ctx: Context, clause: Clause, q: QuantityMatch, asOf: boolean): boolean {
  const text = ctx.doc.match;
  if (ctx.rules.marker('stock-figure').firstIn(text, clause.start, q.start)) return true;
  if (ctx.rules.marker('flow-figure').firstIn(text, clause.start, q.start)) return false;
  const unit = q.unit?.value.rule;
  if (asOf || unit?.class === 'percent' || unit?.class === 'pp') return true;
  return unit?.class === 'count' && unit.measure && !HAPPENINGS.has(text.slice(q.unit!.start, q.unit!.end));
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

/** After a date, the goal whose share a figure tells (全年目标任务的, 年度目标的). */
const GOAL_DONE = /^的?(?:预期)?目标(?:任务)?的/;

/** Does the date name the year of a goal whose share is done (全年目标任务的86.8%)? */
const namesAGoal = (text: string, d: ResolvedDate) => GOAL_DONE.test(text.slice(d.expr.end, d.expr.end + 7));

/** A date names an indicator's period unless it is a starting point (从2015年). */
export const usableAsPeriod = (d: ResolvedDate) => d.period !== null && !d.expr.since;

/** The figure's own words, then a date carried from the paragraph or the one before, then its frame. */
export function periodFor(ctx: Context, sentence: Sentence, clause: Clause, pos: number): FigurePeriod {
  const own = periodInSentence(ctx, sentence, clause, pos);
  if (own)
    return (
      (own.expr.yearToDate ? partSoFar(ctx, sentence, own) : null) ?? {
        date: own,
        period: monthBeforeReported(ctx, sentence, own) ?? own.period,
        from: own.expr.start >= clause.start ? 'clause' : 'sentence',
        frame: null,
      }
    );
  const carried = carriedPeriod(ctx, sentence);
  if (carried) return { date: carried, period: carried.period, from: 'carried', frame: null };
  const framed = ctx.frames.timeAt(sentence.start);
  return framed ? { date: framed.time.date, period: framed.time.period, from: 'frame', frame: framed.frame } : NONE;
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
 */
function monthBeforeReported(ctx: Context, sentence: Sentence, d: ResolvedDate): string | null {
  if (d.expr.months !== -1 || d.expr.day !== null || !d.period) return null;
  const reported = ctx.frames.timeAt(sentence.start)?.time.period;
  const month = /^(\d{4})-(\d{2})$/.exec(d.period);
  if (reported !== d.period || !month) return null;
  const before = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 2, 1));
  return `${before.getUTCFullYear()}-${String(before.getUTCMonth() + 1).padStart(2, '0')}`;
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
    !(d.expr.local && d.expr.start < clause.start);
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
  const last = ctx.dates.lowerBound(sentence.start) - 1;
  for (let i = last; i >= 0; i--) {
    const d = ctx.dates.items[i]!;
    const paragraph = ctx.paragraphOf(d.expr.start);
    if (paragraph < sentence.paragraph - 1 || d.expr.start < sectionStart) break;
    if (i === last && paragraph === sentence.paragraph && newsDayGoesOn(ctx, d, sentence)) return d;
    if (targetGoesOn(ctx, d, sentence) || monthGoesOn(ctx, d, sentence)) return d;
    if (yearToDateAside(ctx, d)) continue;
    if (
      carries(d, paragraph === sentence.paragraph, ctx.doc.match) &&
      !ctx.isQuoted(d.expr.start, d.expr.end) &&
      // （同期为下降9.8%、一季度为增长3.5%）: a date in an aside dates only the figures inside it.
      ctx.asideAt(d.expr.start, d.expr.end) === undefined &&
      !namesAGoal(ctx.doc.match, d) &&
      !endsARise(ctx, d) &&
      !datesAnEvent(ctx, d)
    )
      // (a goal's due year ends the search: what came before it is further still)
      return yearToComeInPassing(ctx, d) ? null : d;
  }
  const opened = reviewOpenedBefore(ctx, last, sectionStart);
  return opened && withinFrame(ctx, opened, sentence) ? opened : null;
}

/**
 * 11月份，CPI同比下降0.5%，1—11月累计同比上涨2.7%。…猪肉价格同比下降12.5%: the year to date
 * told after its own last month is an aside to that month's figures; it dates its own clause only.
 */
function yearToDateAside(ctx: Context, d: ResolvedDate): boolean {
  const toMonth = /^(\d{4})-01\/(\1-\d{2})$/.exec(d.period ?? '');
  const s = toMonth && ctx.sentenceAt(d.expr.start);
  return !!s && ctx.dates.within(s.start, d.expr.start).some((e) => e.period === toMonth![2]);
}

/** A review's period (五年来 2021/2025) shares a year with the section's (一、2025年及“十四五”时期工作回顾), when it has one. */
function withinFrame(ctx: Context, d: ResolvedDate, sentence: Sentence): boolean {
  const framed = ctx.frames.timeAt(sentence.start)?.time.period;
  if (!framed) return true;
  const [a, b] = yearsOf(d.period!);
  const [c, e] = yearsOf(framed);
  return a <= e && c <= b;
}

/** The first and last year of a period (2025, 2025-H1, 2021/2025). */
function yearsOf(period: string): [number, number] {
  const years = period.match(/\d{4}/g) ?? [];
  return [Number(years[0] ?? 0), Number(years.at(-1) ?? 0)];
}

/**
 * 刚刚过去的2025年很不平凡。…（一）千方百计稳就业…城镇新增就业121.7万人: in a work report's review,
 * a paragraph that opens with a period (刚刚过去的2025年, 过去一年, 五年来) is the time of the
 * paragraphs after it in its section, until another opens with one (read back from the
 * date `from`).
 */
function reviewOpenedBefore(ctx: Context, from: number, sectionStart: number): ResolvedDate | null {
  const year = ctx.frames.reportYear;
  if (year === null) return null;
  for (let i = from; i >= 0; i--) {
    const d = ctx.dates.items[i]!;
    if (d.expr.start < sectionStart) return null;
    if (!opensParagraph(ctx, d)) continue;
    const last = /(\d{4})$/.exec(d.period ?? '');
    return carries(d, true, ctx.doc.match) && last !== null && Number(last[1]) < year ? d : null;
  }
  return null;
}

/** The period a paragraph opens with: in its first sentence, at most a few words before it (刚刚过去的2025年, 五年来，). */
function opensParagraph(ctx: Context, d: ResolvedDate): boolean {
  const s = ctx.sentenceAt(d.expr.start);
  if (!s || s.heading || ctx.sentences[s.index - 1]?.paragraph === s.paragraph) return false;
  const before = ctx.doc.match.slice(s.start, d.expr.start);
  return before.length <= 6 && !/[，,。；;：:！!]/.test(before);
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
 * So does a stock's day (年末固定电话用户60万户…；移动电话用户350.3万户…), which dayOfAStock
 * keeps for the stocks told there only.
 */
function monthGoesOn(ctx: Context, d: ResolvedDate, sentence: Sentence): boolean {
  const month = d.expr.month !== null && d.expr.part === null;
  if (!(month || d.expr.pointDay !== null) || d.expr.day !== null || !usableAsPeriod(d)) return false;
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
 * 今天（6月21日），首批…基金登陆沪深交易所。9只产品共募集资金约314亿元: the day a news item
 * tells of (the page's 今天, 昨天) is the day of what the next sentences of its paragraph say
 * was done that day (day-outcome in markers.yaml: 成交, 募集, 签约, 认购 …), when no other date
 * stands between; a sentence that only names the occasion (此次, 本届) or its visitors (吸引,
 * 参展) tells no outcome, and a thing's size told after it (全长, 总建筑面积, 展览面积) has no
 * period (sizeOnTheDay).
 */
function newsDayGoesOn(ctx: Context, d: ResolvedDate, sentence: Sentence): boolean {
  const e = d.expr;
  if (e.day === null || (e.glossOf === null && e.days === null) || e.since || e.deadline || !usableAsPeriod(d))
    return false;
  return (
    !ctx.isQuoted(e.start, e.end) &&
    ctx.rules.marker('day-outcome').firstIn(ctx.doc.match, sentence.start, sentence.end) !== null &&
    ctx.frames.timeAt(sentence.start) === null
  );
}

/**
 * What carries to the figures of later sentences: a period (not a day, not a target
 * year) from the same paragraph; from the paragraph before, only a part of a year or
 * "now" (上半年, 目前) — a bare year there usually belongs to another statement.
 */
const carries = (d: ResolvedDate, sameParagraph: boolean, text: string) =>
  usableAsPeriod(d) &&
  !d.expr.weak &&
  !d.expr.local &&
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

/**
 * 今年建成雄商高铁，2027年、2028年分别建成津潍、潍宿高铁。公路方面，…高速公路里程突破9500公里:
 * a year after the page's own in a clause that tells no figure is when that clause's goal falls
 * due (充分考虑了2035年与全国同步基本实现…), not the period of what follows; one whose clause
 * gives figures (一九八五年工农业总产值达到八千七百一十亿元) dates those and goes on.
 */
function yearToComeInPassing(ctx: Context, d: ResolvedDate): boolean {
  const written = ctx.frames.reportYear ?? (ctx.doc.published ? Number(ctx.doc.published.slice(0, 4)) : null);
  if (written === null || !/^\d{4}$/.test(d.period ?? '') || Number(d.period) <= written) return false;
  const s = ctx.sentenceAt(d.expr.start);
  const clause = ctx.clauseAt(d.expr.start);
  if (!s || !clause) return false;
  // The date's clause, or the next when the date stands alone in its own (2030年，全市…).
  const next = ctx.clausesOf(s).find((c) => c.start >= clause.end);
  const said = clause.end - clause.start <= d.expr.end - d.expr.start + 2 && next ? next : clause;
  return !tellsAFigure(ctx, said.start, said.end);
}

/** A numeral with a unit, or any digit, outside the dates of [start, end). */
const FIGURE_WORDS = /[0-9０-９]|百分之|[一二两三四五六七八九十][十百千万亿]*(?:[万亿]?元|[万亿]?吨|万人|个百分点|倍)/;

function tellsAFigure(ctx: Context, start: number, end: number): boolean {
  const text = ctx.doc.match;
  let said = '';
  let at = start;
  for (const d of ctx.dates.within(start, end)) {
    said += text.slice(at, Math.max(at, d.expr.start));
    at = Math.max(at, d.expr.end);
  }
  return FIGURE_WORDS.test(said + text.slice(at, end));
}

/**
 * 人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。一般公共预算收入从7248亿元提高到…:
 * the end of a rise dates its own figure; the sentences after go on in the span before it (五年来).
 */
function endsARise(ctx: Context, d: ResolvedDate): boolean {
  const clause = ctx.clauseAt(d.expr.start);
  return clause !== undefined && RISE_FROM_FIGURE.test(ctx.doc.match.slice(clause.start, d.expr.start));
}

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
  const figures = /\d/.test(ctx.doc.match.slice(d.expr.end, said.end));
  // (全年货币发行还比年初计划少了近500亿元: a word that also names an amount, with a figure, reports one)
  const triggers = ctx.rules.triggers
    .findAll(ctx.doc.match, Math.max(said.start, d.expr.end), said.end)
    .filter((t) => !(figures && t.value.rule.amount));
  // A clause with figures may report them (2020年,新签约项目20个); one whose verb follows the date at once tells what happened then.
  return triggers.length > 0 && (!figures || triggers[0]!.start - d.expr.end <= 3);
}

/** 由/从/自 a figure, then 到/至 the figure that follows. */
// (the figure risen from may be in words: 企业开办时间从一个月以上压缩到目前的平均4个工作日以内)
const RISE_FROM_FIGURE = new RegExp(`(?:${[...FROM].join('|')})[^，,。；;]*[\\d${SMALL_NUMERAL}][^，,。；;]*[到至]$`);

/** Both ends written as years (2012年到2020年, 2016年至2019年), not a plan's span (十三五, 2016—2020年). */
const YEAR_TO_YEAR = /\d{4}年\s*(?:到|至)\s*\d{4}年/;

/**
 * 由22.4%提高到40.3% over 2016/2020: the first figure is the baseline (2015), the second the end
 * (2020). Over years written as a stretch (2012年到2020年，制造业增加值由16.98万亿元增长到26.6万亿元)
 * the first figure is the first year's.
 */
function rangeEnd(ctx: Context, q: QuantityMatch, clause: Clause, found: FigurePeriod): string | null {
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

/** 从每人每月330.1元, 由150万元: a starting figure, a few words of what it counts at most after 从/由. */
const STARTING_POINT = /[从由][^，,。；;、到至\d]{0,6}$/;

/**
 * 到2020年，全员劳动生产率从人均8.7万元提高到12万元以上: the deadline dates the figure risen
 * to; the one risen from is where things stand when the plan is written. In a work report
 * that is the year before the report's (2015 in the 2016 report); elsewhere no year is said.
 * 参保率将从“十三五”期末的超过90%提高到95%: after a plan word the starting figure keeps its
 * period, and is a result all the same.
 */
function riseToDeadlineStart(ctx: Context, q: QuantityMatch, clause: Clause, found: FigurePeriod): FigurePeriod | null {
  const text = ctx.doc.match;
  const before = text.slice(clause.start, q.start);
  const opener = RISE_START.exec(before);
  if (!opener || !/^[^，,。；;]*?[到至]/.test(text.slice(q.end, clause.end))) return null;
  const d = found.date;
  if (!d?.expr.deadline || !found.period || !/^\d{4}$/.test(found.period))
    return PLANNED_RISE.test(before.slice(0, opener.index)) ? { ...found, startOfRise: true } : null;
  const year = ctx.frames.kind === 'work-report' ? ctx.frames.reportYear : null;
  const period = year !== null && year - 1 < Number(found.period) ? String(year - 1) : null;
  return { date: null, period, from: period ? found.from : null, frame: null, startOfRise: true };
}

/** 从/由 right before a figure, with a short word (从人均) or a starting point (从“十三五”期末的超过) between. */
const RISE_START = /[由从](?:[^，,。；;由从]{0,10}的)?[\u4e00-\u9fff]{0,2}$/;

/** A plan word right before 从/由 (将从, 要从): what follows is a rise planned from a figure reached. */
const PLANNED_RISE = /(?:将|要|力争)$/;

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
function spanEndReached(ctx: Context, q: QuantityMatch, clause: Clause, period: string | null): string | null {
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

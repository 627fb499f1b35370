// A period read for a figure, adjusted for what the figure is: a stock told on a day (余额 at
// 年末) takes that day, a flow the period around it (一季度末…出栏 is the quarter's), a size
// (展览面积) no news day at all.
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { QuantityMatch } from '../../numbers/quantities.js';
import { NONE, type FigurePeriod } from './figure-period.js';

/**
 * 年末全县共有A级景区12个；实现旅游总收入100亿元: a year-end day that goes on across a semicolon
 * (monthGoesOn) dates the stocks told there (移动电话用户350.3万户, 存款余额); a flow told there
 * (旅游总收入, 新增) is the year's.
 */
export function dayOfAStock(ctx: Context, clause: Clause, q: QuantityMatch, found: FigurePeriod): FigurePeriod {
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
export function nowOfAStock(ctx: Context, sentence: Sentence, clause: Clause, q: QuantityMatch, found: FigurePeriod) {
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
export function quarterOfAFlow(ctx: Context, clause: Clause, q: QuantityMatch, found: FigurePeriod): FigurePeriod {
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
export function sizeOnTheDay(ctx: Context, clause: Clause, q: QuantityMatch, found: FigurePeriod): FigurePeriod {
  const d = found.date;
  if (!d || !q.unit || !SIZES.has(q.unit.value.rule.unit)) return found;
  if (found.from === 'carried') return d.expr.day === null ? found : NONE;
  return found.from === 'sentence' && sizeNamed(ctx, clause, q) ? NONE : found;
}

/**
 * 兴泉铁路2017年全线开工建设，正线全长约496公里: a thing's size, named so in a clause of its
 * own (size-noun in markers.yaml) with no word of a flow (新建), is not of the date another
 * clause gives what was done.
 */
function sizeNamed(ctx: Context, clause: Clause, q: QuantityMatch): boolean {
  const text = ctx.doc.match;
  // (up to the figure's end: 长约 runs into the figure's own 约)
  if (ctx.rules.marker('size-noun').firstIn(text, clause.start, q.end) === null) return false;
  return ctx.rules.marker('flow-figure').firstIn(text, clause.start, q.start) === null;
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

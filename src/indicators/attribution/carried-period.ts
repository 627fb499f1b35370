// A period carried to a figure from the sentences before its own: which dates go on to later
// sentences (a part of a year, 目前, a review's span, a news day to what came of it) and which
// date their own sentence only (a day, a deadline, a goal's year, a date in an aside).
import type { Context } from '../../context/context.js';
import type { Sentence } from '../../segment/sentences.js';
import type { ResolvedDate } from '../../dates/resolve.js';
import { FROM } from '../words.js';
import { inReview, namesAGoal, usableAsPeriod } from './figure-period.js';
import { RISE_FROM_FIGURE } from './rises.js';

/** carriedPeriod of each sentence asked: every figure of a sentence without a date of its own asks it. */
const carriedBySentence = new WeakMap<Sentence, ResolvedDate | null>();

/** Carried from before, but not across a heading: what a section says before its heading is another item's. */
export function carriedPeriod(ctx: Context, sentence: Sentence): ResolvedDate | null {
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
      carries(d, paragraph === sentence.paragraph, ctx.doc.match, reportedMonth(ctx, d)) &&
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
 * word that continues it (此外, 同时) and names no time of its own. So it does when its own
 * sentence tells no figure: 主要目标是，到2025年，…体系初步形成。单位国内生产总值能耗比2020年
 * 下降13.5%；… (the deadline heads the goals told next; a base year, 比2020年, is no time of their own).
 */
function targetGoesOn(ctx: Context, d: ResolvedDate, sentence: Sentence): boolean {
  if (!d.expr.deadline || d.period === null) return false;
  const inSentenceBefore = (s: Sentence) => {
    const before = ctx.sentences[s.index - 1];
    return !!before && before.paragraph === s.paragraph && d.expr.start >= before.start && before;
  };
  if (inSentenceBefore(sentence) && ctx.rules.marker('continuation').matchAt(ctx.doc.match, sentence.start) !== null)
    return ctx.dates.within(sentence.start, sentence.end).length === 0;
  const first = firstOfSemicolonRun(ctx, sentence);
  const others = ctx.dates.within(first.start, sentence.end).filter((e) => e !== d);
  if (others.some((e) => !e.expr.since)) return false;
  if (first !== sentence && opensSentence(ctx, d, first)) return true;
  const head = inSentenceBefore(first);
  return !!head && d.expr.start < first.start && !tellsAFigure(ctx, d.expr.end, head.end);
}

/**
 * 到2030年，…研发投入强度达到3.5%以上，…；居民人均可支配收入达到9万元左右: a deadline that opens
 * the first sentence of a semicolon run heads every goal of the run; so does one after a
 * short lead-in that tells no figure (《规划》提出，到2025年，…；冷藏车保有量约14万辆).
 */
function opensSentence(ctx: Context, d: ResolvedDate, s: Sentence): boolean {
  if (d.expr.start < s.start || d.expr.start >= s.end) return false;
  return d.expr.start - s.start <= MAX_LEAD_IN && !tellsAFigure(ctx, s.start, d.expr.start);
}

/** The longest lead-in before a deadline that heads its sentence (《规划》提出，, 主要目标是：). */
const MAX_LEAD_IN = 16;

/** The first of the sentences of its paragraph that semicolons join to `sentence` (…下降13.5%；…下降18%；…). */
function firstOfSemicolonRun(ctx: Context, sentence: Sentence): Sentence {
  let s = sentence;
  for (
    let before = ctx.sentences[s.index - 1];
    before?.paragraph === s.paragraph;
    before = ctx.sentences[s.index - 1]
  ) {
    if (!endsAtSemicolon(ctx.doc.match, before, s)) break;
    s = before;
  }
  return s;
}

/** Does the sentence `before` end at a semicolon, joining `s` to it (…下降13.5%；…下降18%)? */
function endsAtSemicolon(text: string, before: Sentence, s: Sentence): boolean {
  return /[;；]\s*$/.test(text.slice(before.start, s.start));
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
    if (!endsAtSemicolon(text, before, s) && !text.startsWith('其中', s.start)) return false;
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
const carries = (d: ResolvedDate, sameParagraph: boolean, text: string, monthReports = false) =>
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
  (d.expr.month === null || d.expr.part !== null || (monthReports && sameParagraph)) &&
  (sameParagraph || d.expr.part !== null);

/**
 * 11月份，…规模以上工业增加值同比增长7.0%。服务业生产指数中的8个大类行业7个实现了增长: in a
 * statistics release a month that opens its clause is the period reported, and goes on
 * through its paragraph (else the 1—11月 of the paragraph before would date the month's
 * figures); one told in passing (继10月份实现由负转正后) does not.
 */
function reportedMonth(ctx: Context, d: ResolvedDate): boolean {
  if (ctx.frames.kind !== 'statistical-release') return false;
  const clause = ctx.clauseAt(d.expr.start);
  return clause !== undefined && ctx.doc.match.slice(clause.start, d.expr.start).trim() === '';
}

/**
 * 今年建成雄商高铁，2027年、2028年分别建成津潍、潍宿高铁。公路方面，…高速公路里程突破9500公里:
 * a year after the page's own in a clause that tells no figure is when that clause's goal falls
 * due (充分考虑了2035年与全国同步基本实现…), not the period of what follows; so is the report's
 * own year named in its review (为今年应对困难挑战预留政策空间); one whose clause
 * gives figures (一九八五年工农业总产值达到八千七百一十亿元) dates those and goes on.
 */
function yearToComeInPassing(ctx: Context, d: ResolvedDate): boolean {
  const written = ctx.frames.reportYear ?? (ctx.doc.published ? Number(ctx.doc.published.slice(0, 4)) : null);
  if (written === null || !/^\d{4}$/.test(d.period ?? '')) return false;
  // (in a report's review, its own year too: 同时考虑为今年应对困难挑战预留政策空间 dates no result after it)
  const ahead = Number(d.period) > written || (Number(d.period) === written && inReview(ctx, d.expr.start));
  if (!ahead) return false;
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

// Events: a clause that says something happened (or will) at a stated date.
// A date with a day (5月13日) makes an event by itself; a coarser one (2021年,
// 3月份, 年底) only with a trigger word after it in its clause or segment.
import type { NamedContext } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import type { ResolvedDate } from '../dates/resolve.js';
import type { People } from '../organizations/people.js';
import { anchorDates, eventReach } from './anchors.js';
import { triggersAfter, strongestTrigger, type TriggerMatch } from './triggers.js';
import { eventDraft, type EventDraft } from './draft.js';
import { mergePatternEvents } from './patterns.js';

export type { EventDraft } from './draft.js';

export function extractEvents(ctx: NamedContext, people: People): EventDraft[] {
  const out: EventDraft[] = [];
  for (const sentence of ctx.sentences) {
    const dates = anchorDates(ctx, sentence);
    const told: Told[] = [];
    dates.forEach((d, i) => {
      const event = eventOf(ctx, sentence, dates, i, people);
      // (2019年“大国工匠年度人物”…揭晓: two words of one year over one telling give one event)
      if (event && !told.some((t) => sameEvent(t.event, event)))
        told.push({ event, clause: ctx.clauseAt(d.expr.start)!.start, dateEnd: d.expr.end });
    });
    out.push(...withoutYearNames(ctx, sentence, told));
  }
  return mergePatternEvents(ctx, out, people);
}

/**
 * 2021年中俄网络媒体论坛今天（11月22日）举行, 今天（5月18日），2021年“国际博物馆日”…活动在京举行:
 * a year alone, where a day of that year dates the same telling (its clause, or the same
 * trigger's clause), names the thing (the 2021 forum); the day dates the event. In a
 * heading (2021年中国·廊坊国际经贸洽谈会开幕), a year written right before a name is that
 * name's edition, not the day it happened: the item's body tells the day.
 */
function withoutYearNames(ctx: NamedContext, sentence: Sentence, told: readonly Told[]): EventDraft[] {
  const kept = told.filter(({ event: e, clause, dateEnd }) => {
    if (!/^\d{4}$/.test(e.date)) return true;
    const finer =
      told.find((f) => (f.clause === clause || f.event.end === e.end) && f.event.date.startsWith(`${e.date}-`))
        ?.event ?? namedEditionDay(ctx, told, e, dateEnd);
    if (finer)
      return !droppedYear(
        ctx,
        e,
        `the year names what ${finer.dateText} dates (2021年…论坛今天举行): the day dates the event`,
      );
    if (sentence.heading && editionYear(ctx.doc.match.slice(dateEnd, dateEnd + 6)))
      return !droppedYear(
        ctx,
        e,
        'a year before a name in a heading (2021年…洽谈会开幕) is its edition: the body tells the day',
      );
    return true;
  });
  return kept.map((t) => t.event);
}

/**
 * 今天（9月22日），2022年第19届亚运会体育图标发布: a year right before a name, where a day
 * of another year dates the same trigger, is the name's edition (the 2022 games), not when
 * the icons came out.
 */
function namedEditionDay(ctx: NamedContext, told: readonly Told[], e: EventDraft, dateEnd: number) {
  if (!editionYear(ctx.doc.match.slice(dateEnd, dateEnd + 6))) return undefined;
  return told.find((f) => f.event !== e && f.event.end === e.end && /^\d{4}-\d{2}-\d{2}$/.test(f.event.date))?.event;
}

/** 2021年中国·廊坊…: what follows the year at once is a name, not a time word (2021年起, 2021年底, 2021年，). */
function editionYear(after: string): boolean {
  return /^[\u4e00-\u9fff“《]/.test(after) && !YEAR_TIME_WORD.test(after);
}

/** What may follow a year as a time, not a name: 2021年起, 2021年底, 2021年以来, 2021年的. */
const YEAR_TIME_WORD =
  /^(起|底|初|末|中(?![国华])|内|前|后|以来|以后|以前|至|到|的|里|全年|上半年|下半年|一季度|二季度|三季度|四季度|前三季度)/;

/** One telling dated twice by years alone (2019年“大国工匠年度人物”): the first year written is its date. */
const sameEvent = (a: EventDraft, b: EventDraft) =>
  a.start === b.start && a.end === b.end && YEAR_ONLY.test(a.date) && YEAR_ONLY.test(b.date);

const YEAR_ONLY = /^\d{4}$/;

/** Says why a year-dated event is left out (for explain); always true. */
function droppedYear(ctx: NamedContext, e: EventDraft, message: string): true {
  if (ctx.tracing) ctx.note({ stage: 'event', start: e.start, end: e.end, rule: e.rule, verdict: 'dropped', message });
  return true;
}

/** An event and the start of its date's clause. */
interface Told {
  readonly event: EventDraft;
  readonly clause: number;
  /** Where its date ends (what follows it tells a name from a time). */
  readonly dateEnd: number;
}

/** The event the i-th anchor date of a sentence dates, or null (with why, to explain). */
function eventOf(
  ctx: NamedContext,
  sentence: Sentence,
  dates: readonly ResolvedDate[],
  i: number,
  people: People,
): EventDraft | null {
  const d = dates[i]!;
  if (ctx.rules.marker('lasts-until').matchEndingAt(ctx.doc.match, d.expr.start) !== null)
    return dropped(ctx, d, 'the end of what goes on (活动将持续到10月31日): what began is the event, not its end');
  if (ctx.rules.marker('baseline-before').matchEndingAt(ctx.doc.match, d.expr.start) !== null)
    return dropped(ctx, d, 'the base of a comparison (相比去年5月1日增长6.4%): no event');
  const reach = eventReach(ctx, sentence, dates, i);
  if (reach.statistic)
    return dropped(ctx, d, 'a relative year alone, with a figure in its clause: a statistic, not an event');
  const found = triggersAfter(ctx, d, reach, sentence);
  if (found.length === 0 && !namesADay(d))
    return dropped(ctx, d, 'a date without a day needs a trigger word after it in its clause (events.yaml)');
  if (found.length === 0 && modifiesNoun(ctx.doc.match, d))
    return dropped(ctx, d, 'a day before 的 qualifies what follows (2月9日的8.2%): with no trigger word, no event');
  const best = strongestTrigger(ctx, found);
  const { start, end } = eventSpan(ctx, sentence, reach.clause, d, best);
  const idle = found.length === 0 && d.expr.day === null ? idleDayWord(ctx, d, end) : null;
  if (idle) return dropped(ctx, d, idle);
  const draft = eventDraft(
    ctx,
    d,
    { start, end, rule: best?.value.ref ?? d.expr.ref, kind: best?.value.rule.kind ?? 'other' },
    people,
  );
  if (ctx.tracing)
    ctx.note({
      stage: 'event',
      start,
      end,
      rule: draft.rule,
      verdict: 'kept',
      message: `${d.date} (${d.basis}) ${best ? `${best.value.rule.kind}, trigger ${best.word}` : 'other, no trigger'}`,
    });
  return draft;
}

/**
 * What the event covers: from the date's clause to the clause of its trigger; without
 * one, the date's clause, or the next when the date's is only the date (昨天(10月27日),…).
 */
function eventSpan(
  ctx: NamedContext,
  sentence: Sentence,
  clause: { start: number; end: number },
  d: ResolvedDate,
  best: TriggerMatch | null,
): { start: number; end: number } {
  const text = ctx.doc.match;
  const onlyDate =
    text
      .slice(clause.start, clause.end)
      .replace(text.slice(d.expr.start, d.expr.end), '')
      .replace(/[\s()（）从自开始起]/g, '').length <= 2;
  const end = best ? ctx.clauseAt(best.start)!.end : onlyDate ? toldAfter(ctx, sentence, clause) : clause.end;
  return { start: withSubject(ctx, sentence, clause.start, end), end };
}

/**
 * Where what a bare date (昨天(10月27日),…) dates ends: the clause after it, past a report's
 * frame (5月6日，有外媒报道，宁德时代在美国…; markers report-frame).
 */
function toldAfter(ctx: NamedContext, sentence: Sentence, clause: { end: number }): number {
  const later = ctx.clausesOf(sentence).filter((c) => c.start >= clause.end && c.start < sentence.end);
  const frame = ctx.rules.marker('report-frame');
  const text = ctx.doc.match;
  const framed = (c: { start: number; end: number }) =>
    frame.matchAt(text, c.start)?.end === c.end || frame.matchAt(text, c.start)?.end === c.end - 1;
  const told = later.find((c) => !framed(c));
  return told?.end ?? later[0]?.end ?? clause.end;
}

/**
 * 由国务院国资委指导，12家中央企业10月13日在天津成立…: with no organization between its date's
 * clause and its end, an event starts at the last clause before that names one, in its sentence.
 */
function withSubject(ctx: NamedContext, sentence: Sentence, start: number, end: number): number {
  if (ctx.orgSpans.within(start, end).length > 0) return start;
  // (not the page's source: 央视网消息（新闻联播）：… names who reports, not who acts)
  const named = ctx.orgSpans
    .within(sentence.start, start)
    .filter((m) => !ctx.isQuoted(m.start, m.end) && !ctx.isQuoted(m.end, m.end + 1))
    .at(-1);
  if (!named) return start;
  // 据伊朗塔斯尼姆通讯社报道，…: a clause that names where the news came from names no actor.
  const clause = ctx.clauseAt(named.start)!;
  const sourced = ctx.rules.marker('source-frame').firstIn(ctx.doc.match, clause.start, clause.end) !== null;
  return sourced ? start : clause.start;
}

/**
 * A date that names one day: written with its day (5月13日), or a day word told from the
 * reference day (今天，天坛公园恢复开放…; 昨晚，…发生险情): either dates what its clause tells.
 */
function namesADay(d: ResolvedDate): boolean {
  if (d.expr.day !== null) return true;
  // (not 发展到今天已有9100多万名党员: 到 makes it "by now", a stock; nor 香港明天一定会更好:
  // a day ahead with no verb of an event is a hope)
  return d.expr.days !== null && d.expr.days <= 0 && d.expr.weeks === null && !d.expr.deadline;
}

/**
 * Why a day word told alone, with no trigger word, dates nothing, or null: after 的 it is a
 * noun (更加美好的明天); after 较 the base of a comparison (水位较昨日有所回落); with a first
 * person in what it dates (up to `end`) a speaker's now (今天，我们完全可以说).
 */
function idleDayWord(ctx: NamedContext, d: ResolvedDate, end: number): string | null {
  const text = ctx.doc.match;
  if (text[d.expr.start - 1] === '的') return 'a day word after 的 is a noun (更加美好的明天): no event';
  if (ctx.rules.marker('baseline-before').matchEndingAt(text, d.expr.start))
    return 'a day word after 较/比 is the base of a comparison (水位较昨日有所回落): no event';
  if (ctx.rules.marker('speaker-now').firstIn(text, d.expr.start, end))
    return 'a day word with a first person in its clause is a speaker’s now (今天，我们完全可以说): no event';
  return null;
}

/** 由1月27日的1.3%上升到2月9日的8.2%, 今天（7月22日）的《…》系列报道: the day qualifies a noun or a figure. */
function modifiesNoun(text: string, d: ResolvedDate): boolean {
  return /^[）)]?的/.test(text.slice(d.expr.end, d.expr.end + 2));
}

function dropped(ctx: NamedContext, d: ResolvedDate, message: string): null {
  if (ctx.tracing)
    ctx.note({ stage: 'event', start: d.expr.start, end: d.expr.end, rule: d.expr.ref, verdict: 'dropped', message });
  return null;
}

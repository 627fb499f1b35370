// Events: a clause that says something happened (or will) at a stated date.
// A date with a day (5月13日) makes an event by itself; a coarser one (2021年,
// 3月份, 年底) only with a trigger word after it in its clause or segment.
import type { Context } from '../context/context.js';
import { splitClauses, type Sentence } from '../segment/sentences.js';
import type { ResolvedDate, DateBasis } from '../dates/resolve.js';
import type { OrgEntity } from '../organizations/organizations.js';
import type { EventKind } from '../facts.js';
import type { Evidence } from '../document/metadata.js';
import { findPeople } from '../organizations/people.js';
import type { Lexicon } from '../rules/lexicon.js';
import { findPatternMatches } from '../context/patterns.js';
import { SpanIndex } from '../segment/spans.js';

export interface EventDraft {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly date: string;
  readonly dateText: string;
  readonly dateBasis: DateBasis;
  readonly yearFrom: Evidence | null;
  readonly kind: EventKind;
  readonly orgs: string[];
  readonly people: string[];
}

const hasDay = (d: ResolvedDate) => d.expr.day !== null;
/** A figure right after a trigger (投资额1375.5亿元): the word names an amount. */
const STATISTIC_AFTER = /^[^\s,，、;；。:：]{0,3}\d/;
const isCoarse = (d: ResolvedDate) => d.expr.day === null;

/**
 * Dates that can anchor an event: not periods (上半年, 同期, 近五年, 目前), nor a title's
 * or the page header's. A year alone (2015年, 今年) anchors one only with a trigger word
 * in its clause (今年,…被首次写入政府工作报告): see yearOnly below.
 */
function eventDates(ctx: Context, sentence: Sentence): ResolvedDate[] {
  return ctx.dateIndex.within(sentence.start, sentence.end).filter(
    (d) =>
      d.date !== null &&
      d.basis !== null &&
      !/^[HQ]/.test(d.expr.part ?? '') &&
      d.expr.start >= sentence.start &&
      d.expr.end <= sentence.end &&
      !d.expr.same &&
      d.expr.year?.kind !== 'now' &&
      d.expr.lastYears === null &&
      // 年初以来, 2015年以来: the start of a stretch of time, not the date of something that happened.
      !(d.expr.day === null && ctx.rules.marker('since-after').matchAt(ctx.doc.match, d.expr.end) !== null) &&
      !ctx.isQuoted(d.expr.start, d.expr.end),
  );
}

export function extractEvents(ctx: Context, orgs: readonly OrgEntity[], people: Lexicon<true>): EventDraft[] {
  const { doc, rules } = ctx;
  const text = doc.match;
  const out: EventDraft[] = [];
  const orgMentions = new SpanIndex(
    orgs.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, canonical: o.canonical }))),
    (m) => m.start,
    (m) => m.end,
  );

  for (const sentence of ctx.sentences) {
    const dates = eventDates(ctx, sentence);
    if (dates.length === 0) continue;
    const clauses = splitClauses(text, sentence.start, sentence.end);
    const clauseOf = (pos: number) =>
      clauses.find((c) => pos >= c.start && pos < c.end) ?? clauses[clauses.length - 1]!;

    dates.forEach((d, i) => {
      // A date starting a range of clauses owns them until the next date with a day or month.
      const next = dates.slice(i + 1).find((x) => x.expr.month !== null || x.expr.part !== null);
      const segmentEnd = next ? clauseOf(next.expr.start).start : sentence.end;
      const clause = clauseOf(d.expr.start);
      // A year alone says what happened in its own clause; when the clause is only the
      // year (从2015年开始,国家启动…), in the next.
      const yearOnly = isCoarse(d) && d.expr.month === null && d.expr.part === null;
      const bare =
        text
          .slice(clause.start, clause.end)
          .replace(text.slice(d.expr.start, d.expr.end), '')
          .replace(/[\s()（）从自开始起]/g, '').length === 0;
      const nextClause = clauses.find((c) => c.start >= clause.end);
      const searchEnd = yearOnly
        ? bare && nextClause
          ? nextClause.end
          : clause.end
        : Math.max(segmentEnd, clause.end);
      // 今年城镇保障性住房基本建成470万套: a year of the reference alone, with a figure in its
      // clause, reports a statistic; an event it dates says what happened without one.
      const relativeYear = yearOnly && d.expr.year?.kind === 'relative';
      if (
        relativeYear &&
        /\d|[一二三四五六七八九十百千万亿]{2,}/.test(
          text.slice(clause.start, searchEnd).replace(text.slice(d.expr.start, d.expr.end), ''),
        )
      ) {
        if (ctx.tracing)
          ctx.note({
            stage: 'event',
            start: d.expr.start,
            end: d.expr.end,
            rule: d.expr.ref,
            verdict: 'dropped',
            message: 'a relative year alone, with a figure in its clause: a statistic, not an event',
          });
        return;
      }
      // 投资额1375.5亿元, 完成投资150亿元, 投资增长36%: investment as a statistic, not something done on a date.
      const found = rules.triggers
        .findAll(text, d.expr.end, Math.min(searchEnd, sentence.end))
        .filter((t) => !t.value.rule.amount || hasDay(d) || !STATISTIC_AFTER.test(text.slice(t.end, t.end + 6)))
        // 今年华为云城市峰会举办的第二站: with only 今年 to date it, an event needs a verb that tells
        // what happened — not a noun (峰会, priority 1), nor a verb before 的 that describes one
        // (2021年发布的“1号文件” still is an event: its year is written).
        // Nor a word that also names an amount (今年全社会固定资产投资预定增长10%: a statistic).
        .filter((t) => !(relativeYear && (t.value.rule.priority < 2 || t.value.rule.amount || text[t.end] === '的')));
      if (found.length === 0 && !hasDay(d)) {
        if (ctx.tracing)
          ctx.note({
            stage: 'event',
            start: d.expr.start,
            end: d.expr.end,
            rule: d.expr.ref,
            verdict: 'dropped',
            message: 'a date without a day needs a trigger word after it in its clause (events.yaml)',
          });
        return;
      }
      // The event is what the first clause with a trigger says (召开…大会, not a signing told after it);
      // within that clause the strongest trigger wins (举行…签约仪式 is a signing).
      const firstClause = found.length ? clauseOf(found[0]!.start) : null;
      const triggers = found.filter((t) => firstClause && t.start >= firstClause.start && t.start < firstClause.end);
      const best = triggers.reduce<(typeof triggers)[number] | null>(
        (a, b) => (!a || b.value.rule.priority > a.value.rule.priority ? b : a),
        null,
      );
      const start = clause.start;
      // A clause that is only the date (昨天(10月27日),…) says what happened in the next one.
      const onlyDate =
        text
          .slice(clause.start, clause.end)
          .replace(text.slice(d.expr.start, d.expr.end), '')
          .replace(/[\s()（）]/g, '').length <= 2;
      const following = clauses.find((c) => c.start >= clause.end && c.start < sentence.end);
      const end = best ? clauseOf(best.start).end : onlyDate && following ? following.end : clause.end;
      const orgsIn = [...new Set(orgMentions.within(start, end).map((m) => m.canonical))];
      const peopleIn = [...new Set(findPeople(ctx, people, start, end).map((p) => p.name))];
      if (ctx.tracing)
        ctx.note({
          stage: 'event',
          start,
          end,
          rule: best?.value.ref ?? d.expr.ref,
          verdict: 'kept',
          message: `${d.date} (${d.basis}) ${best ? `${best.value.rule.kind}, trigger ${best.word}` : 'other, no trigger'}`,
        });
      out.push({
        start,
        end,
        rule: best?.value.ref ?? d.expr.ref,
        date: d.date!,
        dateText: doc.text.slice(d.expr.start, d.expr.end),
        dateBasis: d.basis!,
        yearFrom: d.yearFrom ? { ...d.yearFrom, text: doc.text.slice(d.yearFrom.start, d.yearFrom.end) } : null,
        kind: best?.value.rule.kind ?? 'other',
        orgs: orgsIn,
        people: peopleIn,
      });
    });
  }
  return mergePatternEvents(ctx, out, orgMentions, people);
}

/** Events from the rules' event patterns: the first date inside the match; they replace a built-in event on the same date. */
function mergePatternEvents(
  ctx: Context,
  builtin: EventDraft[],
  orgMentions: SpanIndex<{ start: number; end: number; canonical: string }>,
  people: Lexicon<true>,
): EventDraft[] {
  const matches = findPatternMatches(ctx, 'event');
  if (matches.length === 0) return builtin;
  let out = builtin;
  for (const m of matches) {
    const d = ctx.dateIndex.within(m.start, m.end).find((x) => x.date !== null && x.basis !== null);
    if (!d) {
      if (ctx.tracing)
        ctx.note({
          stage: 'pattern',
          start: m.start,
          end: m.end,
          rule: m.ref,
          verdict: 'dropped',
          message: 'no date inside the match',
        });
      continue;
    }
    const draft: EventDraft = {
      start: m.start,
      end: m.end,
      rule: m.ref,
      date: d.date!,
      dateText: ctx.doc.text.slice(d.expr.start, d.expr.end),
      dateBasis: d.basis!,
      yearFrom: d.yearFrom ? { ...d.yearFrom, text: ctx.doc.text.slice(d.yearFrom.start, d.yearFrom.end) } : null,
      kind: (m.rule.kind as EventKind | undefined) ?? 'other',
      orgs: [...new Set(orgMentions.within(m.start, m.end).map((o) => o.canonical))],
      people: [...new Set(findPeople(ctx, people, m.start, m.end).map((p) => p.name))],
    };
    out = [
      ...out.filter((e) => !(e.dateText === draft.dateText && e.start <= d.expr.start && d.expr.end <= e.end)),
      draft,
    ];
    if (ctx.tracing)
      ctx.note({
        stage: 'pattern',
        start: m.start,
        end: m.end,
        rule: m.ref,
        verdict: 'kept',
        message: `${draft.date} ${draft.kind}`,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

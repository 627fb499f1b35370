// Whether a figure is an actual, a target (目标, 力争, 到2025年) or a plan (将, 计划): the
// status words of its sentence up to its clause's end (indicators.yaml status rules), and
// a report's goal list (主要预期目标是：…), which runs to the end of its paragraph.
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { QuantityMatch } from '../../numbers/quantities.js';
import type { ResolvedDate } from '../../dates/resolve.js';
import type { Ref } from '../../rules/ruleset.js';
import type { StatusRule } from '../../rules/schema.js';
import type { Status } from '../draft.js';
import { trimLabel } from '../label-text.js';
import { PrefixScan } from '../prefix-scan.js';
import { perRuleSet } from '../../rules/compiled.js';
import { Lexicon, type LexiconMatch } from '../../rules/lexicon.js';
import { GUESSED, NOUN, TAG, VERB, tags } from '../../segment/tags.js';
import type { FigurePeriod } from './period.js';
import { inReview } from './figure-period.js';

type StatusMatch = LexiconMatch<Ref<StatusRule>>;
/**
 * Prepositions of place, time, standard, comparison and of whom it is for or with: after a
 * plan word they leave it a plan (将在, 将于, 将从…到, 将由…提升到, 拟按4%左右安排, 预计比上年增长5%,
 * 将为退役军人提供5.5万个就业岗位, 将与…合作).
 */
const LOCATIVE_PREPOSITIONS = new Set([
  '在',
  '于',
  '从',
  '由',
  '自',
  '到',
  '至',
  '向',
  '按',
  '按照',
  '比',
  '较',
  '为',
  '与',
  '对',
  '给',
]);

export function statusFor(
  ctx: Context,
  sentence: Sentence,
  clause: Clause,
  q: QuantityMatch,
  period: ResolvedDate | null,
): Status {
  const text = ctx.doc.match;
  if (period?.expr.deadline && !dayPassed(ctx, period)) return 'target';
  const words = statusWords(ctx, sentence, clause.end);
  // (most sentences hold no status word: only a goal list can make their figures targets)
  if (words.length === 0) return inGoalList(ctx, sentence, q) ? 'target' : 'actual';
  const found = words.filter((m) => (m.start < q.start || m.start >= q.end) && !namedInQuotes(text, m, q));
  if (
    found.some(
      (m) =>
        m.value.rule.status === 'target' &&
        (m.value.rule.noun ? namesGoalOf(text, m, q, clause) && !goalReached(ctx, m, q, clause) : m.start < q.start),
    )
  )
    return 'target';
  if (inGoalList(ctx, sentence, q)) return 'target';
  return found.some(
    (m) =>
      m.value.rule.status === 'plan' &&
      m.start < q.start &&
      !(m.value.rule.pastIsActual && endedBeforePublication(ctx, period)) &&
      !(m.value.rule.reviewIsActual && inReview(ctx, q.start) && meansBa(ctx, m)) &&
      isPlanWord(ctx, m, q, clause),
  )
    ? 'plan'
    : 'actual';
}

/** How far a short quoted name (“两个确保”) reaches either side of a word in it. */
const QUOTED_NAME_REACH = 8;

/**
 * 为继续落实“两个确保”，中央财政支出700亿元: a status word inside a short quoted name is part of
 * the name (a policy's, a campaign's), not said of the figure; a quote that holds the figure too
 * (“力争产值达到100亿元”) still says it.
 */
function namedInQuotes(text: string, m: StatusMatch, q: QuantityMatch): boolean {
  const before = text.slice(Math.max(0, m.start - QUOTED_NAME_REACH), m.start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.includes('”', open) || /[，。；！？\n]/.test(before.slice(open))) return false;
  const after = text.slice(m.end, m.end + QUOTED_NAME_REACH);
  const close = after.indexOf('”');
  if (close < 0 || /[“，。；！？\n]/.test(after.slice(0, close))) return false;
  const from = m.start - before.length + open;
  const to = m.end + close;
  return q.end <= from || q.start > to;
}

/** The status words of a sentence up to a clause's end: its figures ask in turn. */
const statusScan = new PrefixScan<Ref<StatusRule>>();

function statusWords(ctx: Context, sentence: Sentence, to: number): readonly StatusMatch[] {
  return statusScan.findAll(ctx.rules.status, ctx.doc.match, sentence.start, to, Math.max(to, sentence.end));
}

/**
 * A work report's figures of its own year or later are goals, not results, whatever words
 * they come with: in the 2025 report, 一般公共预算支出规模29.7万亿元 and 城乡居民基础养老金
 * 最低标准再提高20元 (its plan part) are targets. Not a stock told with 目前, 现有 (目前全市
 * 有高新技术企业1.2万家: the publication's year, an actual), nor a figure dated only by the
 * title's year outside a plan section.
 */
export function reportYearStatus(ctx: Context, read: FigurePeriod, status: Status): Status {
  // (从人均8.7万元提高到12万元 by 2020: the figure risen from is already reached)
  if (read.startOfRise) return 'actual';
  const year = ctx.frames.reportYear;
  if (ctx.frames.kind !== 'work-report') return futureStatus(ctx, read, status);
  if (status !== 'actual' || year === null || read.period === null) return status;
  if (read.date && NOW_WORDS.has(read.date.expr.ref)) return status;
  // (the year of a title, 1975年…政府工作报告, dates no goal: a section's time does, 三、2026年工作安排,
  // 二、“十五五”时期发展的主要考虑)
  if (read.from === 'frame' && read.frame?.role !== 'plan' && read.frame?.level === 'page') return status;
  const first = /\d{4}/.exec(read.period);
  return first && Number(first[0]) >= year ? 'target' : status;
}

/**
 * 明年起，…新增或更新公交、出租等车辆，新能源汽车比例不低于80%: on a page that is no work
 * report, a figure its own words date after the year of publication cannot be a result; with
 * no plan word it is a goal set for then.
 */
function futureStatus(ctx: Context, read: FigurePeriod, status: Status): Status {
  const published = ctx.doc.published;
  if (status !== 'actual' || !published || read.period === null || read.from === 'frame') return status;
  const first = /\d{4}/.exec(read.period);
  return first && Number(first[0]) > Number(published.slice(0, 4)) ? 'target' : status;
}

/** Period words that date a stock to the day of writing (目前, 至今), not to the year planned. */
const NOW_WORDS = new Set(['periods.yaml#now']);

/** 到3月8日12时，共收到议案473件 (published 3月10日): a day already past is a count reached, not a goal. */
function dayPassed(ctx: Context, period: ResolvedDate): boolean {
  const published = ctx.doc.published;
  const day = period.period?.match(/(\d{4}-\d{2}-\d{2})$/)?.[1];
  return published !== null && day !== undefined && day <= published;
}

/** Did the figure's period (2011; 2025/2027 ends 2027) end before the year the page was published? */
function endedBeforePublication(ctx: Context, period: ResolvedDate | null): boolean {
  const published = ctx.doc.published;
  const years = period?.period?.match(/\d{4}/g);
  return published !== null && !!years && Number(years[years.length - 1]) < Number(published.slice(0, 4));
}

/** Tags of a word that opens a noun phrase: nouns and names, 小规模 (b), 其 (r), 个人所得税 (l). */
// (and a set phrase jieba keeps whole, 将|个人所得税/l起征点…)
const NOUN_PHRASE_START = tags(TAG.distinguishing, TAG.pronoun, TAG.personalPronoun, TAG.demonstrative, TAG.phrase);

/**
 * Is the plan word 把 here: a noun phrase after it, which the verb then moves or changes
 * (将|小规模纳税人增值税起征点从…提高到, 将|其纳入)? Not before a verb or an adverb
 * (建成后将|形成年运输能力3000万吨, 将|进一步降低): "will", even in a review.
 */
function meansBa(ctx: Context, m: StatusMatch): boolean {
  const next = ctx.tokensAround(m.start, m.end).find((t) => t.start >= m.end);
  if (!next || next.start !== m.end) return false;
  // (what jieba does not know, 川藏 in 将川藏铁路…, is a name)
  return (
    NOUN.has(next.tag) ||
    NOUN_PHRASE_START.has(next.tag) ||
    (next.tag === TAG.unknown && /^[\u4e00-\u9fff]+$/.test(next.word))
  );
}

/** A plan word before the figure says "will" of it. */
function isPlanWord(ctx: Context, m: StatusMatch, q: QuantityMatch, clause: Clause): boolean {
  // (The tests that read no words come first: jieba is asked for the words around the plan word after them.)
  // 将2.8万亿元资金纳入…: 将 right before a figure is 把 (it moves the figure), not "will".
  if (!m.value.rule.beforeNumber && m.end === q.numberStart) return false;
  const classes = m.value.rule.classes;
  if (classes && !classes.includes(q.unit?.value.rule.class ?? 'index')) return false;
  // 完成年度投资计划的70.9%: the share of a plan done is progress, an actual.
  if (/^的\s*$/.test(ctx.doc.match.slice(m.end, q.start))) return false;
  if (namesAPlan(ctx, m)) return false;
  const tokens = ctx.tokensAround(m.start, m.end);
  // a plan word must be a word of its own (将近 is "nearly"); 将在, 拟在 still say "will" (将在20%左右)
  // (what jieba only guesses, 率拟/x in 赤字率拟按, draws no boundary).
  const cuts = (pos: number) => tokens.some((t) => t.start < pos && pos < t.end && !GUESSED.has(t.tag));
  if (cuts(m.start) || cuts(m.end)) return false;
  const next = tokens.find((t) => t.start >= m.end);
  if (m.value.rule.beforeVerb && !(next && VERB.has(next.tag))) return false;
  if (namesAProgramme(tokens, m)) return false;
  // 将凭借…资源优势——20所大学: a preposition of means after it opens what the plan relies on,
  // figures that are; 将在20%左右, 将于2025年, 拟在匈牙利…投资 still say "will".
  if (next && next.tag === TAG.preposition && !LOCATIVE_PREPOSITIONS.has(next.word)) return false;
  return m.value.rule.scope === 'sentence' || estimateCovers(ctx, m, q, clause);
}

/** A count's measure word, before a plan word that then qualifies what is counted (285个计划新开工项目). */
const COUNTED_BEFORE = /[\d〇零一二两三四五六七八九十百千万][个项家座条所批处]$/;

/**
 * A plan word that is a noun or qualifies one says no "will" of any figure after it: the
 * head of a 的 phrase (分别完成年计划的118.2%、248.57%，…分别增长4.3%), a word right after a
 * count (285个计划新开工项目全部开工，810个省重点项目完成投资…), one before 项目 (省重大科技计划项目中
 * 企业牵头占比超过80%) or one ending its clause (实施…扩容计划，). 今年计划的…: after a time it is a plan still.
 */
function namesAPlan(ctx: Context, m: StatusMatch): boolean {
  const text = ctx.doc.match;
  // (实施高质量就业挖潜扩容计划，…城镇新增就业75.7万人: a plan word that ends its clause has no object: a noun)
  if (text.startsWith('项目', m.end) || /^[，,。；;、）)”》]/.test(text.slice(m.end, m.end + 1))) return true;
  if (text[m.end] === '的')
    return !ctx.dates.within(Math.max(0, m.start - 8), m.start).some((d) => d.expr.end === m.start);
  return COUNTED_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start));
}

/**
 * 新入选国家培养计划科技领军人才409名, 入选国家引才计划人才30名: a plan word that jieba reads as a
 * noun, between a verb that names what it does (培养, 引才) and a common noun, is part of a
 * programme's name; it says no "will" of the figures of its sentence. Not after its subject or
 * time (全市计划播种面积1128万亩), nor before a verbal noun (计划投资) or a verb (计划新建).
 */
function namesAProgramme(tokens: readonly { start: number; end: number; tag: string }[], m: StatusMatch): boolean {
  const own = tokens.findIndex((t) => t.start === m.start && t.end === m.end);
  if (own < 1 || tokens[own]!.tag !== TAG.noun) return false;
  const [before, next] = [tokens[own - 1]!, tokens[own + 1]];
  return (VERB.has(before.tag) || before.tag === TAG.unknown) && next?.start === m.end && next.tag === TAG.noun;
}

/**
 * 预计 covers the figures of its own clause, and of a clause after it that names nothing of
 * its own (预计全年营业收入260亿元，增长10%); not a clause with its own subject (…，一般公共预算收入增长5.2%).
 */
function estimateCovers(ctx: Context, m: StatusMatch, q: QuantityMatch, clause: Clause): boolean {
  if (m.start >= clause.start) return true;
  const own = trimLabel(ctx, clause.start, q.start);
  return own.end <= own.start;
}

/**
 * A goal noun (目标) holds a figure just before it in its clause (5000个的年度目标), or one it
 * introduces (目标是…); not the share of a goal done (完成年度目标的66.8%), which is progress.
 */
function namesGoalOf(text: string, goal: { start: number; end: number }, q: QuantityMatch, clause: Clause): boolean {
  if (goal.start >= q.end) return goal.start - q.end <= 6 && goal.start < clause.end;
  // (完成全年目标任务的86.8% too)
  if (/^(?:任务)?的\s*$/.test(text.slice(goal.end, q.start))) return false;
  return goal.start >= clause.start || /^\s*(?:是|为|:|：)/.test(text.slice(goal.end, goal.end + 2));
}

/** A verb that says a goal was met, before the figure in its clause (提前一年实现…500元的目标). */
const GOAL_MET = /(?:实现|完成|达到|达成)[^，,。；;]*$/;

/**
 * 提前一年实现农村中小学生人均公用经费500元和300元的目标: in a report's review, a goal the past
 * year met is a result.
 */
function goalReached(ctx: Context, goal: StatusMatch, q: QuantityMatch, clause: Clause): boolean {
  return goal.start >= q.end && inReview(ctx, q.start) && GOAL_MET.test(ctx.doc.match.slice(clause.start, q.start));
}

/** 主要预期目标是：: a goal noun, maybe 是/为, and a colon. */
const GOAL_LIST_COLON = /^\s*(?:是|为)?\s*[:：]/;

/**
 * Is the figure in a report's goal list (经济社会发展的主要预期目标是：地区生产总值增长5%左右；…。
 * 一产、二产、三产增加值分别增长…)? The list runs from the colon to the end of its paragraph,
 * across 。 and ；; a colon that ends its paragraph opens the list in the next one.
 */
function inGoalList(ctx: Context, sentence: Sentence, q: QuantityMatch): boolean {
  const opener = goalListOpener(ctx, sentence);
  if (opener !== null && opener >= 0 && opener <= q.start) return true;
  const before = ctx.sentences[firstOfParagraph(ctx, sentence) - 1];
  return before !== undefined && goalListOpener(ctx, before) === -1;
}

/** Each page's goal list openers by paragraph (null: the paragraph opens none), as asked. */
const openersByDoc = new WeakMap<object, Map<number, number | null>>();

/** The status words that are goal nouns (目标), alone. */
const goalNouns = perRuleSet((rules) => {
  const isGoalNoun = (w: string) => rules.status.get(w)!.rule.status === 'target' && !!rules.status.get(w)!.rule.noun;
  return new Lexicon(
    rules.status
      .words()
      .filter(isGoalNoun)
      .map((w) => [w, true] as const),
  );
});

/**
 * Where the goal list of the sentence's paragraph opens (the end of its colon); -1 for a
 * paragraph whose colon ends it (the list is the next paragraph); null for none. Read once
 * per paragraph asked, not for every paragraph of the page.
 */
function goalListOpener(ctx: Context, sentence: Sentence): number | null {
  let map = openersByDoc.get(ctx.doc);
  if (!map) openersByDoc.set(ctx.doc, (map = new Map()));
  let opener = map.get(sentence.paragraph);
  if (opener === undefined) {
    opener = readGoalListOpener(ctx, firstOfParagraph(ctx, sentence));
    map.set(sentence.paragraph, opener);
  }
  return opener;
}

/** The goal list opener of the paragraph whose first sentence is `first`: its first sentence with a goal noun and a colon gives it. */
function readGoalListOpener(ctx: Context, first: number): number | null {
  const text = ctx.doc.match;
  const nouns = goalNouns(ctx.rules);
  const paragraph = ctx.sentences[first]!.paragraph;
  for (let i = first; i < ctx.sentences.length && ctx.sentences[i]!.paragraph === paragraph; i++) {
    const s = ctx.sentences[i]!;
    // (a sentence without a goal noun opens no list: it is not scanned for every status word)
    if (nouns.firstIn(text, s.start, s.end) === null) continue;
    for (const m of ctx.rules.status.findAll(text, s.start, s.end)) {
      if (m.value.rule.status !== 'target' || !m.value.rule.noun) continue;
      const colon = GOAL_LIST_COLON.exec(text.slice(m.end, m.end + 4));
      if (!colon) continue;
      const end = m.end + colon[0].length;
      return text.slice(end, s.end).trim() === '' && isLastOfParagraph(ctx, s) ? -1 : end;
    }
  }
  return null;
}

function firstOfParagraph(ctx: Context, s: Sentence): number {
  let i = s.index;
  while (i > 0 && ctx.sentences[i - 1]!.paragraph === s.paragraph) i--;
  return i;
}

function isLastOfParagraph(ctx: Context, s: Sentence): boolean {
  const next = ctx.sentences[s.index + 1];
  return next === undefined || next.paragraph !== s.paragraph;
}

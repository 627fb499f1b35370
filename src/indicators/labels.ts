// What each figure of a sentence measures: its own words before it (or after it, for a
// rate or a count), an item of a 分别 list, or — when its own name nothing — the label
// of the figure before it (LabelMemory) or a metric its sentence names. Then the metric
// its label names (metrics.ts).
import type { Context } from '../context/context.js';
import type { Clause, Sentence } from '../segment/sentences.js';
import { foldedText } from './folded.js';
import type { Candidate, Label } from './candidate.js';
import type { LabelMemory } from './label-memory.js';
import { readRun, respectivelyRuns, type ListRun } from './lists.js';
import { rateNounAfter } from './rates.js';
import { NOUN, TAG, TagClass, VERB } from '../segment/tags.js';
import {
  afterPlanWord,
  afterVerb,
  endsInVerb,
  labelName,
  nounAfter,
  subjectAfter,
  trimLabel,
  vagueness,
  withoutComparison,
  wordsOf,
  type Vagueness,
} from './label-text.js';
import { isShare, longestMetric, metricNameIn } from './metrics.js';
import { closeUp } from '../numbers/chars.js';
import { FROM } from './words.js';
import { afterFlatItem } from './flat-statements.js';

export function labelCandidates(
  ctx: Context,
  sentence: Sentence,
  cands: readonly Candidate[],
  memory: LabelMemory,
): void {
  const runs = respectivelyRuns(ctx, cands, (i) => labelWindow(ctx, cands, i));
  let lastRun: ListRun | null = null;
  memory.enter(sentence);
  cands.forEach((c, i) => {
    const run = runs.get(c);
    if (run && run.members[0] === c) {
      readRun(ctx, run, labelWindow(ctx, cands, i), lastRun, (own, item, m) => runLabel(ctx, own, item, m, lastRun));
      lastRun = run;
    }
    let label =
      run?.labels?.[run.members.indexOf(c)] ?? c.reachedBy?.label ?? ownLabel(ctx, sentence, cands, i, memory);
    if (!run && !label && lastRun) label = headOfBoth(ctx, lastRun, c);
    // (a share word alone, 占比22.19%, takes its subject rather than a label borrowed for it)
    const shared = shareOf(ctx, sentence, c, label ?? bareShare(ctx, c), memory);
    label =
      comparedLabel(ctx, sentence, c, label, memory) ??
      (shared !== null && shared !== label && shared.text.length > 2
        ? shared
        : borrowedLabel(ctx, sentence, c, label, memory));
    label = shareOf(ctx, sentence, c, label, memory);
    c.label = label;
    if (label && !c.metric) {
      const metric = isShare(ctx, label.text) ? null : longestMetric(ctx, label.text, c.quantity.class, label.start);
      if (metric) {
        c.metric = metric.id;
        c.metricRef = metric.ref;
      }
    }
    // A rate folded into the figure before it (its change) lends no label of its own.
    if (label && !c.consumed) memory.remember(c, sentence);
    dropUncountedPeople(ctx, c);
  });
}

/**
 * 产销分别完成256.5万辆和254.2万辆，同比均增长1.6倍: a figure told with 均 (都) right after a 分别
 * run is of all its items at once, so it takes the words the items were read from
 * (新能源汽车产销), not the last item's label. Not the 均 of 平均, 年均, 人均.
 */
function headOfBoth(ctx: Context, run: ListRun, c: Candidate): Label | null {
  const last = run.members[run.members.length - 1]!;
  if (!run.head || last.q.end > c.q.start) return null;
  const gap = ctx.doc.match.slice(last.changeEnd, c.q.start);
  return /^[，,]?[^，,。；;]*(?<![平年人户])[均都]/.test(gap) ? run.head : null;
}

/**
 * The figure's own words: the window from the figure before it in its clause (or the
 * clause's start) to the figure or its rate phrase; for a rate with none, the subject
 * after it (13.8%的GDP增幅); for a count, what it counts (建成81个数字车间).
 */
function ownLabel(
  ctx: Context,
  sentence: Sentence,
  cands: readonly Candidate[],
  i: number,
  memory: LabelMemory,
): Label | null {
  const c = cands[i]!;
  const { start: windowStart, end: windowEnd } = labelWindow(ctx, cands, i);
  const t = trimLabel(ctx, windowStart, windowEnd);
  const label = t.end > t.start ? { text: ctx.doc.text.slice(t.start, t.end), start: t.start } : null;
  const share = c.quantity.class === 'percent';
  // 低于去年7.4%的增速, 高于全国同期1.7%的两年平均增速: a rate named right after it, where
  // the words before say only what it is compared with, is that rate.
  const named = share && (!label || comparisonOnly(ctx, label)) ? rateNounAfter(ctx, c.q, c.clause) : null;
  if (named) return { text: ctx.doc.text.slice(c.q.end + 1, c.q.end + named[0].length), start: c.q.end + 1 };
  // 中国经济占世界经济的比重，从2012年的11.5%上升到…: a rise told in a clause of its own.
  const subject = label ? null : subjectClauseBefore(ctx, sentence, c);
  if (subject) return subject;
  const inheritsRate = !label && c.rate && memory.inSentence(sentence);
  // 13.8%的GDP增幅, 80%的中小学纳入教联体: a rate or share whose subject follows it.
  const after = (c.rate || share) && !label && !inheritsRate ? subjectAfter(ctx, sentence, c.q, c.clause) : null;
  if (after) return after;
  const sharedNoun = share && !c.rate && label && namesNothing(ctx, cands[i - 1], label);
  const of = sharedNoun ? subjectAfter(ctx, sentence, c.q, c.clause) : null;
  if (of) return of;
  if (c.quantity.class === 'count') return countedLabel(ctx, sentence, c, label);
  const qualifier = label !== null && ctx.rules.labelQualifier.has(foldedText(label.text));
  // (100万元至300万元部分: what follows a range's end is the range's.)
  const rangeEnd = ctx.rules.marker('range').matchEndingAt(ctx.doc.match, c.q.start, windowStart) !== null;
  if (!c.rate && !share && c.quantity.class !== 'pp' && !rangeEnd && (!label || qualifier || endsInVerb(ctx, label))) {
    // 农业发展银行安排1600亿元信贷资金, 开工建设10万千瓦农业光伏项目: what the amount is of
    // (a qualifier stays in front: 新建1亿亩高标准农田 → 新建高标准农田).
    const noun = nounAfter(ctx, sentence, c.q, c.clause, true);
    const before = qualifier ? label!.text : '';
    if (noun)
      return { text: before + ctx.doc.text.slice(noun.start, noun.end), start: qualifier ? label!.start : noun.start };
  }
  return label && afterPlanWord(ctx, afterVerb(ctx, label));
}

/**
 * 覆盖了90%以上的高职院校、近70%的中职学校: words before a share that are only a verb (覆盖),
 * or the thing the share before it was of (高职院校), name nothing of this share: the noun
 * after its 的 does.
 */
function namesNothing(ctx: Context, prev: Candidate | undefined, label: Label): boolean {
  const text = ctx.doc.match;
  const ofPrev = prev !== undefined && prev.clause.end > label.start && text.slice(prev.q.end, label.start) === '的';
  if (ofPrev) return true;
  // (增速高于4.8%的全国水平: 增速, which jieba tags a verb, names the rate)
  if (ctx.rules.marker('rate-noun').firstIn(foldedText(label.text)) !== null) return false;
  return wordsOf(ctx, label).every((w) => VERB.has(w.tag) || w.tag === TAG.particleLe);
}

/**
 * 中国经济占世界经济的比重，从2012年的11.5%上升到2020年的17%左右; 第三产业比重，由40.1%提高到
 * 45.2%: a clause that opens with 从/由 a figure tells its subject in the clause right before,
 * when that clause is only a noun phrase (no figure, no date, ending in a noun).
 */
function subjectClauseBefore(ctx: Context, sentence: Sentence, c: Candidate): Label | null {
  const text = ctx.doc.match;
  let p = c.clause.start;
  while (p < c.q.start && /\s/.test(text[p]!)) p++;
  if (!FROM.has(text[p]!)) return null;
  const clauses = ctx.clausesOf(sentence);
  const before = clauses[clauses.indexOf(c.clause) - 1];
  if (!before || /[0-9０-９]/.test(text.slice(before.start, before.end))) return null;
  if (ctx.dates.within(before.start, before.end).length > 0) return null;
  const t = trimLabel(ctx, before.start, before.end);
  if (t.end - t.start < 2) return null;
  const last = ctx.tokensAround(t.end - 1, t.end).find((w) => w.end === t.end);
  return last && NOUN.has(last.tag) ? { text: ctx.doc.text.slice(t.start, t.end), start: t.start } : null;
}

/** Does a label say only what the figure is compared with (高于全国同期, 高于同期全省)? */
function comparisonOnly(ctx: Context, label: Label): boolean {
  const folded = foldedText(label.text);
  const r = ctx.rules;
  const cmp = r.marker('rate-comparison').matchAt(folded, 0) ?? r.marker('ranking').matchAt(folded, 0);
  if (cmp === null || !ctx.doc.text.startsWith(label.text, label.start)) return false;
  // (What follows the comparison word is the other side: a place, a time.)
  const rest = trimLabel(ctx, label.start + cmp.end, label.start + label.text.length);
  return rest.end <= rest.start;
}

/** A count's label: what it counts when that follows it (建成81个数字车间), with a short verb before it. */
function countedLabel(ctx: Context, sentence: Sentence, c: Candidate, label: Label | null): Label | null {
  const noun = withoutMeasuredTail(ctx, nounAfter(ctx, sentence, c.q, c.clause));
  // (100艘次: what follows may be the rest of a measure word.)
  const measure = noun && noun.end - noun.start === 1 && ctx.rules.units.has(ctx.doc.match.slice(noun.start, noun.end));
  if (!noun || measure) return label && afterVerb(ctx, label);
  const fate = fateFirst(ctx, noun, c.clause);
  if (fate) return fate;
  const nounText = ctx.doc.text.slice(noun.start, noun.end);
  // 建成81个数字车间: a short verb right before the count; not one a list mark parts from it (领衔、112家),
  // nor a noun (11个站台20条轨道线).
  const short = label && label.text.length <= 3 && label.start + label.text.length === c.q.start;
  const verb = short && !wordsOf(ctx, label).some((w) => NOUN.has(w.tag)) ? label.text : '';
  return { text: verb + nounText, start: verb ? label!.start : noun.start, after: noun.end };
}

/**
 * 36个行业利润增速加快, 288种产品产量增速回升, 13个省份数字经济规模超1万亿元: a measure
 * closing the words after a count (a metric not itself a count) is what the things counted
 * did, not what is counted: the count is of 行业, 产品, 省份.
 */
function withoutMeasuredTail(
  ctx: Context,
  noun: { start: number; end: number } | null,
): { start: number; end: number } | null {
  if (!noun) return noun;
  const text = ctx.doc.match;
  // (by character: jieba takes 产品产量 as one word; two characters at least are counted)
  for (let at = noun.start + 2; at < noun.end; at++) {
    const m = ctx.rules.metrics.matchAt(text, at, noun.end);
    if (m && m.value.rule.class !== 'count' && closesAMeasure(ctx, m.end, noun.end))
      return { start: noun.start, end: at };
  }
  return noun;
}

/** What may follow a measure to the end of the words counted: 同比, then a direction (利润总额同比增加). */
function closesAMeasure(ctx: Context, from: number, end: number): boolean {
  const text = ctx.doc.match;
  const at = /^(?:同比|环比)/.test(text.slice(from, end)) ? from + 2 : from;
  return at === end || ctx.rules.directions.matchAt(text, at, end)?.end === end;
}

/**
 * 243个重点项目建成投产, 75家融资平台转型或退出: what happened to what is counted, told after it
 * to the end of the clause (counted-fate words, joined by 或/和/及), goes before it: 建成投产重点项目,
 * 转型或退出的融资平台. Null when the clause goes on otherwise.
 */
function fateFirst(ctx: Context, noun: { start: number; end: number }, clause: Clause): Label | null {
  const text = ctx.doc.match;
  let end = clause.end;
  while (end > noun.end && /[\s,，;；。、！!]/.test(text[end - 1]!)) end--;
  const fate = ctx.rules.marker('counted-fate');
  for (let at = noun.start + 2; at <= noun.end; at++) {
    let pos = at;
    let joined = false;
    for (let m = fate.matchAt(text, pos, end); m !== null; m = fate.matchAt(text, pos, end)) {
      pos = m.end;
      if (pos < end && FATE_JOINS.has(text[pos]!)) {
        pos++;
        joined = true;
      }
    }
    if (pos !== end || pos === at || !nounPhrase(ctx, noun.start, at)) continue;
    const verbs = ctx.doc.text.slice(at, end);
    return { text: verbs + (joined ? '的' : '') + ctx.doc.text.slice(noun.start, at), start: noun.start, after: end };
  }
  return null;
}

/** Is the stretch a noun phrase, ending at a word's end (重点项目; not 施工点陆续, 在建项目基本实现满负荷)? */
function nounPhrase(ctx: Context, start: number, end: number): boolean {
  const words = ctx.tokensAround(start, end).filter((t) => t.end > start && t.start < end);
  const adverb = ctx.rules.marker('label-adverb');
  const adverbial = (t: { word: string }) => adverb.matchAt(foldedText(t.word), 0)?.end === t.word.length;
  return words.every((t) => t.end <= end && !NOT_IN_NOUN_PHRASE.has(t.tag) && !adverbial(t));
}

/** Words that end a noun phrase's run: verbs proper, adverbs, prepositions, conjunctions, particles. */
const NOT_IN_NOUN_PHRASE = new TagClass(
  [TAG.verb, TAG.adverb, TAG.adverbialAdjective, TAG.preposition, TAG.conjunction],
  [TAG.particle],
);

/** Words that join two of what happened (转型或退出). */
const FATE_JOINS = new Set(['或', '和', '及', '、']);

/** The words a figure's label is read from: from the figure before it in its clause (or the clause's start) to it or its rate phrase. */
function labelWindow(ctx: Context, cands: readonly Candidate[], i: number): { start: number; end: number } {
  const c = cands[i]!;
  const prev = cands[i - 1];
  const start =
    prev && prev.clause === c.clause
      ? Math.max(c.clause.start, prev.paired ? prev.q.end : prev.changeEnd, ownersEnd(ctx, prev))
      : afterFlatItem(ctx, c.clause.start, c.q.start);
  if (!c.rate) return { start, end: c.q.start };
  // (a noun alone, 2015和2016年同期增速分别为3.3%, names the measure of the figure before: the label stays empty)
  const before = trimLabel(ctx, start, c.rate.start);
  const nounEnd = before.end > before.start ? rateNounEnd(ctx, c) : null;
  return { start, end: Math.max(start, nounEnd ?? c.rate.start) };
}

/**
 * A rate told by a noun (GDP增速也达到0.7%, 7省份的增速超过或等于6%): the noun names the
 * measure and ends the label (GDP增速), where a verb's words (增长) do not belong to it.
 */
function rateNounEnd(ctx: Context, c: Candidate): number | null {
  if (!c.rate?.noun) return null;
  const m = ctx.rules.marker('rate-noun').matchAt(ctx.doc.match, c.rate.start);
  return m && m.end <= c.q.start ? m.end : null;
}

/**
 * 这3个省份的GDP, 有21个省份增速高于…: what the count before counts owns what follows (its
 * 的, or a rate noun), and is no part of it; nor is a threshold it counts (4个万亿元台阶). Elsewhere (211个涉海重点项目完成投资) it is the
 * subject of the next figure, and stays.
 */
function ownersEnd(ctx: Context, prev: Candidate): number {
  const end = prev.label?.after;
  if (end === undefined) return 0;
  const text = ctx.doc.match;
  if (text[end] === '的') return end + 1;
  // 迈上4个万亿元台阶、达14.2万亿元: a threshold counted is no name of the figure after it.
  if (ctx.rules.marker('threshold-noun').matchEndingAt(text, end, prev.q.end)) return end;
  return ctx.rules.marker('rate-noun').matchAt(text, end) ? end : 0;
}

/**
 * An item of a 分别 list with the run's own words: what was done to a counted item goes in
 * front (分别新认定60家和30家 → 新认定跨国公司地区总部), as does a qualifier (新增); anything
 * else follows the item (累计分别达到… → 跨国公司地区总部累计; 增速分别高于规模以上工业 →
 * 高技术制造业增速高于规模以上工业). A second run of rates on another basis names it
 * (两年平均分别增长 → 通用设备制造业增加值两年平均增长).
 */
function runLabel(ctx: Context, own: Label | null, item: Label, c: Candidate, before: ListRun | null): Label {
  const r = ctx.rules;
  const earlier = before?.members[0];
  const basis = (x: Candidate) => x.change?.basis ?? x.rate?.basis ?? null;
  const rateWords = c.rate && earlier && c.rate.basis !== basis(earlier) ? c.rate.words : '';
  // 电力累计增速 then 两年平均增速分别为…: the second basis's words replace the first's rate noun.
  const noun = rateWords ? r.marker('rate-noun').matchEndingAt(item.text, item.text.length) : null;
  if (noun) item = { ...item, text: item.text.slice(0, noun.start) };
  if (!own) return { text: item.text + rateWords, start: item.start };
  const folded = foldedText(own.text);
  const last = ctx
    .tokensAround(own.start, own.start + own.text.length)
    .filter((t) => t.end <= own.start + own.text.length)
    .at(-1);
  const verbEnds = c.quantity.class === 'count' && last !== undefined && VERB.has(last.tag);
  if (r.labelQualifier.has(folded) || (verbEnds && !r.labelQualifierAfter.has(folded)))
    return { text: own.text + item.text, start: item.start };
  return { text: item.text + own.text + rateWords, start: item.start };
}

/**
 * 制造业增加值突破4万亿元，占GDP比重达35.8%: a share that opens with 占 is a share of the
 * figure before it in its sentence (制造业增加值占GDP比重), unless that figure is a share or
 * a distance itself.
 */
function shareOf(
  ctx: Context,
  sentence: Sentence,
  c: Candidate,
  label: Label | null,
  memory: LabelMemory,
): Label | null {
  const prev = memory.last;
  if (!label || c.quantity.class !== 'percent' || !memory.inSentence(sentence) || !prev?.label) return label;
  const share = ctx.rules.marker('share');
  const folded = foldedText(label.text).trim();
  const opens = share.matchAt(folded, 0);
  // 比亚迪装车量35.96GWh 占比22.19%, 进出口17613.2亿元，占53.5%: a share word alone shares out the figure before.
  const bare = opens !== null && opens.end === folded.length;
  if (opens === null || (!bare && (opens.end !== 1 || label.text.length < 2))) return label;
  if (prev.quantity.class === 'pp' || prev.compared || share.findAll(foldedText(prev.label.text)).length > 0)
    return label;
  // (民间投资增速也继续提升，占全部投资的比重: only a figure of the clause right before is the subject.)
  // (…17613.2亿元，增长10.7%，占53.5%: the figure's own change may stand between)
  const after = Math.max(prev.clause.end, prev.change ? prev.changeEnd : 0);
  const near = prev.clause === c.clause || /^[\s,，;；]*$/.test(ctx.doc.text.slice(after, c.clause.start));
  if (!near || (bare && prev.quantity.class === 'percent')) return label;
  const name = labelName(ctx, prev.label, prev.metric) ?? prev.label.text;
  // (The rate words a growth added to its name are no part of its subject: 工业增加值增长5%，占GDP…)
  const subject = prev.rate?.words && name.endsWith(prev.rate.words) ? name.slice(0, -prev.rate.words.length) : name;
  // (青岛入选4个、占比高达10%: a subject that names no thing, only what was done, shares nothing out)
  if (!subject || (bare && !wordsOf(ctx, prev.label).some((w) => NOUN.has(w.tag)))) return label;
  return { text: withoutTotal(ctx, subject) + (folded === '占' ? '占比' : label.text.trim()), start: label.start };
}

/** ，占53.5%: a share word alone between its clause's start and the figure, which the label leaves out. */
function bareShare(ctx: Context, c: Candidate): Label | null {
  if (c.quantity.class !== 'percent') return null;
  const text = ctx.doc.match;
  const m = ctx.rules.marker('share').matchEndingAt(text, closeUp(text, c.q.start, c.clause.start), c.clause.start);
  if (!m || text.slice(c.clause.start, m.start).trim() !== '') return null;
  return { text: ctx.doc.text.slice(m.start, m.end), start: m.start };
}

/**
 * GDP总量, 增加值规模: a metric's name and a word for its size are the metric (GDP占全国比重);
 * a word for size that ends no metric stays (经济总量占全省比重).
 */
function withoutTotal(ctx: Context, name: string): string {
  const folded = foldedText(name);
  const size = ctx.rules.labelVague.matchEndingAt(folded, folded.length);
  if (!size || size.start < 2 || ctx.rules.metrics.matchEndingAt(folded, size.start) === null) return name;
  return name.slice(0, size.start);
}

/**
 * 高于全国1.7个百分点 after a rate: how far that rate is above another's; its label says
 * whose (the rate before it, labelled in this sentence). Null when the figure is no such distance.
 */
function comparedLabel(
  ctx: Context,
  sentence: Sentence,
  c: Candidate,
  label: Label | null,
  memory: LabelMemory,
): Label | null {
  const prev = memory.last;
  // (only a distance in 百分点 is read for its comparison words)
  const own = label && c.quantity.class === 'pp' ? distanceWords(ctx, label) : null;
  const compared =
    own !== null &&
    c.quantity.class === 'pp' &&
    prev !== null &&
    // (比同期增速高 after an amount: the rate it is compared with is no figure here.)
    (prev.quantity.class === 'percent' || startsWithRateComparison(ctx, label!)) &&
    !prev.compared &&
    memory.inSentence(sentence) &&
    prev.label !== null;
  if (!compared) return null;
  c.compared = true;
  // 规上工业增加值增长7.7%，高于全国1.8个百分点: what is compared is the growth (…增速高于全国).
  const rateNoun = ctx.rules.marker('rate-noun');
  const base = foldedText(prev!.label!.text);
  const direction = ctx.rules.directions.matchEndingAt(base, base.length);
  const named = rateNoun.matchEndingAt(base, base.length) ?? direction;
  const growth = (prev!.rate || prev!.change) && !named;
  let name =
    labelName(ctx, prev!.label!, prev!.metric, prev!.quantity.class === 'percent' && !prev!.rate) ?? prev!.label!.text;
  // GDP两年平均增长6%，比一季度加快0.8个百分点: the distance is the rate's (GDP两年平均增速比一季度加快).
  if (direction && base.slice(direction.start) === GROWTH && name.endsWith(GROWTH))
    name = name.slice(0, -GROWTH.length) + rateNoun.words()[0]!;
  const rateWords = c.rate?.words && !startsWithRateComparison(ctx, label!) && !own!.endsWith(c.rate.words);
  const words = own! + (rateWords ? c.rate!.words : '');
  return { text: name + (growth ? rateNoun.words()[0]! : '') + words, start: label!.start };
}

/**
 * A 百分点 label that says only how far from what (高于全国, 比工业平均增速高, 比上年提高), in
 * the words of the labels of such distances: 比Y高 and 高出Y are 高于Y (比Y低 低于Y); 对比Y is
 * 比Y. Null for a label that opens with no comparison (拉动GDP增长).
 */
function distanceWords(ctx: Context, label: Label): string | null {
  const r = ctx.rules;
  const written = label.text;
  const folded = foldedText(written);
  const cmp = r.marker('rate-comparison').matchAt(folded, 0);
  if (cmp) {
    const word = folded.slice(0, cmp.end);
    return (ABOVE_WORDS.has(word) ? '高于' : written.slice(0, cmp.end)) + written.slice(cmp.end);
  }
  const from = folded.startsWith('对比') ? 1 : 0;
  if (!BASELINE_OPENERS.has(folded[from] ?? '')) return null;
  // 比全国低, 比全国高出: the last word alone closes the comparison (not the 高 of 提高).
  const last = wordsOf(ctx, label).at(-1);
  const word = last ? foldedText(last.word).replace(/出$/, '') : '';
  const close = word.length === 1 && r.marker('comparison-close').matchAt(word, 0) !== null;
  if (!close || last!.start - label.start <= from + 1) return written.slice(from);
  return word + '于' + written.slice(from + 1, last!.start - label.start);
}

function startsWithRateComparison(ctx: Context, label: Label): boolean {
  return ctx.rules.marker('rate-comparison').matchAt(foldedText(label.text), 0) !== null;
}

/** The direction a rate noun (增速) names as a noun. */
const GROWTH = '增长';
/** Comparison words that say "above" in other words than 高于. */
const ABOVE_WORDS = new Set(['高出', '超出']);
/** Words that open the baseline of a distance (比上年, 较一季度). */
const BASELINE_OPENERS = new Set(['比', '较']);

/**
 * A label that names nothing takes the previous figure's (of the same kind, in the
 * paragraph): 同期青岛的数据为… → 第二产业增加值; a qualifier (新增, 累计) is kept in front
 * of it; a second rate names its basis (…两年平均增长); a comparison keeps its words
 * (比疫情前的2019年同期增长4.9% → 社会消费品零售总额比疫情前的2019年同期增长); a verb
 * alone (迈上8000亿元, 下跌至3.80%) gives way to it. From an earlier sentence, a metric
 * named in this one comes first (…技改投资…,其中,2021年增长29.7%).
 */
function borrowedLabel(
  ctx: Context,
  sentence: Sentence,
  c: Candidate,
  label: Label | null,
  memory: LabelMemory,
): Label | null {
  const how = label ? (loneShare(ctx, sentence, c, label, memory) ? 'vague' : vagueness(ctx, label)) : 'vague';
  if (how === 'named') return label;
  const own = label?.text ?? '';
  const fromSentence = memory.inSentence(sentence) ? null : metricBefore(ctx, sentence, c);
  // (a total, 总量首次突破1900亿元, or a qualifier, 增长8.5%，新增4万多亿元, may be of the growth told just before it)
  const ofGrowth =
    how === 'vague' && own !== '' && (ctx.rules.labelVague.has(foldedText(own)) || ctx.rules.labelQualifier.has(own));
  const prev = memory.lastLike(c, sentence, ofGrowth);
  const base = prev?.label?.text;
  if (fromSentence && !own) return fromSentence;
  if (!base)
    return own
      ? label
      : (levelOfDistance(ctx, sentence, c, memory) ?? metricBefore(ctx, sentence, c) ?? namedNear(ctx, sentence, c));
  c.metric = prev!.metric;
  c.metricRef = prev!.metricRef;
  return { text: composed(ctx, how, own, prev!, c), start: label?.start ?? c.q.start };
}

/**
 * 第三产业占GDP比重46.9%，…，2014年占比提高到48.2%: a share word alone, after a share in its
 * sentence, is that share (elsewhere it names its own: 非化石能源发电装机…，占比由31%).
 */
function loneShare(ctx: Context, sentence: Sentence, c: Candidate, label: Label, memory: LabelMemory): boolean {
  const folded = foldedText(label.text);
  if (ctx.rules.marker('share').matchAt(folded, 0)?.end !== folded.length) return false;
  const prev = memory.inSentence(sentence) ? memory.lastLike(c, sentence) : null;
  return prev !== null && prev.quantity.class === c.quantity.class && prev.label !== null;
}

/** The label of `c` made of the label of `prev` and its own words (see borrowedLabel). */
function composed(ctx: Context, how: Vagueness, own: string, prev: Candidate, c: Candidate): string {
  const rules = ctx.rules;
  // As the figure before is named (规模以上工业增加值的两年平均增速 → …增加值两年平均增速).
  const base = labelName(ctx, prev.label!, prev.metric) ?? prev.label!.text;
  // 进出口总额同比增长15.2%，两年平均增长8.8%: the name, without the rate words the figure before added.
  const bare = prev.rate?.words && base.endsWith(prev.rate.words) ? base.slice(0, -prev.rate.words.length) : base;
  const name = prev.metric ? (metricNameIn(ctx, base) ?? base) : base;
  if (how === 'comparison') return withoutComparison(ctx, bare) + own + (c.rate?.words ?? '');
  if (how === 'verb') {
    // 增速变缓至3%: a rate noun among the verbs stays (…增加值增速).
    const noun = ctx.rules.marker('rate-noun').firstIn(foldedText(own));
    const growth = noun && !base.endsWith(own.slice(noun.start, noun.end)) ? own.slice(noun.start, noun.end) : '';
    return base + growth;
  }
  if (!own && c.rate && c.rate.basis !== (prev.change?.basis ?? prev.rate?.basis ?? null))
    return withoutComparison(ctx, bare) + c.rate.words;
  if (own && rules.labelQualifier.has(own)) return own + name;
  if (own && rules.labelQualifierAfter.has(own)) return name + own;
  return base;
}

/**
 * 消费对经济增长的贡献率上升3个百分点，达到51.2%: a percentage naming nothing in the clause right
 * after a 百分点 rise of a level is the level reached (not a metric named earlier in the sentence).
 */
function levelOfDistance(ctx: Context, sentence: Sentence, c: Candidate, memory: LabelMemory): Label | null {
  const prev = memory.last;
  if (!prev?.label || prev.compared || prev.quantity.class !== 'pp' || !memory.inSentence(sentence)) return null;
  if (c.quantity.class !== 'percent' || c.rate) return null;
  const clauses = ctx.clausesOf(sentence);
  return clauses.indexOf(prev.clause) === clauses.indexOf(c.clause) - 1 ? prev.label : null;
}

/** The last metric named in the sentence before the figure. */
function metricBefore(ctx: Context, sentence: Sentence, c: Candidate): Label | null {
  const names = ctx.rules.metrics.findAll(ctx.doc.match, sentence.start, c.q.start).filter((m) => !m.value.rule.family);
  const m = names[names.length - 1];
  return m ? { text: ctx.doc.text.slice(m.start, m.end), start: m.start } : null;
}

/**
 * For a figure that names nothing and follows none: the measure named nearest — the last
 * before it in its paragraph (…等东部发达省份增速有所放缓。其中，广东（3.3%）), else the
 * first after it in its sentence (江西（6.9%）、…7省份的增速超过或等于6%; 湖北、安徽和上海
 * 分别以10804.66亿元…首次进入一季度GDP万亿俱乐部): a metric's name of the figure's class, or
 * for a percentage a rate noun (增速).
 */
function namedNear(ctx: Context, sentence: Sentence, c: Candidate): Label | null {
  const text = ctx.doc.match;
  const fits = (m: { value: { rule: { class?: string } } }) =>
    c.quantity.class === 'percent' || !m.value.rule.class || m.value.rule.class === c.quantity.class;
  const names = (from: number, to: number) => [
    ...ctx.rules.metrics.findAll(text, from, to).filter(fits),
    ...(c.quantity.class === 'percent' ? ctx.rules.marker('rate-noun').findAll(text, from, to) : []),
  ];
  let first = sentence.index;
  while (first > 0 && ctx.sentences[first - 1]!.paragraph === sentence.paragraph) first--;
  const before = names(ctx.sentences[first]!.start, c.q.start)
    .sort((a, b) => a.end - b.end)
    .at(-1);
  const after = names(c.q.end, sentence.end).sort((a, b) => a.start - b.start)[0];
  const m = before ?? after ?? sectionName(ctx, first, c, fits);
  return m ? { text: ctx.doc.text.slice(m.start, m.end), start: m.start } : null;
}

/** How many paragraphs back a bare level may look for its measure (see sectionName). */
const SECTION_REACH = 3;

/**
 * 国内生产总值562642亿元。…。广东（59518亿元）、江苏（56909亿元）: a bare amount, or a level in
 * brackets after a name (a list of places), takes the measure last named before it under its heading, a few paragraphs
 * back at most, where it is a metric of its class (not a rate: a percentage keeps to its
 * paragraph). `first` is the first sentence of the figure's paragraph.
 */
function sectionName(
  ctx: Context,
  first: number,
  c: Candidate,
  fits: (m: { value: { rule: { class?: string } } }) => boolean,
): { start: number; end: number } | null {
  if (c.quantity.class === 'percent' || c.quantity.class === 'pp' || first === 0) return null;
  // (Only an amount of money (南京以7622.77亿元), or a figure in brackets after a name as lists of
  // places give them; 66岁的约翰 is no such figure.)
  if (c.quantity.class !== 'money' && !/[（(]/.test(ctx.doc.match[c.q.start - 1] ?? '')) return null;
  const paragraph = ctx.sentences[first]!.paragraph;
  let from = first;
  while (from > 0 && !ctx.sentences[from]!.heading) {
    const prev = ctx.sentences[from - 1]!;
    if (paragraph - prev.paragraph > SECTION_REACH) break;
    from--;
  }
  if (from === first) return null;
  const named = ctx.rules.metrics
    .findAll(ctx.doc.match, ctx.sentences[from]!.start, ctx.sentences[first]!.start)
    .filter((m) => fits(m) && !m.value.rule.family && m.value.rule.class === c.quantity.class);
  return named.sort((a, b) => a.end - b.end).at(-1) ?? null;
}

/** How many characters before a count a verb of a metric's name told around it may have (惠及, 受益). */
const SPLIT_VERB_MAX = 3;

/**
 * 惠及76万群众: a metric's name (惠及群众) told as its verb before the count and its people after
 * (a people-noun of markers.yaml). The label runs from the clause's words before to the people.
 */
function splitMetric(ctx: Context, c: Candidate): boolean {
  const text = ctx.doc.match;
  const people = ctx.rules.marker('people-noun').matchAt(text, c.q.end, c.clause.end);
  if (!people) return false;
  for (let k = 1; k <= SPLIT_VERB_MAX && c.q.start - k >= c.clause.start; k++) {
    const metric = ctx.rules.metrics.get(text.slice(c.q.start - k, c.q.start) + people.word);
    if (!metric || metric.rule.class !== 'count') continue;
    c.metric = metric.rule.id;
    c.metricRef = metric.ref;
    const t = trimLabel(ctx, c.clause.start, c.q.start);
    const lead =
      t.end > t.start ? ctx.doc.text.slice(t.start, c.q.start) : ctx.doc.text.slice(c.q.start - k, c.q.start);
    c.label = {
      text: lead + ctx.doc.text.slice(people.start, people.end),
      start: t.end > t.start ? t.start : c.q.start - k,
    };
    return true;
  }
  return false;
}

/**
 * Counts of people (万人) are figures only of a metric (常住人口1026万人): one that ends the
 * label, or that names the people right after the number (95万低保和特困人员按时…) or right
 * before it (保障水上旅客8.8亿人次安全出行, whose label then is what comes before).
 */
function dropUncountedPeople(ctx: Context, c: Candidate): void {
  if (!c.q.unit || c.q.unit.value.rule.indicator || c.metric) return;
  const text = ctx.doc.match;
  // A whole word (not the 企业 of 20位企业家代表).
  const whole = (m: { start: number; end: number } | null) =>
    m !== null && !ctx.tokensAround(m.start, m.end).some((t) => t.start < m.end && m.end < t.end && t.start >= m.start);
  const after = ctx.rules.metrics.matchAt(text, c.q.end, c.clause.end);
  const before = whole(after) ? null : ctx.rules.metrics.matchEndingAt(text, c.q.start, c.clause.start);
  const named = whole(after) ? after : before;
  if (!named && splitMetric(ctx, c)) return;
  if (named && named.value.rule.class === 'count') {
    c.metric = named.value.rule.id;
    c.metricRef = named.value.ref;
    if (before) {
      const t = trimLabel(ctx, c.clause.start, c.q.start);
      if (t.end > t.start) c.label = { text: ctx.doc.text.slice(t.start, t.end), start: t.start };
    } else if (c.label && c.label.start >= c.q.end && c.label.start + c.label.text.length < named.end) {
      // 57.1万人次紧急转移安置: a label read after the number (紧急) runs to the end of the metric's name.
      c.label = { text: ctx.doc.text.slice(c.label.start, named.end), start: c.label.start };
    }
    return;
  }
  c.consumed = true;
  if (ctx.tracing)
    ctx.note({
      stage: 'quantity',
      start: c.q.start,
      end: c.q.end,
      rule: c.q.unit.value.ref,
      verdict: 'dropped',
      message: `${c.q.unit.word || c.quantity.raw} counts people: a figure only when a metric names what it counts (label ${c.label?.text ?? '—'})`,
    });
}

// Lists and 分别: levels and rates listed in the same order (增值税12.8亿元、城镇土地使用税
// 9.5亿元,同比分别增长210.8%、29.5%), and labels listed before rates (化肥、农药产量分别增长…):
// the i-th of one list goes with the i-th of the other.
import type { Context } from '../context/context.js';
import { foldedText } from './folded.js';
import type { Candidate, Label } from './candidate.js';
import { LIST_JOINERS, PAIRED_MEASURES, PARTNER_WORDS } from '../rules/vocabulary.js';
import { LIST_JOINER } from './words.js';
import { TAG, tags } from '../segment/tags.js';
import { trimLabel } from './label-text.js';

/** A noun that can head what list items share (产量, 增加值, 家电). */
const HEAD_NOUN = tags(TAG.noun, TAG.verbalNoun, TAG.otherProper, TAG.nounMorpheme);

// (Defined beside the word classes so rates.ts can read it without a cycle through label-text.ts.)
export { LIST_JOINER };
/** Where a written list of labels parts (化肥、农药产量; 城镇和农村). */
export const LIST_SEPARATOR = new RegExp(`[${LIST_JOINERS.join('')}]`);
/** Where a written list of labels parts: 、 first (电气机械和器材制造业 is one item), then 和/及/与 (城镇和农村). */
const ITEM_MARK = '、';
const LAST_ITEM_MARK = new RegExp(`[${LIST_JOINERS.filter((w) => w !== ITEM_MARK).join('')}]`, 'g');

/** Is `b` the next item of a list `a` opens (29.5%、17.8%; 15.8%和14.4%)? */
export function listed(text: string, a: Candidate, b: Candidate): boolean {
  return LIST_JOINER.test(text.slice(a.q.end, b.q.start));
}

/**
 * A run of k rates whose phrase says 分别 (or follows k levels that 分别 opens), right
 * after k levels of one class: each level takes its rate as its change, in order
 * (分别达6.9万元、3.4万元,增长4.2%、5.3%).
 */
export function pairRespectively(ctx: Context, cands: Candidate[]): void {
  const text = ctx.doc.match;
  const each = ctx.rules.marker('respectively');
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    if (!first.rate || first.consumed || first.rate.basis === 'two_year_avg') continue;
    let k = 1;
    while (i + k < cands.length && cands[i + k]!.rate && listed(text, cands[i + k - 1]!, cands[i + k]!)) k++;
    const levels = cands.slice(i - k, i);
    if (k < 2 || levels.length < k) continue;
    // A change is a growth in %: a run of 百分点 distances or 倍 multiples is figures of their own.
    if (cands.slice(i, i + k).some((r) => r.quantity.unit !== '%' || r.rate!.namedBase)) continue;
    if (levels.some((l) => l.rate || l.change || l.consumed || l.quantity.class !== levels[0]!.quantity.class))
      continue;
    // Only punctuation, or one aside (扣除价格因素), between the last level and the rates' phrase.
    if (!onlyAsideBetween(ctx, levels[k - 1]!.q.end, first.rate.start)) continue;
    // 分别 in the phrase or before the first level.
    const opened =
      each.firstIn(text, Math.max(levels[0]!.clause.start, levels[0]!.q.start - 6), levels[0]!.q.start) !== null;
    // 进出口10293亿元和3544.9亿元，同增1.9%和38.4%: two lists joined item by item need no 分别.
    const joined = levels.every((l, j) => j === 0 || listed(text, levels[j - 1]!, l));
    if (!first.rate.respectively && !opened && !joined && !ownClauses(levels, first)) continue;
    // (分别达到2253元和6280元，平均每年增长4.7％和5.7％: an average over years pairs only with levels 分别 lists)
    if (first.rate.basis === 'cagr' && !opened) continue;
    for (let j = 0; j < k; j++) {
      const level = levels[j]!;
      const rate = cands[i + j]!;
      level.change = {
        basis: rate.rate!.basis,
        value: rate.rate!.sign * rate.quantity.value,
        unit: rate.quantity.unit,
      };
      level.changeEnd = rate.q.end;
      level.paired = true;
      rate.consumed = true;
    }
    i += k - 1;
  }
}

/** The longest aside between a list of levels and their rates (扣除价格因素, 按可比价格计算). */
const MAX_ASIDE = 10;

/** What may stand between a list of levels and their rates: punctuation, or one short clause with no figure (扣除价格因素). */
function onlyAsideBetween(ctx: Context, from: number, to: number): boolean {
  const gap = ctx.doc.match.slice(from, to);
  if (/^[\s,，;；]*$/.test(gap)) return true;
  // (the candidates are consecutive: no figure stands in the gap)
  const parts = gap.split(/[,，]/);
  return parts.length === 3 && parts[1]!.trim().length <= MAX_ASIDE && !/[;；。]/.test(gap);
}

/**
 * 城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%: levels each told in a
 * clause of its own, then their rates listed together in a clause after them, need no 分别.
 */
function ownClauses(levels: readonly Candidate[], firstRate: Candidate): boolean {
  const clauses = [...levels.map((l) => l.clause), firstRate.clause];
  return clauses.every((c, j) => j === 0 || c.start > clauses[j - 1]!.start);
}

/**
 * A run of k ≥ 2 figures listed in a row that 分别 opens (分别增长5%、6%; 分别新认定60家和30家),
 * and what each measures: the i-th item of the list before 分别.
 */
export interface ListRun {
  readonly members: readonly Candidate[];
  /** Each member's label, once read (null: the words before the run part into no k items). */
  labels: readonly (Label | null)[] | null;
  /** The items as named, without what the run says was done to them (跨国公司地区总部, not 新认定…). */
  items: readonly Label[] | null;
  /** The words the items were read from, as written (新能源汽车产销; 化肥、农药产量). */
  head?: Label;
}

/** The 分别 runs of a sentence's figures, by member. */
export function respectivelyRuns(
  ctx: Context,
  cands: readonly Candidate[],
  windowOf: (i: number) => { start: number; end: number },
): ReadonlyMap<Candidate, ListRun> {
  const text = ctx.doc.match;
  const each = ctx.rules.marker('respectively');
  // (made for the first run only: most sentences have none)
  let out: Map<Candidate, ListRun> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    if (first.consumed) continue;
    let k = 1;
    while (
      i + k < cands.length &&
      !cands[i + k]!.consumed &&
      cands[i + k]!.clause === first.clause &&
      listed(text, cands[i + k - 1]!, cands[i + k]!)
    )
      k++;
    if (k < 2) continue;
    // (the window is read only for a run: most figures stand alone)
    if (!first.rate?.respectively) {
      const w = windowOf(i);
      if (each.firstIn(text, w.start, w.end) === null) continue;
    }
    const run: ListRun = { members: cands.slice(i, i + k), labels: null, items: null };
    out ??= new Map();
    for (const m of run.members) out.set(m, run);
    i += k - 1;
  }
  return out ?? NO_RUNS;
}

const NO_RUNS: ReadonlyMap<Candidate, ListRun> = new Map();

/**
 * Reads the labels of a run from the words before its first figure: the items before
 * 分别, each with what they share (化肥、农药产量 → 化肥产量, 农药产量), and in front of
 * each what 分别 says was done (分别新认定60家和30家 → 新认定跨国公司地区总部). A run whose
 * own words name no items (累计分别达到1016家和591家; 两年平均分别增长…) takes the items of
 * the run before it in the sentence, with its own words (跨国公司地区总部累计).
 */
export function readRun(
  ctx: Context,
  run: ListRun,
  window: { start: number; end: number },
  before: ListRun | null,
  compose: (own: Label | null, base: Label, c: Candidate) => Label,
): void {
  const k = run.members.length;
  const each = ctx.rules.marker('respectively').findAll(ctx.doc.match, window.start, window.end).at(-1);
  const head = span(ctx, window.start, each ? each.start : window.end);
  const done = each ? span(ctx, each.end, window.end) : null;
  const items =
    (head ? listItems(ctx, head, k) : null) ?? (each ? subjectClauseItems(ctx, window.start, each.start, k) : null);
  if (items) {
    run.items = items;
    if (head) run.head = head;
    run.labels = items.map((item, i) => (done ? compose(done, item, run.members[i]!) : item));
    return;
  }
  const compared = done ? comparedItems(ctx, done, k) : null;
  if (compared) {
    run.labels = compared.map((c) => ({ text: (head?.text ?? '') + c, start: head?.start ?? done!.start }));
    return;
  }
  if (!before?.items || before.items.length !== k) return;
  run.items = before.items;
  const own = head && done ? { text: head.text + done.text, start: head.start } : (head ?? done);
  run.labels = before.items.map((item, i) => compose(own, item, run.members[i]!));
}

/** Words before 分别 that are a time at most (2000年, 上半年, 前三季度). */
const ONLY_A_TIME = /^[\s0-9０-９〇一二三四五六七八九十年月日季度上下半前后初底末今去明全]*$/;

/**
 * 农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元: when the words
 * before 分别 name nothing but a time, the items are those of the clause before, a subject
 * that tells no figure of its own. Words that name the measure (每人每年自付费用分别不超过…)
 * keep it: the clause before (在县、市、省三级医疗机构住院) is then where, not what.
 */
function subjectClauseItems(ctx: Context, at: number, each: number, k: number): Label[] | null {
  if (!ONLY_A_TIME.test(ctx.doc.match.slice(at, each))) return null;
  const own = ctx.clauseAt(at);
  const before = own && ctx.clauseAt(own.start - 1);
  if (!before || before === own || !/^[，,]$/.test(ctx.doc.match.slice(before.end, own.start).trim())) return null;
  if (/[0-9０-９]/.test(ctx.doc.match.slice(before.start, before.end))) return null;
  const head = span(ctx, before.start, before.end);
  return head ? listItems(ctx, head, k) : null;
}

/**
 * 增速分别比全国居民和全国农村居民快3.5、1.8个百分点: what 分别 says lists the k things
 * compared with, each the other side of its own figure (比全国居民快, 比全国农村居民快); null
 * when the words after 分别 open no comparison or part into another number of items.
 */
function comparedItems(ctx: Context, done: Label, k: number): string[] | null {
  const opener = ctx.rules.marker('baseline-before').matchAt(foldedText(done.text), 0);
  if (!opener) return null;
  const end = done.start + done.text.length;
  // (比…快, 较…高: a comparison by 比 ends in the word that says which way)
  const last = ctx
    .tokensAround(done.start, end)
    .filter((t) => t.end <= end)
    .at(-1);
  const closes =
    opener.end <= 1 && last !== undefined && last.start > done.start + opener.end && COMPARED_WAY.has(last.tag);
  const tail = closes ? ctx.doc.text.slice(last.start, end) : '';
  const middle = { text: done.text.slice(opener.end, done.text.length - tail.length), start: done.start + opener.end };
  const items = partItems(middle, k);
  if (!items || k < 2) return null;
  const word = done.text.slice(0, opener.end);
  return items.map((item) => word + item.text + tail);
}

/** What closes a comparison by 比 (快, 高, 提高): an adjective or a verb. */
const COMPARED_WAY = tags(TAG.adjective, TAG.verb);

/** The trimmed label in [start, end), or null. */
function span(ctx: Context, start: number, end: number): Label | null {
  const t = trimLabel(ctx, start, end);
  return t.end > t.start ? { text: ctx.doc.text.slice(t.start, t.end), start: t.start } : null;
}

/**
 * The k items of a written list (通用设备制造业、电气机械和器材制造业、仪器仪表制造业增加值),
 * each with what they share written once after the last (…增加值), or null when the words
 * part into another number of items.
 */
export function listItems(ctx: Context, head: Label, k: number): Label[] | null {
  const paired = k === 2 ? pairedItems(head) : null;
  if (paired) return paired;
  const written = partItems(head, k);
  const partners = written ? partnerItems(ctx, written) : null;
  if (partners) return partners;
  // (2015和2016年同期增速, 湖北、安徽和上海: items that are times or places name no measure;
  // but after an item of words, a place is an item too: “一带一路”沿线国家、东盟、欧盟实际投资.)
  if (!written || written.some((p, i) => emptyOnceTrimmed(ctx, p) && (i === 0 || !placeOnly(ctx, p)))) return null;
  const items = measuredItems(ctx, written);
  // (香港地区、新加坡、英国等实际投入外资金额: a place the list leaves with no measure is no item after all)
  const bare = written.some((p, i) => placeOnly(ctx, p) && items[i]!.text === p.text);
  return bare ? null : items;
}

/**
 * 新能源汽车产销分别完成256.5万辆和254.2万辆: a head that ends in two measures written as one
 * word (vocabulary.ts PAIRED_MEASURES) gives two items, 新能源汽车产量 and 新能源汽车销量.
 */
function pairedItems(head: Label): Label[] | null {
  const word = Object.keys(PAIRED_MEASURES)
    .filter((w) => head.text.endsWith(w))
    .sort((a, b) => b.length - a.length)[0];
  if (!word) return null;
  const stem = head.text.slice(0, -word.length);
  return PAIRED_MEASURES[word]!.map((measure) => ({ text: stem + measure, start: head.start }));
}

/** The items of a list each with the measure they share (listItems). */
function measuredItems(ctx: Context, written: readonly Label[]): Label[] {
  const parts = withoutScope(ctx, written);
  const sectors = sectorItems(parts);
  if (sectors) return sectors;
  const group = groupOf(ctx, parts);
  if (group) return group;
  const shared = afterLastPlace(ctx, parts) ?? sharedHead(ctx, parts);
  const last = parts[parts.length - 1]!;
  return parts.map((part) => {
    // An item that ends in a measure of its own (货物运输总量、货物运输周转量; 城镇居民人均可支配收入和…) takes none.
    const own = endsInMeasure(ctx, part.text);
    // 林木覆盖率、湿地保护率: an item that ends like the shared words (…率) names its own measure.
    if (part === last || own || !shared || part.text.endsWith(shared.at(-1)!)) return part;
    // 高技术制造业 + 制造业增加值 is 高技术制造业增加值: what the item already ends with is not written twice.
    let overlap = shared.length;
    while (overlap > 0 && !part.text.endsWith(shared.slice(0, overlap))) overlap--;
    return { text: part.text + shared.slice(overlap), start: part.start };
  });
}

/**
 * 我国对东盟、欧盟、美国、日本分别进出口…: places a preposition lists are whom the subject
 * deals with, so each item is the preposition with its place (对东盟, 对欧盟, …), followed by
 * the words after the last place (对东盟、欧盟和日本进出口 → 进出口); null unless every item
 * is a place and a partner word opens the first.
 */
function partnerItems(ctx: Context, parts: readonly Label[]): Label[] | null {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const firstEnd = first.start + first.text.length;
  const opening = ctx.places.overlapping(firstEnd - 1, firstEnd).find((p) => p.end === firstEnd);
  if (!opening || opening.start <= first.start) return null;
  const lead = first.text.slice(0, opening.start - first.start);
  const word = PARTNER_WORDS.find((w) => lead.endsWith(w));
  const closing = ctx.places.startingAt(last.start, last.start + last.text.length);
  if (!word || !closing) return null;
  const middle = parts.slice(1, -1);
  if (!middle.every((p) => ctx.places.startingAt(p.start, p.start + p.text.length)?.end === p.start + p.text.length))
    return null;
  const shared = last.text.slice(closing.end - last.start);
  const names = [
    { text: ctx.doc.text.slice(opening.start, opening.end), start: opening.start },
    ...middle,
    { text: ctx.doc.text.slice(closing.start, closing.end), start: closing.start },
  ];
  return names.map((n) => ({ text: word + n.text + shared, start: n.start }));
}

/**
 * “一带一路”沿线国家、东盟、欧盟实际投资: when items are places, what the last place is
 * followed by is what they all share (实际投资, not only 投资); null otherwise.
 */
function afterLastPlace(ctx: Context, parts: readonly Label[]): string | null {
  const last = parts[parts.length - 1]!;
  const place = ctx.places.startingAt(last.start, last.start + last.text.length);
  if (!place || !parts.slice(0, -1).some((p) => placeOnly(ctx, p))) return null;
  const rest = last.text.slice(place.end - last.start);
  return rest.length > 0 ? rest : null;
}

/** Is the item a place and nothing more (东盟)? */
function placeOnly(ctx: Context, part: Label): boolean {
  const end = part.start + part.text.length;
  return ctx.places.startingAt(part.start, end)?.end === end;
}

function emptyOnceTrimmed(ctx: Context, part: Label): boolean {
  const t = trimLabel(ctx, part.start, part.start + part.text.length);
  return t.end <= t.start;
}

/** 规上工业中新能源汽车、…; 传统产业中的纺织服装、…: the scope the first item is picked from is no item's. */
function withoutScope(ctx: Context, parts: readonly Label[]): readonly Label[] {
  const first = parts[0]!;
  const end = first.start + first.text.length;
  const among = ctx
    .tokensAround(first.start, end)
    .find((t) => t.word === '中' && t.tag === TAG.locative && t.start > first.start && t.end < end);
  if (!among) return parts;
  const from = among.end - first.start + (first.text[among.end - first.start] === '的' ? 1 : 0);
  return from < first.text.length
    ? [{ text: first.text.slice(from), start: first.start + from }, ...parts.slice(1)]
    : parts;
}

/**
 * 新能源汽车、锂离子电池、光伏电池等绿色低碳产品产量: items named as examples of a group (等…)
 * each take the measure that ends the group's name (新能源汽车产量 …); null when the last
 * item holds no 等.
 */
function groupOf(ctx: Context, parts: readonly Label[]): Label[] | null {
  const last = parts[parts.length - 1]!;
  const at = last.text.indexOf('等');
  if (at <= 0 || at === last.text.length - 1) return null;
  const group = foldedText(last.text.slice(at + 1));
  const r = ctx.rules;
  const starts = [
    r.marker('value-noun').matchEndingAt(group, group.length)?.start,
    r.marker('metric-tail').matchEndingAt(group, group.length)?.start,
    ...r.metrics
      .findEvery(group)
      .filter((m) => m.end === group.length)
      .map((m) => m.start),
  ].filter((x): x is number => x !== undefined);
  const shared = starts.length > 0 ? last.text.slice(at + 1 + Math.min(...starts)) : '';
  const items = [...parts.slice(0, -1), { text: last.text.slice(0, at), start: last.start }];
  return items.map((p) => (p.text.endsWith(shared) ? p : { text: p.text + shared, start: p.start }));
}

function endsInMeasure(ctx: Context, written: string): boolean {
  const folded = foldedText(written);
  const r = ctx.rules;
  return (
    r.marker('metric-tail').matchEndingAt(folded, folded.length) !== null ||
    r.marker('value-noun').matchEndingAt(folded, folded.length) !== null ||
    r.metrics.findEvery(folded).some((m) => m.end === folded.length)
  );
}

/** The items of a list, parted at 、 and, where that gives fewer than k, at 和/及/与 in the last (电子和电力). */
function partItems(head: Label, k: number): Label[] | null {
  const parts: Label[] = [];
  let from = 0;
  for (let at = head.text.indexOf(ITEM_MARK); at >= 0; at = head.text.indexOf(ITEM_MARK, from)) {
    parts.push({ text: head.text.slice(from, at), start: head.start + from });
    from = at + 1;
  }
  parts.push({ text: head.text.slice(from), start: head.start + from });
  while (parts.length < k) {
    const last = parts.pop()!;
    const mark = [...last.text.matchAll(LAST_ITEM_MARK)].find((m) => m.index > 0 && m.index < last.text.length - 1);
    if (!mark) return null;
    parts.push({ text: last.text.slice(0, mark.index), start: last.start });
    parts.push({ text: last.text.slice(mark.index + 1), start: last.start + mark.index + 1 });
  }
  return parts.length === k && parts.every((p) => p.text.length > 0) ? parts : null;
}

/** 一、二、三产业 / 一产、二产、三产: the three sectors written short. */
const SECTOR = /^第?([一二三])(产业|产)?$/;
const LAST_SECTOR = /^第?([一二三])(?:产业|产)(.*)$/;

/** 一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值; null when the items are no sectors. */
function sectorItems(parts: readonly Label[]): Label[] | null {
  const last = LAST_SECTOR.exec(parts[parts.length - 1]!.text);
  if (!last || !parts.slice(0, -1).every((p) => SECTOR.test(p.text))) return null;
  const ordinal = (p: Label, i: number) => (i === parts.length - 1 ? last[1] : SECTOR.exec(p.text)![1]);
  return parts.map((p, i) => ({ text: `第${ordinal(p, i)}产业${last[2]}`, start: p.start }));
}

/**
 * What the items of a 分别 list share, written once after the last: what follows, in the
 * last, the ending the others share (饮料类、烟酒类商品零售 → 商品零售; 通用设备制造业、
 * 仪器仪表制造业增加值 → 增加值); else the metric name that ends the last (化肥、农药产量 →
 * 产量); else its last noun, when every other item is a word or two (智能家电). (What lies
 * between is the last item's own: 化学需氧量排放量 gives 二氧化硫排放量, at the cost of
 * 新加坡金额 for 新加坡、英国实际对华投入外资金额.)
 */
function sharedHead(ctx: Context, parts: readonly Label[]): string {
  const last = parts[parts.length - 1]!;
  const others = parts.slice(0, -1);
  const ending = others[0]!.text.at(-1)!;
  const at = last.text.indexOf(ending);
  if (others.every((p) => p.text.endsWith(ending)) && at > 0 && at < last.text.length - 1)
    return last.text.slice(at + 1);
  const folded = foldedText(last.text);
  const metric = ctx.rules.metrics.findEvery(folded).filter((m) => m.end === folded.length && m.start > 0);
  if (metric.length > 0) return last.text.slice(Math.min(...metric.map((m) => m.start)));
  const lastEnd = last.start + last.text.length;
  const wordsOf = (start: number, end: number) =>
    ctx.tokensAround(start, end).filter((t) => t.start >= start && t.end <= end);
  const bare = others.every((p) => wordsOf(p.start, p.start + p.text.length).length <= 2);
  const words = wordsOf(last.start, lastEnd);
  if (!bare || words.length < 2) return '';
  // (化肥、农药产量; not 文明城市、国家历史文化名城: a noun that is no measure is the last item's own.)
  const tail = words[words.length - 1]!;
  // (…制造投资: an activity (vn) is measured as it is.)
  const noun = tail.end === lastEnd && tail.word.length >= 2 && HEAD_NOUN.has(tail.tag);
  return noun && (tail.tag === TAG.verbalNoun || endsInMeasure(ctx, tail.word)) ? tail.word : '';
}

// Lists and 分别: levels and rates listed in the same order (增值税12.8亿元、城镇土地使用税
// 9.5亿元,同比分别增长210.8%、29.5%), and labels listed before rates (化肥、农药产量分别增长…):
// the i-th of one list goes with the i-th of the other.
import type { Context } from '../context/context.js';
import { toMatchText } from '../document/normalize.js';
import type { Candidate, Label } from './candidate.js';
import { LIST_JOINERS, anyOf } from '../rules/vocabulary.js';
import { TAG, tags } from '../segment/tags.js';

/** A noun that can head what list items share (产量, 增加值, 家电). */
const HEAD_NOUN = tags(TAG.noun, TAG.verbalNoun, TAG.otherProper, TAG.nounMorpheme);

/** Nothing but a list word between two items (29.5%、17.8%; 15.8%和14.4%). */
export const LIST_JOINER = new RegExp(`^\\s*${anyOf(LIST_JOINERS)}\\s*$`);
/** Where a written list of labels parts (化肥、农药产量; 城镇和农村). */
export const LIST_SEPARATOR = new RegExp(`[${LIST_JOINERS.join('')}]`);

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
    if (!first.rate || first.consumed || first.rate.basis === 'two_year_avg' || first.rate.basis === 'cagr') continue;
    let k = 1;
    while (i + k < cands.length && cands[i + k]!.rate && listed(text, cands[i + k - 1]!, cands[i + k]!)) k++;
    const levels = cands.slice(i - k, i);
    if (k < 2 || levels.length < k) continue;
    if (levels.some((l) => l.rate || l.change || l.consumed || l.quantity.class !== levels[0]!.quantity.class))
      continue;
    // Only punctuation between the last level and the rates' phrase; 分别 in the phrase or before the first level.
    if (!/^[\s,，;；]*$/.test(text.slice(levels[k - 1]!.q.end, first.rate.start))) continue;
    const opened =
      each.findAll(text, Math.max(levels[0]!.clause.start, levels[0]!.q.start - 6), levels[0]!.q.start).length > 0;
    if (!first.rate.respectively && !opened) continue;
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

/** The label each run of 分别 rates found before its first rate (化肥、农药产量), by that first rate. */
export type ListHeads = Map<Candidate, Label>;

/**
 * 年均分别增长17.3%和15.1% after "A、B": the i-th rate of the run gets the i-th item of
 * the label before the first, with what the items share (化肥、农药产量 → 农药产量).
 */
export function listItemLabel(
  ctx: Context,
  cands: readonly Candidate[],
  c: Candidate,
  label: Label | null,
  heads: ListHeads,
): Label | null {
  const run = cands.filter((x) => x.rate?.respectively && x.clause === c.clause && x.rate.words === c.rate!.words);
  const first = run[0]!;
  if (first === c && label) heads.set(c, label);
  const head = heads.get(first);
  const parts = head?.text.split(LIST_SEPARATOR).filter(Boolean) ?? [];
  if (!head || parts.length !== run.length) return label;
  const i = run.indexOf(c);
  const part = parts[i]!;
  // An item that ends in a measure of its own (货物运输总量、货物运输周转量) takes none.
  const own = ctx.rules.marker('metric-tail').matchEndingAt(toMatchText(part), part.length) !== null;
  const shared = i < parts.length - 1 && !own ? sharedHead(ctx, head, parts) : '';
  // 高技术制造业 + 制造业增加值 is 高技术制造业增加值: what the item already ends with is not written twice.
  let overlap = shared.length;
  while (overlap > 0 && !part.endsWith(shared.slice(0, overlap))) overlap--;
  return { text: part + shared.slice(overlap), start: head.start + head.text.indexOf(part) };
}

/**
 * What the items of a 分别 list share, written once after the last (化肥、农药产量 is
 * 化肥产量 and 农药产量; 工业、高新技术产业增加值 is 工业增加值 and …): the metric
 * name that ends the last item, else the noun that ends it, when every other item is
 * a word or two (智能家电). (What lies between is the last item's own: 化学需氧量排放量 gives
 * 二氧化硫排放量, at the cost of 新加坡金额 for 新加坡、英国实际对华投入外资金额.)
 * Items of more words (城镇居民人均可支配收入和农村居民人均纯收入) name themselves.
 */
function sharedHead(ctx: Context, head: Label, parts: readonly string[]): string {
  const last = parts[parts.length - 1]!;
  const lastStart = head.start + head.text.lastIndexOf(last);
  const lastEnd = lastStart + last.length;
  const wordsOf = (start: number, end: number) =>
    ctx.tokensAround(start, end).filter((t) => t.start >= start && t.end <= end);
  const bare = parts.slice(0, -1).every((p) => {
    const start = head.start + head.text.indexOf(p);
    return wordsOf(start, start + p.length).length <= 2;
  });
  const words = wordsOf(lastStart, lastEnd);
  if (!bare || words.length < 2) return '';
  const folded = toMatchText(last);
  const metric = ctx.rules.metrics.findEvery(folded).filter((m) => m.end === folded.length && m.start > 0);
  if (metric.length > 0) return last.slice(Math.min(...metric.map((m) => m.start)));
  const tail = words[words.length - 1]!;
  return tail.end === lastEnd && tail.word.length >= 2 && HEAD_NOUN.has(tail.tag) ? tail.word : '';
}

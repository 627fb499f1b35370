// WHERE A FIGURE'S REGION IS DECIDED. The nearest place before the figure in its
// sentence; else one in what it counts (服务3000家苏州企业); else the text's own place for
// 全省/我市; else the subject of a recent sentence that named one; else the title's place.
// Places listed with 分别 go to the figures listed after them, in order (zipRegions).
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { RegionMention } from '../../places/regions.js';
import { toMatchText } from '../../document/normalize.js';
import type { Candidate } from '../candidate.js';
import { LIST_JOINER, LIST_SEPARATOR, listed } from '../lists.js';
import { inList, isSubject, opensClause, type OwnerPlaces } from './places.js';

/**
 * The nearest region before `pos` in the sentence; else the first after it in its
 * clause (服务3000家苏州企业); else the subject of the last sentence that named one,
 * in this or the two paragraphs before: its first region, not its last (青岛聚焦…,
 * 引领建设山东半岛示范区 is about 青岛).
 */
export function regionFor(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  clause: Clause,
  pos: number,
  label: string | null = null,
): string | null {
  const usable = places.usable;
  const before = usable.within(sentence.start, pos);
  for (let i = before.length - 1; i >= 0; i--) if (places.isWord(before[i]!)) return before[i]!.name;
  // 服务3000家苏州企业: a place in what the figure counts; not one in a later item of a list
  // (2家头部企业、2家深圳行业协会).
  const after = usable
    .within(pos, clause.end)
    .find((g) => places.isWord(g) && !LIST_SEPARATOR.test(ctx.doc.match.slice(pos, g.start)));
  if (after) return after.name;
  // 全省, 我市: the text's own place (its title's), not one it named before.
  const home = places.titleRegion();
  if (home && ctx.rules.marker('home-scope').findAll(ctx.doc.match, sentence.start, pos).length) return home;
  // 国内生产总值: a figure of the whole country is no place's named before, nor the title's
  // (a scope named before, 我国 or 全国, it may take).
  const national = label !== null && ctx.rules.marker('national-scope').findAll(toMatchText(label)).length > 0;
  return carriedRegion(ctx, places, sentence, national);
}

/**
 * Carried from the sentences before: the subject of the last one that names a place
 * near its start (上半年,青岛全市… / 如苏州启动…), in this or the previous paragraph;
 * a place as a word of its own, not the head of a longer name (临沂机场, 青岛港), nor
 * the object of a preposition (在合肥的这家工厂, 从淄博起步): there it is a setting.
 */
function carriedRegion(ctx: Context, places: OwnerPlaces, sentence: Sentence, national: boolean): string | null {
  const usable = places.usable;
  const floor = sentence.paragraph - 1;
  for (let i = usable.lowerBound(sentence.start) - 1; i >= 0; i--) {
    const g = usable.items[i]!;
    if (ctx.paragraphOf(g.start) < floor) break;
    if (!places.isWord(g) || (national && !g.scope)) continue;
    // 济南、青岛都市圈: a place in a list owns none of what follows alone.
    if (inList(ctx, usable, g)) continue;
    const s = ctx.sentenceAt(g.start);
    if (!s || !subjectOfItsClause(ctx, places, g)) continue;
    // A scope (我国, 全国) owns figures only in its own sentence; as the subject of an earlier
    // sentence of this paragraph it still says the figures are not of a place named before.
    if (g.scope) {
      if (ctx.paragraphOf(g.start) === sentence.paragraph)
        return s.index === sentence.index - 1 ? g.name : national ? null : places.titleRegion();
      continue;
    }
    // In a text about one place (its title's), another place named as an example owns the
    // sentence after it at most (…青岛获批…。新改造村卫生室2.1万个 is the province's).
    const home = places.titleRegion();
    if (home && g.name !== home && s.index < sentence.index - 1) return home;
    return g.name;
  }
  return national ? null : places.titleRegion();
}

/**
 * Does the place open its clause as what the clause is about? In a clause with a figure
 * the place owns it (我国工业互联网产业规模约为3.1万亿元); in one without, it must read as
 * the subject (临沂机场航站楼投用 says nothing of 临沂). The text's own place, the title's,
 * is never a mere modifier (江苏健儿…成绩优异 is about 江苏).
 */
function subjectOfItsClause(ctx: Context, places: OwnerPlaces, g: RegionMention): boolean {
  const clause = ctx.clauseAt(g.start);
  if (!clause || !opensClause(ctx, clause.start, g.start)) return false;
  return (
    /\d/.test(ctx.doc.match.slice(clause.start, clause.end)) || g.name === places.titleRegion() || isSubject(ctx, g)
  );
}

/**
 * 广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%: k rates listed with 分别
 * after a list of exactly k places belong to those places, in order.
 */
export function zipRegions(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  cands: readonly Candidate[],
): Map<Candidate, string> {
  const out = new Map<Candidate, string>();
  const text = ctx.doc.match;
  const each = ctx.rules.marker('respectively');
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    if (
      !first.rate?.respectively &&
      each.findAll(text, Math.max(first.clause.start, first.q.start - 6), first.q.start).length === 0
    )
      continue;
    let k = 1;
    while (i + k < cands.length && listed(text, cands[i + k - 1]!, cands[i + k]!)) k++;
    // The last run of places before the rates, joined by list words only.
    const before = places.usable.within(sentence.start, first.q.start).filter((g) => !g.scope);
    let run = before.length ? [before[before.length - 1]!] : [];
    for (let j = before.length - 2; j >= 0 && LIST_JOINER.test(text.slice(before[j]!.end, run[0]!.start)); j--)
      run = [before[j]!, ...run];
    if (run.length === k) for (let j = 0; j < k; j++) out.set(cands[i + j]!, run[j]!.name);
    i += k - 1;
  }
  return out;
}

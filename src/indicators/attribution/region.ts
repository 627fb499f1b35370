// WHERE A FIGURE'S REGION IS DECIDED. The nearest place before the figure in its
// sentence; else one in what it counts (服务3000家苏州企业); else the text's own place for
// 全省/我市; else the subject of a recent sentence that named one; else the title's place.
// Places listed with 分别 go to the figures listed after them, in order (zipRegions).
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { RegionMention } from '../../places/regions.js';
import { toMatchText } from '../../document/normalize.js';
import type { Candidate } from '../candidate.js';
import { LIST_JOINER, listed } from '../lists.js';
import { inList, isSubject, opensClause, type OwnerPlaces } from './places.js';

/** The figure whose region is asked: where it is written, its unit, its label as written. */
export interface FigureRef {
  readonly start: number;
  readonly end: number;
  readonly unit: string | null;
  readonly label: string | null;
}

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
  figure: FigureRef,
): string | null {
  const pos = figure.start;
  const label = figure.label;
  const compared = comparedPlace(ctx, places, clause, figure);
  if (compared !== undefined) return compared;
  const usable = places.usable;
  const before = usable.within(sentence.start, pos);
  for (let i = before.length - 1; i >= 0; i--) {
    const g = before[i]!;
    if (places.isWord(g) && (g.name !== null || opensItsClause(ctx, g))) return g.name;
  }
  // 服务3000家苏州企业: a place in what the figure counts; not one in a later item of a list
  // (2家头部企业、2家深圳行业协会).
  const after = usable
    .within(pos, clause.end)
    .find((g) => places.isWord(g) && !/[、和及与]/.test(ctx.doc.match.slice(pos, g.start)));
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
 * A scope whose figures have no region (全球) says so only for the clause it opens:
 * 全球电池生产基地数量上升至11个, not 通达全球100多个国家的200多个港口 nor
 * 建成全球规模最大的网络，行政村通光纤比例超98%, whose figures are the subject's.
 */
function opensItsClause(ctx: Context, g: RegionMention): boolean {
  const clause = ctx.clauseAt(g.start);
  return clause !== undefined && opensClause(ctx, clause.start, g.start);
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
    const before = places.usable.within(sentence.start, first.q.start).filter((g) => !g.scope && g.name !== null);
    let run = before.length ? [before[before.length - 1]!] : [];
    for (let j = before.length - 2; j >= 0 && LIST_JOINER.test(text.slice(before[j]!.end, run[0]!.start)); j--)
      run = [before[j]!, ...run];
    if (run.length === k) for (let j = 0; j < k; j++) out.set(cands[i + j]!, run[j]!.name!);
    i += k - 1;
  }
  return out;
}

/** What may stand between the other side of a comparison and its figure: 全国同期1.7%, 全国平均水平（8.1%）. */
const COMPARED_GAP = /(?:同期|平均水平|水平|平均|的|[(（])*$/;
/** A gap that says the figure is the other side's level or rate (同期, 平均水平, an opening bracket). */
const LEVEL_GAP = /同期|水平|平均|[(（]/;
/** After the figure, the same (超过全国9.8%的水平, 高于全国同期1.7%的两年平均增速). */
const LEVEL_AFTER = /^的[^，。,;；]{0,6}?(?:增速|增幅|增长|速度|水平)/;

/**
 * The other side of a comparison, when the figure is its (高于重庆的18.1%, 高于全国同期1.7%的
 * 两年平均增速, 低于全国平均水平（8.1%）, 超过全国9.8%的水平): that place, or the text's own for
 * 全省 (高于同期全省18.6%的增速). Not a difference in points (高于全国1.7个百分点 is the
 * subject's), nor a bare 高于全国1.7%; after 超过 only a level or a rate (占比超过全省的50%
 * is the subject's share). Undefined when the figure is no comparison's other side.
 */
function comparedPlace(
  ctx: Context,
  places: OwnerPlaces,
  clause: Clause,
  figure: FigureRef,
): string | null | undefined {
  if (figure.unit === 'pp') return undefined;
  const text = ctx.doc.match;
  const gap = COMPARED_GAP.exec(text.slice(Math.max(clause.start, figure.start - 8), figure.start))![0];
  const after = text.slice(figure.end, figure.end + 10);
  const level = LEVEL_GAP.test(gap) || LEVEL_AFTER.test(after);
  if (!level && gap !== '的' && !after.startsWith('的')) return undefined;
  const side = comparedSide(ctx, places, clause, figure.start - gap.length);
  if (!side) return undefined;
  // 高于, 低于 (rate-comparison), optionally 同期 before the place; 超过 only before a level.
  const lead = /(?:同期的?)?$/.exec(text.slice(clause.start, side.start))![0];
  const word = side.start - lead.length;
  if (ctx.rules.marker('rate-comparison').matchEndingAt(text, word, clause.start)) return side.name;
  if (level && text.slice(word - 2, word) === '超过') return side.name;
  return undefined;
}

/** The place (or 全省, the text's own) ending at `end`. */
function comparedSide(
  ctx: Context,
  places: OwnerPlaces,
  clause: Clause,
  end: number,
): { start: number; name: string | null } | null {
  const g = ctx.places.overlapping(end - 1, end).find((x) => x.end === end && x.start >= clause.start);
  if (g) return { start: g.start, name: g.name };
  const home = ctx.rules.marker('home-scope').matchEndingAt(ctx.doc.match, end, clause.start);
  return home ? { start: home.start, name: places.titleRegion() } : null;
}

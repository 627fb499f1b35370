// The other side of a comparison owns the figure written as its own level or rate:
// 高于重庆的18.1% is 重庆's, not the subject's (广州…25.7%的增速高于重庆的18.1%).
import type { Context } from '../../context/context.js';
import type { Clause } from '../../segment/sentences.js';
import type { OwnerPlaces } from './places.js';
import type { FigureRef } from './region.js';

/** What may stand between the other side of a comparison and its figure: 全国同期1.7%, 全国平均水平（8.1%）. */
const COMPARED_GAP = /(?:同期|平均水平|水平|平均|的|[(（])*$/;
/** The last characters of COMPARED_GAP's words: where the character before a figure is none, its gap is empty. */
const GAP_ENDS = new Set(['期', '平', '均', '的', '(', '（']);
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
export function comparedPlace(
  ctx: Context,
  places: OwnerPlaces,
  clause: Clause,
  figure: FigureRef,
): string | null | undefined {
  if (figure.unit === 'pp') return undefined;
  const equal = equalledPlace(ctx, clause, figure);
  if (equal !== undefined) return equal;
  const text = ctx.doc.match;
  // (Most figures have no gap word before them and no 的 after: nothing is cut for them.)
  if (!GAP_ENDS.has(text[figure.start - 1] ?? '') && text[figure.end] !== '的') return undefined;
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

/** 与全国两年平均增速5.1%的数据持平: the figure between 与 X and 持平 is X's. */
const EQUAL_AFTER = /^[^，。,;；]{0,8}?(?:持平|相当|一致|相同)/;

function equalledPlace(ctx: Context, clause: Clause, figure: FigureRef): string | null | undefined {
  const text = ctx.doc.match;
  if (!EQUAL_AFTER.test(text.slice(figure.end, figure.end + 12))) return undefined;
  const g = ctx.places
    .within(Math.max(clause.start, figure.start - 12), figure.start)
    .find((x) => /[与和同跟]/.test(text[x.start - 1] ?? '') && !/[，,、]/.test(text.slice(x.end, figure.start)));
  return g ? g.name : undefined;
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
  return home ? { start: home.start, name: places.frameRegion(home.start) } : null;
}

// Names that are also common words (大众, 现代, 理想, 长安 — orgAliases' `contextOnly`): a body
// only as an item of a list next to another organization of its kind (特斯拉、宝马、大众、奔驰;
// 为宝马和福特提供) or as a source cited (据IDC数据显示), never on their own (服务大众, 现代农业,
// 理想信念).
import type { Context } from '../context/context.js';
import type { OrgKind } from '../facts.js';
import { Occupancy, type OrgMention } from './mentions.js';
import type { ShortNameCheck } from './short-name-check.js';
import type { AliasMatch } from './candidates.js';
import { composed } from './composition.js';
import { noteOrg } from './note.js';

/** Where the item before a list separator ending at `pos` ends (特斯拉、|大众, 宝马和|福特), or -1. */
function itemEndBefore(ctx: Context, pos: number): number {
  const text = ctx.doc.match;
  if (text[pos - 1] === '、') return pos - 1;
  const word = ctx.rules.marker('list-word').matchEndingAt(text, pos, Math.max(0, pos - 2));
  return word && word.word !== '等' ? word.start : -1;
}

/** Where the item after a list separator starting at `pos` starts (大众|、奔驰, 大众|和奔驰), or -1. */
function itemStartAfter(ctx: Context, pos: number): number {
  const text = ctx.doc.match;
  if (text[pos] === '、') return pos + 1;
  const word = ctx.rules.marker('list-word').matchAt(text, pos, pos + 2);
  return word && word.word !== '等' ? word.end : -1;
}

/** 据IDC数据显示, 据苹果公布: a source cited for its figures or news is a body. */
const CITED_AFTER = /^(?:的)?(?:数据|统计|报道|消息|显示|预测|发布|公布|报告)/;

function citedSource(ctx: Context, start: number, end: number): boolean {
  const text = ctx.doc.match;
  return /据$/.test(text.slice(Math.max(0, start - 2), start)) && CITED_AFTER.test(text.slice(end, end + 3));
}

/**
 * The context-only names that stand in a list next to a known organization of the same kind,
 * and next to each name so accepted (蔚来、理想、小鹏、长安、上汽: 理想 through 蔚来, 长安 through 上汽).
 * `hits`: those words in the page (orgContextOnly.findAll).
 */
export function contextOnlyNames(
  ctx: Context,
  known: readonly OrgMention[],
  check: ShortNameCheck,
  hits: readonly AliasMatch[],
): OrgMention[] {
  const text = ctx.doc.match;
  // most pages name none of these words: what follows is built only for those that do
  if (hits.length === 0) return [];
  const taken = new Occupancy(text.length);
  const kindEndingAt = new Map<number, OrgKind>();
  const kindStartingAt = new Map<number, OrgKind>();
  for (const k of known) {
    taken.claim(k.start, k.end);
    kindEndingAt.set(k.end, k.kind);
    kindStartingAt.set(k.start, k.kind);
  }
  let pending = hits.filter(
    (h) => taken.free(h.start, h.end) && !ctx.isQuoted(h.start, h.end) && !check.misfit(h.start, h.end),
  );
  const out: OrgMention[] = [];
  for (let grew = true; grew && pending.length;) {
    grew = false;
    pending = pending.filter((h) => {
      const { kind, canonical } = h.value.rule;
      const before = itemEndBefore(ctx, h.start);
      const after = itemStartAfter(ctx, h.end);
      const listed =
        (before >= 0 && kindEndingAt.get(before) === kind) || (after >= 0 && kindStartingAt.get(after) === kind);
      if (!listed && !citedSource(ctx, h.start, h.end)) return true;
      const found: OrgMention = {
        start: h.start,
        end: h.end,
        name: ctx.doc.text.slice(h.start, h.end),
        kind,
        ref: h.value.ref,
        canonical,
      };
      // 戴姆勒卡客车、奔驰商用车: once listed, it may head a longer name like any known one
      const whole = composed(ctx, found);
      out.push(found, ...(whole ? [whole] : []));
      kindEndingAt.set(h.end, kind);
      kindStartingAt.set(h.start, kind);
      grew = true;
      return false;
    });
  }
  if (ctx.tracing)
    for (const h of pending)
      noteOrg(
        ctx,
        h,
        h.value.ref,
        'dropped',
        `${h.word} is also a common word: a body only listed next to another (contextOnly)`,
      );
  return out;
}

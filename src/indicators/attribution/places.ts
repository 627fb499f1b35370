// The places of a document that can own a figure, and how each reads: as a word of
// its own or inside one (隆重庆祝 holds 重庆), as a clause's subject or a modifier
// (临沂机场), as an item of a list (济南、青岛). Built once per document.
import type { Context, NamedContext } from '../../context/context.js';
import type { RegionMention } from '../../places/regions.js';
import { findRegions } from '../../places/regions.js';
import { SpanIndex } from '../../segment/spans.js';
import { toMatchText } from '../../document/normalize.js';
import { NOUN, TAG, tags } from '../../segment/tags.js';

/** A proper noun jieba knows whole, that may hold a place (苏州企业/nz, 青岛港/ns). */
const KNOWN_NAME = tags(TAG.place, TAG.otherProper, TAG.organization);
import { LIST_JOINERS } from '../../rules/vocabulary.js';

const LIST_ITEM_JOINER = new RegExp(`^[${LIST_JOINERS.join('')}]$`);

export class OwnerPlaces {
  /** Places that can own a figure, by position. */
  readonly usable: SpanIndex<RegionMention>;
  private readonly words = new Map<number, boolean>();
  private home: string | null | undefined = undefined;

  constructor(private readonly ctx: NamedContext) {
    this.usable = ownerRegions(ctx);
  }

  /** A place name read as a word, not the middle of one (隆重庆祝 holds 重庆): checked with jieba, once per mention. */
  isWord(g: RegionMention): boolean {
    let word = this.words.get(g.start);
    if (word === undefined) {
      word = readsAsWord(this.ctx, g);
      this.words.set(g.start, word);
    }
    return word;
  }

  /** The one place a page's title names (2012年大庆市…统计公报): the owner of figures no sentence near them gives one. */
  titleRegion(): string | null {
    if (this.home === undefined) this.home = titleRegionOf(this.ctx);
    return this.home;
  }
}

/**
 * Places that can own a figure: not one inside a name (海尔空调胶州互联工厂), nor the
 * scope of a ranking (居山东省第一).
 */
function ownerRegions(ctx: NamedContext): SpanIndex<RegionMention> {
  const text = ctx.doc.match;
  const ranking = ctx.rules.marker('ranking');
  const rankingAfter = ctx.rules.marker('ranking-after');
  const usable = ctx.places.items.filter(
    (g) =>
      (!ctx.orgSpans.contains(g.start, g.end) || ctx.isQuoted(g.start, g.end)) &&
      !ranking.matchEndingAt(text, g.start) &&
      !rankingAfter.matchAt(text, g.end),
  );
  return new SpanIndex(
    usable,
    (g) => g.start,
    (g) => g.end,
  );
}

function readsAsWord(ctx: Context, g: RegionMention): boolean {
  const s = ctx.sentenceAt(g.start);
  if (!s) return true;
  const tokens = ctx.tokensAround(g.start, g.end);
  // It starts a word, and ends one, or starts a proper noun jieba knows whole (苏州企业/nz, 青岛港/ns).
  const first = tokens.find((t) => t.start === g.start);
  return first !== undefined && (tokens.some((t) => t.end === g.end) || KNOWN_NAME.has(first.tag));
}

function titleRegionOf(ctx: Context): string | null {
  const title = ctx.doc.title ? toMatchText(ctx.doc.title) : '';
  const names = new Set(
    findRegions(title, ctx.rules)
      .filter((r) => !r.scope)
      .map((r) => r.name),
  );
  return names.size === 1 ? [...names][0]! : null;
}

/** Is [start, pos) nothing but what may precede a clause's subject: a date or a lead word (上半年, 目前, 如, 其中)? */
export function opensClause(ctx: Context, start: number, pos: number): boolean {
  for (let p = start; p < pos;) {
    const date = ctx.dates.startingAt(p, pos);
    const lead = ctx.rules.labelLead.matchAt(ctx.doc.match, p, pos);
    const next = Math.max(date?.expr.end ?? p, lead?.end ?? p);
    if (next === p) return false;
    p = next;
  }
  return true;
}

/** Is the place an item of a list of places (济南、青岛; 深圳和广州)? */
export function inList(ctx: Context, usable: SpanIndex<RegionMention>, g: RegionMention): boolean {
  const text = ctx.doc.match;
  const sep = LIST_ITEM_JOINER;
  return (
    (sep.test(text[g.end] ?? '') && usable.startingAt(g.end + 1) !== undefined) ||
    (sep.test(text[g.start - 1] ?? '') &&
      usable.overlapping(g.start - 2, g.start - 1).some((x) => x.end === g.start - 1))
  );
}

/** A place that reads as a clause's subject: a word of its own, not the head of a longer name nor a preposition's object. */
export function isSubject(ctx: Context, g: RegionMention): boolean {
  const tokens = ctx.tokensAround(g.start, g.end);
  const i = tokens.findIndex((t) => t.end === g.end);
  if (i < 0) return false;
  const first = tokens.findIndex((t) => t.start === g.start);
  if (first > 0 && tokens[first - 1]!.tag === TAG.preposition) return false;
  const next = tokens[i + 1];
  // 青岛全市…: a lead word after the place leaves it the subject.
  return (
    !next || !NOUN.has(next.tag) || ctx.rules.labelLead.has(next.word) || ctx.rules.marker('home-scope').has(next.word)
  );
}

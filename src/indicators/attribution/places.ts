// The places of a document that can own a figure, and how each reads: as a word of
// its own or inside one (隆重庆祝 holds 重庆), as a clause's subject or a modifier
// (临沂机场), as an item of a list (济南、青岛). Built once per document.
import type { Context, NamedContext, OrgSpan } from '../../context/context.js';
import type { Sentence } from '../../segment/sentences.js';
import type { Frame } from '../../frames/frame.js';
import { countryName } from '../../places/regions.js';
import type { RegionMention } from '../../places/regions.js';
import { SpanIndex } from '../../segment/spans.js';
import type { LexiconMatch } from '../../rules/lexicon.js';
import { NOUN, TAG, tags } from '../../segment/tags.js';
import { LIST_JOINERS } from '../../rules/vocabulary.js';

/** A proper noun jieba knows whole, that may hold a place (苏州企业/nz, 青岛港/ns). */
const KNOWN_NAME = tags(TAG.place, TAG.otherProper, TAG.organization);
const LIST_ITEM_JOINER = new RegExp(`^[${LIST_JOINERS.join('')}]$`);

export class OwnerPlaces {
  // (Each table is made when first asked: most pages have no figure, and ask nothing.)
  private owners: SpanIndex<RegionMention> | null = null;
  private words: Map<number, boolean> | null = null;
  private companyNames: SpanIndex<OrgSpan> | null = null;
  private carriedBySentence: Map<number, string | null | undefined> | null = null;
  private regionOfFrame: Map<Frame, string | null> | null = null;
  private openers: Map<number, string | null> | null = null;

  constructor(private readonly ctx: NamedContext) {}

  /** The region carried into each sentence (region.ts carriedRegion), by sentence index. */
  get carried(): Map<number, string | null | undefined> {
    return (this.carriedBySentence ??= new Map());
  }

  /** The word for the text's own place opening each sentence (region.ts openingScope), by sentence index. */
  get openingScopes(): Map<number, string | null> {
    return (this.openers ??= new Map());
  }

  /** Places that can own a figure, by position (sorted out when first asked: a page with no figure needs none). */
  get usable(): SpanIndex<RegionMention> {
    return (this.owners ??= ownerRegions(this.ctx));
  }

  private get companies(): SpanIndex<OrgSpan> {
    return (this.companyNames ??= new SpanIndex(
      this.ctx.orgSpans.items.filter((m) => m.kind === 'company'),
      (m) => m.start,
      (m) => m.end,
    ));
  }

  /**
   * The company that opens [start, pos) (柳工海外市场销量同比增长70%, 在广西柳工集团，…; a date
   * or a lead word may come first), or null.
   */
  companyOpening(start: number, pos: number): OrgSpan | null {
    const first = this.companies.within(start, pos)[0];
    return first && opensClause(this.ctx, start, first.start) ? first : null;
  }

  /**
   * A company that opens the sentence before `pos`, after its date and lead words only
   * (今天（9月17日），北京证券交易所发布…; 中国联通与中国电信日前宣布，将联合采购…25万个), or null.
   */
  companyOpeningSentence(sentence: Sentence, pos: number): OrgSpan | null {
    const first = this.companies.within(sentence.start, pos)[0];
    return first && opensSentence(this.ctx, sentence, first.start) ? first : null;
  }

  /** A place name read as a word, not the middle of one (隆重庆祝 holds 重庆): checked with jieba, once per mention. */
  isWord(g: RegionMention): boolean {
    const words = (this.words ??= new Map());
    let word = words.get(g.start);
    if (word === undefined) {
      word = readsAsWord(this.ctx, g);
      words.set(g.start, word);
    }
    return word;
  }

  /**
   * The place of the innermost frame over `offset` that sets one: its item's headline,
   * its page's title (2012年大庆市…统计公报), the country for a national page. Not a
   * place the text names as the head of a company's name (宁德时代海外大扩产: a
   * company's figures are no place's; a government's name keeps its place).
   */
  frameRegion(offset: number): string | null {
    // (asked for every figure and every place weighed: read once per innermost frame)
    const innermost = this.ctx.frames.frameAt(offset);
    const known = (this.regionOfFrame ??= new Map());
    let region = known.get(innermost);
    if (region === undefined) known.set(innermost, (region = this.readFrameRegion(innermost)));
    return region;
  }

  private readFrameRegion(innermost: Frame): string | null {
    for (let f: Frame | null = innermost; f; f = f.parent) {
      const e = f.place?.evidence;
      if (f.place && !(e && this.companies.overlapping(e.start, e.end).length > 0)) return f.place.region;
    }
    return null;
  }

  /** Where the innermost section or item over `offset` starts (0 with none): nothing is carried across it. */
  frameStart(offset: number): number {
    for (let f: Frame | null = this.ctx.frames.frameAt(offset); f; f = f.parent)
      if (f.level === 'section' || f.level === 'item') return f.start;
    return 0;
  }

  /** How a fact writes the whole country: the country rule's spelling (全国). */
  country(): string {
    return countryName(this.ctx.rules);
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
  const byEnd = new Map(ctx.places.items.map((g) => [g.end, g]));
  const usable = ctx.places.items.filter(
    (g) =>
      (!insideOrgName(ctx, g) || ctx.isQuoted(g.start, g.end)) &&
      !inQuotedName(text, g) &&
      !ranking.matchEndingAt(text, g.start) &&
      !rankedAfter(ctx, rankingAfter.matchAt(text, g.end)) &&
      !tradePartner(ctx, g, byEnd),
  );
  return new SpanIndex(
    usable,
    (g) => g.start,
    (g) => g.end,
  );
}

/**
 * 我国与东盟、欧盟和美国进出口, 我国对美国出口: a place in a list opened by a partner word
 * (trade-partner in markers.yaml) right after the country is the other side of the trade.
 */
function tradePartner(ctx: NamedContext, g: RegionMention, byEnd: Map<number, RegionMention>): boolean {
  const text = ctx.doc.match;
  const country = countryName(ctx.rules);
  // (back from the place over the list's earlier items: 美国 ← 和 欧盟 ← 、 东盟 ← 与 我国)
  for (let head: RegionMention | undefined = g; head; head = byEnd.get(head.start - 1)) {
    const opener = ctx.rules.marker('trade-partner').matchEndingAt(text, head.start);
    if (opener && byEnd.get(opener.start)?.name === country) return true;
    if (!LIST_ITEM_JOINER.test(text[head.start - 1] ?? '')) return false;
  }
  return false;
}

/**
 * Is the word after a place a ranking (全国第一, 居全国第一位)? Not when it begins a longer
 * word that is no numeral: 广东第一产业, 广东第一季度 name a sector and a quarter of 广东.
 */
function rankedAfter(ctx: Context, m: LexiconMatch<true> | null): boolean {
  if (!m) return false;
  const word = ctx.tokensAround(m.start, m.end).find((t) => t.start === m.start);
  return !word || word.end === m.end || word.tag === TAG.numeral;
}

/**
 * A place inside an organization's longer name (海尔空调胶州互联工厂); a name that is
 * both (欧盟, 东盟: a union of countries with figures of its own) stays a place.
 */
function insideOrgName(ctx: NamedContext, g: RegionMention): boolean {
  return ctx.orgSpans
    .overlapping(g.start, g.end)
    .some((m) => m.start <= g.start && m.end >= g.end && m.end - m.start > g.end - g.start);
}

/**
 * 2个案例入选“山东十大智能化绿色化技改优秀案例”: a place inside a quoted name (no
 * punctuation within the quotes) is part of that name, not an owner.
 */
function inQuotedName(text: string, g: RegionMention): boolean {
  return inMarks(text, g, OPEN_QUOTE, CLOSE_QUOTE) || inMarks(text, g, OPEN_TITLE, CLOSE_TITLE);
}

/**
 * Between an opening and a closing mark near it: “…” around a name, 《…》 around a
 * document's title (修改了《全国中小企业股份转让系统投资者适当性管理办法》，将…: the title's
 * 全国 owns none of the figures after it).
 */
function inMarks(text: string, g: RegionMention, openMark: number, closeMark: number): boolean {
  // (looked for near the place only, by code unit: a page without quotes costs no scan of
  // the page, and every place of a page is asked, so no substring is cut for it)
  const open = codeBefore(text, openMark, g.start, 20);
  if (open < 0) return false;
  const close = codeAfter(text, closeMark, g.end, 30);
  return close >= 0 && close - open <= 30 && !/[，。,;；！？!?\n”》]/.test(text.slice(open + 1, close));
}

const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》

/** The offset of the last `code` in the `reach` code units before `pos`, or -1. */
function codeBefore(text: string, code: number, pos: number, reach: number): number {
  for (let i = pos - 1; i >= 0 && i >= pos - reach; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The offset of the first `code` in the `reach` code units from `pos` on, or -1. */
function codeAfter(text: string, code: number, pos: number, reach: number): number {
  const end = Math.min(text.length, pos + reach);
  for (let i = pos; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function readsAsWord(ctx: Context, g: RegionMention): boolean {
  const s = ctx.sentenceAt(g.start);
  if (!s) return true;
  const tokens = ctx.tokensAround(g.start, g.end);
  // It starts a word, and ends one, or starts a proper noun jieba knows whole (苏州企业/nz, 青岛港/ns).
  // A scope may end a word jieba glued to its verb (覆盖全国/n), not sit inside one (完全国产).
  const first = tokens.find((t) => t.start === g.start);
  if (g.scope && tokens.some((t) => t.end === g.end)) return true;
  return first !== undefined && (tokens.some((t) => t.end === g.end) || KNOWN_NAME.has(first.tag));
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

/**
 * Does what starts at `pos` open the sentence from `start`: after its date and words
 * that open a lead only, in clauses of their own or not (今天（9月17日），北京证券交易所…;
 * 此外，全国股转公司…)?
 */
function opensSentence(ctx: Context, sentence: Sentence, pos: number): boolean {
  const opening = ctx.rules.marker('news-opening');
  const text = ctx.doc.match;
  for (const c of ctx.clausesOf(sentence)) {
    if (c.end >= pos) return opensClause(ctx, c.start, pos);
    if (!onlyDates(ctx, c) && opening.matchAt(text, c.start)?.end !== c.end) return false;
  }
  return false;
}

/**
 * A clause that is only its date (今天（9月17日）): at most a day word (今天, its day told in
 * brackets) is left when its dates and brackets are taken out, as events.ts reads it.
 */
function onlyDates(ctx: Context, c: { start: number; end: number }): boolean {
  const dates = ctx.dates.within(c.start, c.end);
  if (dates.length === 0) return false;
  let rest = ctx.doc.match.slice(c.start, c.end);
  for (const d of dates) rest = rest.replace(ctx.doc.match.slice(d.expr.start, d.expr.end), '');
  return rest.replace(/[\s()（）]/g, '').length <= 2;
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
  // 青岛全市…: a lead word after the place leaves it the subject; so does a metric's name or
  // its scope (东莞规模以上工业增加值以及固定资产投资的增速均比上半年有所放缓).
  return (
    !next ||
    !NOUN.has(next.tag) ||
    ctx.rules.labelLead.has(next.word) ||
    ctx.rules.marker('home-scope').has(next.word) ||
    ctx.rules.marker('metric-scope').matchAt(ctx.doc.match, next.start) !== null ||
    ctx.rules.metrics.matchAt(ctx.doc.match, next.start) !== null
  );
}

// Names listed next to a known organization are organizations too: 青岛城运控股、酷特智能等,
// 与科大讯飞、安徽凯密克签订. Items that are places, people or generic phrases are not.
import type { PersonNames } from './people.js';
import type { Context } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import type { Token } from '../segment/tokens.js';
import { COORDINATION_REF, occupancyOf, type Occupancy, type OrgMention } from './mentions.js';
import { CJK, PUNCT } from './name-words.js';
import { COMMON_WORD_TAGS, TAG, VERB, tags } from '../segment/tags.js';

/** A word that may continue a name across the list mark (大同棚室、杜尔伯特谷实公司|生猪养殖项目). */
const NAME_CONTINUES = tags(
  ...[TAG.noun, TAG.verbalNoun, TAG.otherProper, TAG.organization, TAG.place, TAG.abbreviation],
  ...[TAG.unknown, TAG.english, TAG.phrase, TAG.adjectivalNoun, TAG.distinguishing],
);
/** Words that end a list item: verbs, prepositions, conjunctions, particles, pronouns, adverbs, times. */
const ENDS_ITEM = tags(
  ...[TAG.verb, TAG.preposition, TAG.conjunction, TAG.particle, TAG.particleDe],
  ...[TAG.pronoun, TAG.adverb, TAG.adverbialAdjective, TAG.time],
);
/** Common words: an item made of them only is a field (大数据、云计算), not a firm. */
const FIELD_WORD = tags(
  TAG.noun,
  TAG.verbalNoun,
  TAG.adjectivalNoun,
  TAG.adjective,
  TAG.otherProper,
  TAG.distinguishing,
  TAG.phrase,
  TAG.idiom,
);
/** Common words after a place: 中国|特色|社会主义 is a thing of the place. */
const PLACE_THING = tags(...COMMON_WORD_TAGS, TAG.verb);

/**
 * The names listed beside `seeds` (by 、), and beside each name so found, that no
 * mention of `known` holds already.
 */
export function coordinated(
  ctx: Context,
  known: readonly OrgMention[],
  people: PersonNames,
  seeds: readonly OrgMention[] = known,
): OrgMention[] {
  const text = ctx.doc.match;
  const out: OrgMention[] = [];
  // built at the first list item: most names stand in no list
  let taken: Occupancy | null = null;
  // A queue read by index: shift() would move the whole array each time.
  const queue = [...seeds];
  for (let q = 0; q < queue.length; q++) {
    const m = queue[q]!;
    const sentence = ctx.sentenceAt(m.start);
    if (!sentence) continue;
    const sides: { at: number; dir: 1 | -1 }[] = [];
    if (text[m.end] === '、' && standsAlone(ctx, m, -1)) sides.push({ at: m.end + 1, dir: 1 });
    if (text[m.start - 1] === '、' && standsAlone(ctx, m, 1)) sides.push({ at: m.start - 1, dir: -1 });
    for (const { at, dir } of sides) {
      const read = listItem(ctx, sentence, at, dir, m.kind === 'company');
      const item = read && latinName(ctx, read);
      if (!item) continue;
      taken ??= occupancyOf(known, text.length);
      if (!taken.free(item.start, item.end) || !namesABody(ctx, sentence, item, people)) continue;
      // The kind of a listed name is only as sure as its neighbour's: companies list with companies.
      const kind =
        ctx.rules.orgSuffixes.matchEndingAt(text, item.end, item.start)?.value.rule.kind ??
        (m.kind === 'company' ? 'company' : 'other');
      const found: OrgMention = {
        ...item,
        name: ctx.doc.text.slice(item.start, item.end),
        kind,
        ref: COORDINATION_REF,
        canonical: null,
      };
      out.push(found);
      taken.claim(found.start, found.end);
      queue.push(found);
    }
  }
  return out;
}

/** Latin words of a name, separated by single spaces: VDL| Bus&Coach. */
const LATIN_WORDS = /^(?: [A-Z][A-Za-z&.]*){1,3}(?=[、,，。;；)）\s]|$)/;

/**
 * A listed Latin name: without the country before it (荷兰VDL → VDL), with the words after
 * the space that broke the item (VDL Bus&Coach).
 */
function latinName(ctx: Context, item: { start: number; end: number }): { start: number; end: number } {
  const text = ctx.doc.match;
  let { start, end } = item;
  if (!/[A-Za-z]$/.test(text.slice(start, end))) return item;
  const place =
    ctx.places.startingAt(start) ?? ctx.tokensAround(start, end).find((t) => t.start === start && t.tag === TAG.place);
  if (place && /^[A-Za-z]/.test(text.slice(place.end, end))) start = place.end;
  const more = LATIN_WORDS.exec(text.slice(end, end + 40));
  if (more) end += more[0].length;
  return { start, end };
}

/** How a law's title ends (契税法, 安全生产条例, 民法典). */
const LAW_TITLE = /^[\u4e00-\u9fff]+(?:[^司]法|条例|法典)$/;

/**
 * A law's title listed with the body that passed it (城市维护建设税法、契税法、全国人大常委会关于…的决定):
 * its last word one jieba knows (税法/n, 法/j); a company's name is characters it knows no word for (安意法/x).
 */
function lawTitle(ctx: Context, item: { start: number; end: number }, word: string): boolean {
  if (!LAW_TITLE.test(word)) return false;
  const last = ctx.tokensIn(item.start, item.end).at(-1);
  return !!last && last.tag !== TAG.unknown;
}

/** Is a list item a body's name: not a place, a generic word, a person, a title's words, a law? */
function namesABody(
  ctx: Context,
  sentence: Sentence,
  item: { start: number; end: number },
  people: PersonNames,
): boolean {
  const { rules } = ctx;
  const text = ctx.doc.match;
  const word = text.slice(item.start, item.end);
  if (rules.regions.has(word) || ctx.places.startingAt(item.start)?.end === item.end) return false;
  if (rules.orgGenericNames.has(word) || people.has(word) || ctx.isQuoted(item.start, item.end)) return false;
  if (rules.orgNotInName.firstIn(word) !== null || lawTitle(ctx, item, word)) return false;
  // a name right after a job title is a person's (教授孙松林), and so is one ending in a title (王明主席)
  return !(
    rules.titles.matchEndingAt(text, item.start, sentence.start) ||
    rules.titles.matchEndingAt(text, item.end, item.start + 1)
  );
}

/**
 * Is the known name a list item of its own on the side away from the 、 (`side` 1: after its end)?
 * In 大同棚室、杜尔伯特谷实公司生猪养殖项目 the list is of projects, and the company only qualifies one.
 */
function standsAlone(ctx: Context, m: { start: number; end: number }, side: 1 | -1): boolean {
  const text = ctx.doc.match;
  const at = side === 1 ? m.end : m.start - 1;
  if (at < 0 || at >= text.length || PUNCT.test(text[at]!)) return true;
  const tokens = side === 1 ? ctx.tokensAround(m.end, m.end + 1) : ctx.tokensAround(m.start - 1, m.start);
  const t = side === 1 ? tokens.find((x) => x.start === m.end) : tokens.find((x) => x.end === m.start);
  if (!t || (t.tag === TAG.unknown && !CJK.test(t.word))) return true;
  return ctx.rules.marker('list-word').has(t.word) || !NAME_CONTINUES.has(t.tag);
}

/**
 * The list item starting (dir 1) or ending (dir -1) at `pos`: up to punctuation,
 * a list word (等, 与 …) or a verb. Null unless it reads like a name: 2–8
 * characters, not made of common nouns only (大数据、云计算 are fields, not firms).
 */
function listItem(
  ctx: Context,
  sentence: Sentence,
  pos: number,
  dir: 1 | -1,
  besideCompany: boolean,
): { start: number; end: number } | null {
  const text = ctx.doc.match;
  const enclosed = besideCompany ? enclosedItem(ctx, sentence, pos, dir) : null;
  if (enclosed) return enclosed;
  const tokens = dir === 1 ? ctx.tokensAround(pos, pos + 1) : ctx.tokensAround(pos - 1, pos);
  let i = dir === 1 ? tokens.findIndex((t) => t.start === pos) : tokens.findIndex((t) => t.end === pos);
  if (i < 0) return null;
  let start = pos;
  let end = pos;
  let nounsOnly = true;
  while (i >= 0 && i < tokens.length) {
    const t = tokens[i]!;
    if (PUNCT.test(t.word) || ctx.rules.marker('list-word').has(t.word) || ENDS_ITEM.has(t.tag)) break;
    if (ctx.rules.orgBadStarts.has(t.word)) break;
    if (!FIELD_WORD.has(t.tag)) nounsOnly = false;
    if (dir === 1) end = t.end;
    else start = t.start;
    if (end - start > 8) return null;
    i += dir;
  }
  // 北汽制造等, 一汽解放、: a verb that ends the item right before the list goes on ends the name
  const stopAt = tokens[i];
  if (dir === 1 && stopAt && end > start && VERB.has(stopAt.tag) && !ctx.rules.orgBadStarts.has(stopAt.word)) {
    const next = tokens[i + 1];
    if (next ? ctx.rules.marker('list-word').has(next.word) : text[stopAt.end] === '、') {
      end = stopAt.end;
      i++;
      nounsOnly = false;
    }
  }
  if (end - start < 2 || nounsOnly || end - start > 8) return null;
  if (!readsAsName(ctx, tokens, start, end)) return null;
  // 中外运、无车承运、青岛港集团: an item between two 、 that a verb cut short is a fragment, not a name.
  return dir === 1 && cutShort(ctx, tokens, i) ? null : { start, end };
}

/** Most characters of an item read whole between two list marks. */
const MAX_ENCLOSED = 6;
/** What ends the last item of a list of firms: 、, a list word, a count of them (佳贝思10家企业中标). */
const LIST_GOES_ON = /^(?:、|等|和|及|与|以及|[\d一二两三四五六七八九十]+家)/;
/** Words of a field or a clause (大数据, 云计算, 研发, 生产): an item made of them only names no firm. */
const FIELD_OR_CLAUSE = tags(...COMMON_WORD_TAGS, TAG.verb, TAG.idiom, TAG.otherProper, TAG.place, TAG.abbreviation);

/**
 * 双登集团、南都电源、鹏辉能源、联动天翼、亿纬锂能: an item with list marks on both sides (or a list's end
 * after it) is read whole, whatever jieba's tags inside (南/ns 都/d 电源/n, 联动/v 天翼/x): a name jieba
 * does not know comes out in pieces. Only short items holding such pieces (two single characters, an
 * unknown word, a word of an odd class: 中天/t), so that 研发、生产、销售 and 大数据、云计算 stay fields; only beside a company (see coordinated).
 */
function enclosedItem(
  ctx: Context,
  sentence: Sentence,
  pos: number,
  dir: 1 | -1,
): { start: number; end: number } | null {
  const text = ctx.doc.match;
  let start = pos;
  let end = pos;
  if (dir === 1) {
    while (end < sentence.end && end - start <= MAX_ENCLOSED && /[\u4e00-\u9fffA-Za-z]/.test(text[end]!)) end++;
    if (!LIST_GOES_ON.test(text.slice(end, end + 4))) return null;
  } else {
    while (start > sentence.start && end - start <= MAX_ENCLOSED && /[\u4e00-\u9fffA-Za-z]/.test(text[start - 1]!))
      start--;
    if (text[start - 1] !== '、') return null;
  }
  if (end - start < 2 || end - start > MAX_ENCLOSED) return null;
  const own = ctx.tokensIn(start, end);
  // tokens that cross the item's edges: the list marks are not where jieba's words break
  if (own.length === 0 || own[0]!.start !== start || own[own.length - 1]!.end !== end) return null;
  // 南/ns 都/d 电源/n: two single characters; 大/a 数据/n is one word cut once
  const singles = own.filter((t) => t.word.length === 1).length;
  const pieces = singles >= 2 || own.some((t) => t.word.length > 1 && !FIELD_OR_CLAUSE.has(t.tag));
  if (!pieces || ctx.rules.orgBadStarts.has(own[0]!.word) || own.some((t) => ctx.rules.marker('list-word').has(t.word)))
    return null;
  return readsAsName(ctx, own, start, end) ? { start, end } : null;
}

/** Not places only (美国、日本), nor a place and common words (中国特色社会主义); names in letters and characters. */
function readsAsName(ctx: Context, tokens: readonly Token[], start: number, end: number): boolean {
  const text = ctx.doc.match;
  const own = tokens.filter((t) => t.start >= start && t.end <= end);
  const bodyWord = ctx.rules.orgSuffixes.matchEndingAt(text, end, start); // 海关 is tagged as a place
  if (!bodyWord && own.every((t) => t.tag === TAG.place)) return false;
  // a place and two or more common words: a thing of the place, not a body (全国妇联, 北京医院 are)
  const placeEnd = ctx.places.startingAt(start)?.end;
  const rest = placeEnd === undefined ? [] : own.filter((t) => t.start >= placeEnd);
  if (rest.length >= 2 && rest.every((t) => t.word.length >= 2 && PLACE_THING.has(t.tag))) return false;
  return /^[\u4e00-\u9fffA-Za-z·-]+$/.test(text.slice(start, end));
}

/** Did a verb cut the item short, with the list going on after it (…无车承运服务、…)? */
function cutShort(ctx: Context, tokens: readonly Token[], i: number): boolean {
  if (i >= tokens.length || ctx.rules.marker('list-word').has(tokens[i]!.word) || PUNCT.test(tokens[i]!.word))
    return false;
  const rest = tokens.slice(i);
  return (
    ctx.doc.match[rest[rest.length - 1]!.end] === '、' && !rest.some((t) => ctx.rules.marker('list-word').has(t.word))
  );
}

/** A listed name of unknown kind takes the kind of a company in the same 、 list (华夏基石、远望谷、歌力思、酷特智能). */
export function listKinds(ctx: Context, mentions: OrgMention[]): OrgMention[] {
  const text = ctx.doc.match;
  const isCompanyAt = new Set(mentions.filter((m) => m.kind === 'company').map((m) => m.start));
  const listBreak = /[\s,，。;；:：!！?？“”"《》()（）]/;
  return mentions.map((m) => {
    if (m.ref !== COORDINATION_REF || m.kind !== 'other') return m;
    // the list is the stretch around the name up to punctuation other than 、; its items start after each 、
    let a = m.start;
    while (a > 0 && m.start - a < 80 && !listBreak.test(text[a - 1]!)) a--;
    let b = m.end;
    while (b < text.length && b - m.end < 80 && !listBreak.test(text[b]!)) b++;
    const starts = [a];
    for (let k = a; k < b; k++) if (text[k] === '、') starts.push(k + 1);
    return starts.some((st) => st !== m.start && isCompanyAt.has(st)) ? { ...m, kind: 'company' } : m;
  });
}

// Companies named only as the items of a list its head says are companies: 思哲睿等5户企业,
// 与亚控科技、斯坦德机器人、烽台科技等工业软硬件企业达成合作. An item must read as a name (a
// proper noun or characters jieba does not know), not a field (化肥、饲料等农资企业).
import type { Context } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import type { Token } from '../segment/tokens.js';
import { COORDINATION_REF, occupancyOf, type Occupancy, type OrgMention } from './mentions.js';
import { CJK, PUNCT } from './name-words.js';
import { PARTICLE, PERSON, PLAIN_VERB, TAG, VERB, tags } from '../segment/tags.js';
import { noteOrg } from './note.js';

/** 等, maybe a count, a few words, and a word for companies: the head of a list of companies. */
const HEAD =
  /等(?:[\d一二两三四五六七八九十百千多几余]+[家户个])?[\u4e00-\u9fff]{0,8}?(?:企业|公司|车企|厂商|央企|民企|国企)/g;
/** Most items read back from a head, and most characters in one. */
const MAX_ITEMS = 8;
const MAX_ITEM = 8;
/** Tags of a word that makes an item a name: places alone do not (上海、山东等地). */
const NAME_TAG = tags(
  ...[TAG.otherProper, TAG.person, TAG.personTransliterated, TAG.personFull],
  ...[TAG.organization, TAG.abbreviation, TAG.english],
);
/** Words of the clause before a list: they end its first item (与|亚控科技, 在|旭创科技). */
const BEFORE_LIST = tags(
  ...[TAG.preposition, TAG.conjunction, TAG.pronoun, TAG.adverb, TAG.numeral, TAG.measure],
  ...[TAG.particle, TAG.particleDe, TAG.locative, TAG.time],
);

export function listHeadNames(ctx: Context, known: readonly OrgMention[]): OrgMention[] {
  const text = ctx.doc.match;
  // built at the first list head: most pages have none
  let taken: Occupancy | null = null;
  const out: OrgMention[] = [];
  const keep = (item: { start: number; end: number }, head: string) => {
    taken ??= occupancyOf(known, text.length);
    if (!taken.free(item.start, item.end) || !readsAsName(ctx, item)) return;
    taken.claim(item.start, item.end);
    const name = ctx.doc.text.slice(item.start, item.end);
    // 美的、新宝等龙头企业: a name that is also a word is the company here
    const word = ctx.rules.orgContextOnly.get(text.slice(item.start, item.end))?.rule;
    out.push({ ...item, name, kind: 'company', ref: COORDINATION_REF, canonical: word?.canonical ?? null });
    if (ctx.tracing) noteOrg(ctx, item, COORDINATION_REF, 'kept', `${name}: an item of a list of companies (${head})`);
  };
  for (const { head, items } of headFirstLists(ctx)) for (const item of items) keep(item, head);
  // A list head needs a 等, and most sentences have none: where the next one is, searched once
  // for the sentences before it (the text's length when there is none).
  let searchedFrom = 0;
  let nextDeng = -1;
  for (const sentence of ctx.sentences) {
    if (searchedFrom > sentence.start || nextDeng < sentence.start) {
      const at = text.indexOf('等', sentence.start);
      searchedFrom = sentence.start;
      nextDeng = at < 0 ? text.length : at;
    }
    if (nextDeng >= sentence.end) continue;
    const stretch = text.slice(sentence.start, sentence.end);
    HEAD.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = HEAD.exec(stretch));) {
      // 等领域企业, 等行业龙头企业: the items are fields, not firms
      if (ctx.rules.orgNotInName.firstIn(m[0]) !== null) continue;
      for (const item of itemsBefore(ctx, sentence, sentence.start + m.index)) keep(item, m[0]);
    }
  }
  return out;
}

/** What ends a list read forward: punctuation, 等 (等企业, 等在内), 在内. */
const LIST_END = /[，。；：,;:!！?？（(“”]|等|在内/;
/** What parts its items: 、 and the conjunctions before the last one. */
const ITEM_MARK = /、|以及|和|及|与/;

/**
 * The lists a head names before them (企业包括X、Y和Z): each list-include word (包括) in the text, found
 * by one search, and the items after it, 2 to 8 characters each, that start and end on jieba's word
 * boundaries, hold no verb and no 的 and are no person's name. A list whose last item runs into a 的
 * phrase is none.
 */
function headFirstLists(ctx: Context): { head: string; items: { start: number; end: number }[] }[] {
  const text = ctx.doc.match;
  const out: { head: string; items: { start: number; end: number }[] }[] = [];
  for (const include of ctx.rules.marker('list-include').findAll(text)) {
    const head = headBefore(ctx, include);
    if (!head) continue;
    const sentence = ctx.sentenceAt(include.start);
    if (!sentence) continue;
    const from = head.end;
    const stop = LIST_END.exec(text.slice(from, sentence.end));
    const to = stop ? from + stop.index : sentence.end;
    const items: { start: number; end: number }[] = [];
    let start = from;
    let modifier = false;
    for (const part of text.slice(from, to).split(ITEM_MARK)) {
      const item = { start, end: start + part.length };
      start = text.indexOf(part, start) + part.length;
      start += ITEM_MARK.exec(text.slice(start, to))?.[0].length ?? 0;
      const fit = part.length >= 2 && part.length <= MAX_ITEM && onWordBoundaries(ctx, item);
      const words = part
        ? ctx.tokensAround(item.start, item.end).filter((t) => t.start >= item.start && t.end <= item.end)
        : [];
      // 张三、李四和王五创办的公司: a list that runs into a 的 phrase qualifies the noun after it
      modifier = words.some(isDe);
      if (fit && !modifier && !words.some((t) => PLAIN_VERB.has(t.tag)) && !isPersonName(words)) items.push(item);
    }
    // a list of one is no list: 企业包括外资企业
    if (items.length >= 2 && !modifier) out.push({ head: text.slice(head.start, head.end), items });
  }
  return out;
}

/** 的 as jieba reads it: a particle of its own (not the 的 of 美的). */
const isDe = (t: Token) => t.word === '的' && PARTICLE.has(t.tag);

/** An item that is a person's name alone (李四/nr), not a company's: who founded or heads one. */
const isPersonName = (words: readonly Token[]) => words.length === 1 && PERSON.has(words[0]!.tag);

/**
 * The head whose list-include word (包括) is `include`: a word for companies (markers.yaml#company-list-head)
 * right before it or before 主要 (企业包括, 企业主要涵盖), and a 了 after it; null for none.
 */
function headBefore(ctx: Context, include: { start: number; end: number }): { start: number; end: number } | null {
  const text = ctx.doc.match;
  const before = text.endsWith('主要', include.start) ? include.start - 2 : include.start;
  const word = ctx.rules.marker('company-list-head').matchEndingAt(text, before);
  return word && { start: word.start, end: include.end + (text[include.end] === '了' ? 1 : 0) };
}

/** Does [start, end) begin and end where jieba's words do (not 和|平, 中|和)? */
function onWordBoundaries(ctx: Context, item: { start: number; end: number }): boolean {
  return ctx
    .tokensAround(item.start, item.end)
    .every((t) => !(t.start < item.start && t.end > item.start) && !(t.start < item.end && t.end > item.end));
}

/**
 * The items of the 、 list ending at `pos` (where 等 is), read back: each a stretch between 、, the
 * first up to punctuation, a preposition or conjunction, or the verb of the clause before it
 * (与|亚控科技, 韩正到|华为武汉基地).
 */
function itemsBefore(ctx: Context, sentence: Sentence, pos: number): { start: number; end: number }[] {
  const text = ctx.doc.match;
  const items: { start: number; end: number }[] = [];
  for (let end = pos; items.length < MAX_ITEMS && end > sentence.start;) {
    // token windows break at 、: one window, one item
    const tokens = ctx.tokensAround(end - 1, end);
    const from = Math.max(sentence.start, tokens[0]?.start ?? end);
    if (text[from - 1] === '、') {
      // 中科曙光高性能计算机: longer than a firm's name, a product's
      if (end - from <= MAX_ITEM) items.push({ start: from, end });
      end = from - 1;
      continue;
    }
    items.push({ start: firstItemStart(ctx, tokens, from, end), end });
    break;
  }
  return items.filter((x) => x.end - x.start >= 2 && x.end - x.start <= MAX_ITEM);
}

/** Where the first item starts: after the words of the clause before the list (与, 包括, 依托) and its verb. */
function firstItemStart(ctx: Context, tokens: readonly Token[], from: number, end: number): number {
  let start = end;
  for (let i = tokens.findIndex((t) => t.end === end); i >= 0; i--) {
    const t = tokens[i]!;
    if (t.start < from || end - t.start > MAX_ITEM || stopsList(ctx, t) || VERB.has(t.tag)) break;
    start = t.start;
  }
  // 在旭创|科技: a preposition jieba glued to the first item
  const glued = ctx.rules.marker('name-boundary').matchAt(ctx.doc.match, start, end);
  return glued && glued.end - start === 1 && end - glued.end >= 2 ? glued.end : start;
}

function stopsList(ctx: Context, t: Token): boolean {
  return (
    PUNCT.test(t.word) ||
    BEFORE_LIST.has(t.tag) ||
    ctx.rules.marker('list-word').has(t.word) ||
    ctx.rules.orgBadStarts.has(t.word)
  );
}

/** An item that names a body: a proper noun or unknown characters in it, not a place, a field or a generic word. */
function readsAsName(ctx: Context, item: { start: number; end: number }): boolean {
  const { rules } = ctx;
  const text = ctx.doc.match;
  const word = text.slice(item.start, item.end);
  // 工矿企业、商店等企业: an item that is itself a kind of firm
  if (!/^[\u4e00-\u9fffA-Za-z·&-]+$/.test(word) || rules.regions.has(word) || /企业$/.test(word)) return false;
  if (ctx.places.startingAt(item.start)?.end === item.end || rules.orgGenericNames.has(word)) return false;
  if (rules.orgNotInName.firstIn(word) !== null || rules.orgBadStarts.matchAt(word, 0)) return false;
  // 央企、国企等各类企业: words for kinds of firms
  if (rules.orgAppositionHeads.has(word) || rules.orgModifiers.has(word)) return false;
  const own = ctx.tokensIn(item.start, item.end);
  return own.some((t) => NAME_TAG.has(t.tag) || (t.tag === TAG.unknown && CJK.test(t.word) && t.word.length >= 2));
}

// Names found by their suffix (…有限公司, …管委, 省人民政府): where the name before the
// suffix begins, read back over the words that can be part of a name, and why a
// stretch so read is not a name after all.
import type { Context } from '../context/context.js';
import type { Token } from '../segment/tokens.js';
import type { Sentence } from '../segment/sentences.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import type { Ref } from '../rules/ruleset.js';
import type { OrgSuffixRule } from '../rules/schema.js';
import { perRuleSet } from '../rules/compiled.js';
import type { OrgMention } from './mentions.js';
import {
  ADMIN_CHAR,
  CJK,
  ENDS_IN_ADMIN_SUFFIX,
  MAX_NAME,
  PUNCT,
  STOP_TAGS,
  cutInsideNumber,
  properish,
  tokenIndexAt,
  verbWithResult,
} from './name-words.js';
import { APPROX_COUNT, HUNDRED_THOUSAND, LIST_JOINERS, SMALL_NUMERAL, ZEROS } from '../rules/vocabulary.js';
import { PARTICLE, PERSON, PERSON_FAMILY, PLAIN_VERB, TAG, VERB, tags } from '../segment/tags.js';

/** Tags of the common words 与 may join inside a name (信息与智慧, 葡萄与葡萄酒, 古脊椎动物/l与古人类). */
const COMMON_NOUN = tags(TAG.noun, TAG.verbalNoun, TAG.nounMorpheme, TAG.person, TAG.phrase);

/** Tags of the words a local body's place is read back over (江苏省, 中共, 苏南). */
const PLACE_WORD = tags(TAG.place, TAG.organization, TAG.otherProper, TAG.abbreviation);
import { BARE_BODY } from './home-place.js';
import { appositionBefore, gluedStart, nationalNameInside, placeOrVerbOnly } from './name-start.js';
import { noteOrg } from './note.js';

export type SuffixMatch = LexiconMatch<Ref<OrgSuffixRule>>;

/**
 * N家, 各个, 这些, 各类: a count or determiner shortly before means a category, not a
 * name (9家国家重点实验室, 169家省级以上的工程技术研究中心, 30个左右的…中心); 唯一一家 is not a count.
 */
const COUNT_DIGITS = `\\d${SMALL_NUMERAL}${HUNDRED_THOUSAND}万${APPROX_COUNT}`;
const CATEGORY_BEFORE = new RegExp(
  `(?:(?<![唯${COUNT_DIGITS}])[${COUNT_DIGITS}]+(?:家|个|所|批|类|些|座)[省市区县国家级以上下左右的重点各类]{0,7}|[这那各每该本其此]|[各等及和与]类)$`,
);

/** A term in a body's name (第十四届, 第二次): 第, a numeral, an ordinal word of the rules (name-ordinal). */
export const ordinals = perRuleSet((rules) => {
  const source = `第[\\d${ZEROS}${SMALL_NUMERAL}${HUNDRED_THOUSAND}]+${rules.markerPattern('name-ordinal')}`;
  return { whole: new RegExp(`^${source}$`), ending: new RegExp(`${source}$`), inside: new RegExp(source) };
});

/** Tokens of the stretch between punctuation a name ending in suffix `m` lies in (names do not cross punctuation). */
export function suffixWindow(ctx: Context, m: { start: number; end: number }): readonly Token[] {
  return ctx.tokensAround(m.start, m.end);
}

/** The name ending in suffix `m`, or null (and why, to explain). */
export function fromSuffix(ctx: Context, sentence: Sentence, m: SuffixMatch): OrgMention | null {
  const result = readSuffixName(ctx, sentence, m);
  if (typeof result === 'string') {
    if (ctx.tracing) noteOrg(ctx, m, m.value.ref, 'dropped', result);
    return null;
  }
  return result;
}

/** The name ending in suffix `m`, or why there is none. */
function readSuffixName(ctx: Context, sentence: Sentence, m: SuffixMatch): OrgMention | string {
  const text = ctx.doc.match;
  const rule = m.value.rule;
  if (ctx.rules.orgSuffixNotFollowedBy.matchAt(text, m.end, sentence.end))
    return `${m.word} modifies the word after it (orgFilters suffixNotFollowedBy)`;
  const after = rule.notFollowedBy.find((w) => text.startsWith(w, m.end));
  if (after) return `${m.word}${after} is another word (notFollowedBy)`;
  const tokens = suffixWindow(ctx, m);
  // A suffix inside a generic word is no suffix (做实上市公司: 上市公司 names a kind of company).
  const own = tokens[tokenIndexAt(tokens, m.start)];
  if (own && own.start < m.start && own.end >= m.end && ctx.rules.orgGenericNames.has(own.word))
    return `inside the generic word ${own.word}`;
  // 近百名|大学生|志愿者, 银行业, 集团军: a suffix inside a longer common word names no body (but 县委书记:
  // jieba glued a title to the body; 领导|小组会议: the word begins inside the suffix)
  const tail = tokens[tokenIndexAt(tokens, m.end - 1)];
  if (
    tail &&
    tail.start <= m.start &&
    tail.end > m.end &&
    CJK.test(tail.word) &&
    !properish(tail) &&
    !ctx.rules.titles.matchAt(text, m.end)
  )
    return `${m.word} ends inside the word ${tail.word}`;
  let start = rule.placeBefore
    ? placeStart(ctx, tokens, m.start, Math.max(sentence.start, m.start - MAX_NAME))
    : (quotedNameStart(text, sentence, m) ?? walkBack(ctx, tokens, sentence, m.start, rule.registered));
  // drop leading words that cannot begin a name (job titles, 全市 …)
  for (let guard = 0; guard < 3; guard++) {
    const bad = ctx.rules.orgBadStarts.matchAt(text, start, m.start);
    if (!bad) break;
    start = bad.end;
  }
  const end = rule.keepSuffix ? m.end : m.start;
  const why = whyNotAName(ctx, sentence, m, tokens, start, end);
  if (why) return bareBody(ctx, sentence, m, tokens) ?? why;
  return { start, end, name: ctx.doc.text.slice(start, end), kind: rule.kind, ref: m.value.ref, canonical: null };
}

/**
 * 发起成立了“中国发动机碳中和创新联盟”: a name its suffix closes a quotation of is the whole quotation,
 * whatever words jieba cut it into (碳中|和); null when the suffix closes none.
 */
function quotedNameStart(text: string, sentence: Sentence, m: SuffixMatch): number | null {
  if (text[m.end] !== '”') return null;
  const open = text.lastIndexOf('“', m.start - 1);
  if (open < Math.max(sentence.start, m.start - MAX_NAME)) return null;
  return QUOTED_NAME.test(text.slice(open + 1, m.start)) ? open + 1 : null;
}

/**
 * 在市委坚强领导下, 市委市政府主要领导出席, 主持召开省政府专题会议: a bare local body, when no
 * place reads before it. Not in a person's title (市委书记, 5位市委书记, 省委常委), after a count or a
 * determiner (各市委), nor after a name the rules do not know as a place (波特兰市政府), nor cut out of a
 * longer word.
 */
function bareBody(ctx: Context, sentence: Sentence, m: SuffixMatch, tokens: readonly Token[]): OrgMention | null {
  const text = ctx.doc.match;
  if (!m.value.rule.placeBefore || !BARE_BODY.test(m.word)) return null;
  if (ctx.rules.titles.matchAt(text, m.end)) return null;
  const i = tokenIndexAt(tokens, m.start);
  const own = tokens[i];
  if (!own || own.start < m.start || CATEGORY_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 14), m.start)))
    return null;
  // 波特兰市政府: a name the rules do not know as a place is still a place (but 吉林省委和|省政府: jieba
  // glued the 和 of a list to the body before, 委和/x)
  if (properish(tokens[i - 1]) && !LIST_JOINERS.includes(text[m.start - 1] ?? '')) return null;
  if (ctx.tracing) noteOrg(ctx, m, m.value.ref, 'kept', `${m.word} named bare: the body of the text's place`);
  return {
    start: m.start,
    end: m.end,
    name: ctx.doc.text.slice(m.start, m.end),
    kind: 'government',
    ref: m.value.ref,
    canonical: null,
  };
}

/** Why [start, end), read back from suffix `m`, is not a name; null when it is one. */
function whyNotAName(
  ctx: Context,
  sentence: Sentence,
  m: SuffixMatch,
  tokens: readonly Token[],
  start: number,
  end: number,
): string | null {
  const text = ctx.doc.match;
  const rule = m.value.rule;
  const prefix = text.slice(start, m.start);
  // the name as quoted in a reason: built only for the reason given
  const quoted = () => JSON.stringify(text.slice(start, end));
  if (rule.placeBefore && !placeBeforeSuffix(ctx, tokens, m, start))
    return `${m.word} needs a place before it (苏州市人民政府); ${JSON.stringify(prefix)} is none`;
  if (prefix.length < rule.minPrefix)
    return `no name before ${m.word} (reading back stopped at ${JSON.stringify(text.slice(Math.max(sentence.start, start - 4), start))})`;
  if (end - start > MAX_NAME || (/\d/.test(prefix) && !/[A-Za-z]/.test(prefix)))
    return `${quoted()} is too long or holds digits`;
  if (cutInsideNumber(text, start, end))
    return `${quoted()} starts inside a number or after a count (二十国集团, 63个省重点实验室)`;
  if (CATEGORY_BEFORE.test(text.slice(Math.max(sentence.start, start - 14), start)))
    return `${quoted()} follows a count or determiner: a category, not a name`;
  if (afterListEnd(ctx, tokens, m.start))
    return `${m.word} follows a list's 等: the kind of the names listed, not a name`;
  if (isGeneric(ctx, text.slice(start, end), prefix, rule.minPrefix === 0))
    return `${quoted()} is generic (orgFilters names/modifiers)`;
  // 中非命运共同体, 构建人类命运共同体: a partnership's slogan, whatever the words before it
  if (ctx.rules.orgIdeaEndings.matchEndingAt(text, end, start))
    return `${quoted()} ends like an idea, not a body (orgFilters ideaEndings)`;
  if (ctx.rules.orgCategoryStarts.matchAt(text, start, end))
    return `${quoted()} starts with a level word: a category (orgFilters categoryStarts)`;
  if (ctx.places.startingAt(start)?.end === end) return 'a bare place';
  const national = nationalNameInside(ctx, start, end);
  if (national) return `${quoted()} holds the whole name of ${national}: that body, with a word before it`;
  if (placeOrVerbOnly(ctx, tokens, start, m.start, rule.placeIsKind))
    return `${quoted()}: a place or a verb and generic words before ${m.word} name a kind, not a body`;
  // 四大支柱行业|电子: a field's word before the suffix names an industry, not a firm
  if (rule.properPrefix && ctx.rules.orgNotInName.firstIn(prefix) !== null)
    return `${quoted()} holds a word no name holds (orgFilters notInName)`;
  if (rule.properPrefix && !properBefore(ctx, tokens, start, m.start) && !opensWithHomePlace(tokens, start, m.start))
    return `${quoted()}: ${m.word} needs a proper name before it (properPrefix)`;
  return null;
}

/**
 * Does a proper name or a place stand in [start, suffixStart)? A place may open a token that runs on into the
 * suffix (北京四中/ns), and unknown characters may end one a preposition was glued to (对泰康/x|同济医院).
 */
function properBefore(ctx: Context, tokens: readonly Token[], start: number, suffixStart: number): boolean {
  const glued = tokens.find((t) => t.start < start && t.end > start);
  if (glued && glued.tag === TAG.unknown && glued.end - start >= 2) return true;
  return tokens.some(
    (t) =>
      t.start >= start &&
      t.start < suffixStart &&
      ((t.end <= suffixStart && properish(t)) || ctx.places.overlapping(t.start, Math.min(t.end, suffixStart)).length),
  );
}

/**
 * 市|人民|医院, 县|第一|人民|医院: a lone 市 or 县 opening the name is the text's own place abbreviated (as in
 * 市科技局), which stands for the proper name; a word must follow it (市|博物馆 alone is a kind), and no
 * second one (省|市|县|人民医院 lists levels).
 */
function opensWithHomePlace(tokens: readonly Token[], start: number, suffixStart: number): boolean {
  const own = tokens.filter((t) => t.start >= start && t.end <= suffixStart);
  const lone = (t: Token) => t.word.length === 1 && ADMIN_CHAR.test(t.word);
  return own.length >= 2 && own[0]!.start === start && lone(own[0]!) && !own.slice(1).some(lone);
}

/** Does a place (and maybe an ordinal) stand before a local body's suffix: 莱阳市|政府, 江苏省第十四届|人民代表大会? */
function placeBeforeSuffix(ctx: Context, tokens: readonly Token[], m: SuffixMatch, start: number): boolean {
  const text = ctx.doc.match;
  const placeEnd = m.start - ordinalBefore(ctx, start, m.start);
  // 莱阳市|政府 read as 莱阳|市政府: the suffix's first character closes the place
  const closesPlace =
    placeEnd === m.start &&
    placeEnd > start &&
    ADMIN_CHAR.test(text[m.start]!) &&
    tokens.some((t) => t.start < m.start && t.end > m.start && t.tag === TAG.place);
  return closesPlace || endsInPlace(ctx, placeEnd, start);
}

/**
 * Walks back from a suffix over the tokens that can be part of a name: places,
 * proper nouns, nouns, unknown characters; a verb only right after a proper noun
 * (北京通用人工智能研究院). Stops at punctuation, particles, prepositions, numbers.
 */
function walkBack(
  ctx: Context,
  tokens: readonly Token[],
  sentence: Sentence,
  suffixStart: number,
  registered: boolean,
): number {
  const text = ctx.doc.match;
  let i = tokenIndexAt(tokens, suffixStart);
  if (i < 0) return suffixStart;
  let start = tokens[i]!.start < suffixStart ? tokens[i]!.start : suffixStart;
  // If the suffix starts inside a token (科技局 → 科技|局 or one token), that token's head belongs to the name.
  if (
    tokens[i]!.start < suffixStart &&
    (PUNCT.test(text.slice(tokens[i]!.start, suffixStart)) || STOP_TAGS.has(tokens[i]!.tag))
  )
    start = suffixStart;
  i--;
  while (i >= 0) {
    const t = tokens[i]!;
    if (t.start < sentence.start || suffixStart - t.start > MAX_NAME) break;
    // a place in parentheses inside a name: 华为(青岛)数字城市联合创新中心 (the match text has ASCII parentheses),
    // and a registered name's group: 上海微电子装备(集团)股份有限公司
    if (t.word === ')') {
      const open = text.lastIndexOf('(', t.start);
      const inner = open >= 0 && t.start - open <= 6 ? text.slice(open + 1, t.start) : '';
      if (inner && (ctx.places.startingAt(open + 1)?.end === t.start || GROUP_IN_PARENS.test(inner))) {
        start = open;
        i = tokenIndexAt(tokens, open) - 1;
        continue;
      }
      break;
    }
    // 中国—东盟…合作中心, 中国-中亚…中心: a dash between two places joins them in one name
    if (DASH.test(t.word) && placeToken(ctx, tokens[i - 1]) && nameStartToken(ctx, tokens[i + 1])) {
      start = t.start;
      i--;
      continue;
    }
    // 西部算电协同创新中心, 南方科技大学: a region of the country (a locative to jieba) opens the name
    if (t.tag === TAG.locative && start < suffixStart && REGION_OF_COUNTRY.has(t.word)) {
      start = t.start;
      i--;
      continue;
    }
    // 重庆信息与智慧医学研究院, 国际葡萄与葡萄酒宁夏交流合作中心: 与 between two fields inside one name
    const across = t.word === '与' && start < suffixStart ? innerAndStart(ctx, tokens, i, sentence, suffixStart) : null;
    if (across !== null) return across;
    // 中国和哈萨克斯坦合作委员会: 和 between two countries opens a body of both sides
    if (bilateralAnd(ctx, tokens, i, start, suffixStart)) {
      start = tokens[i - 1]!.start;
      break;
    }
    // 而据|上海市统计局, 获省|国资委: a function word jieba glued to the name
    const glued = gluedStart(ctx, t, tokens[i + 1]);
    if (glued !== null) {
      start = glued < t.end ? glued : start;
      break;
    }
    // 严厉查处/i|长春长生公司: an idiom before a name's words is a clause's (前程无忧/i|公司 is the name)
    // 进一步提高/i|公司: nor is one that opens with an adverb no name opens with, even alone
    if (t.tag === TAG.idiom && !registered && (start < suffixStart || ctx.rules.orgBadStarts.matchAt(t.word, 0))) break;
    const ordinal = ordinalInName(ctx, tokens, i, start);
    if (ordinal > 0) {
      start = tokens[i - ordinal + 1]!.start;
      i -= ordinal;
      continue;
    }
    if (appositionBefore(ctx, t) || endsNameBackward(ctx, tokens, i, sentence, registered, suffixStart)) break;
    // 公司|拟以|公司, 仍为|公司|控股: the bare word 公司 is the text's "the company"; a name holds it only
    // before a place or a proper name (华为公司|武汉|研究所)
    if (t.word === '公司' && !nameAfter(ctx, tokens[i + 1])) break;
    if (commonWordBeforePlace(ctx, tokens, i, registered)) break;
    start = t.start;
    i--;
  }
  return knownNameAcross(ctx, tokens, sentence, start, suffixStart) ?? placeAcross(ctx, start, suffixStart) ?? start;
}

/**
 * 长沙市望城区广源种植专业合作社 read as 望/v|城区: reading back stopped inside a place the name opens with, so the
 * name starts where that place does, and where a larger place right before it does (长沙市|望城区); null when
 * the start cuts no place.
 */
function placeAcross(ctx: Context, start: number, suffixStart: number): number | null {
  const cut = ctx.places.overlapping(start, start + 1).find((p) => p.start < start && p.end <= suffixStart);
  if (!cut) return null;
  let at = cut.start;
  const larger = ctx.places.overlapping(at - 1, at).find((p) => p.end === at);
  if (larger) at = larger.start;
  return at;
}

/**
 * 这是中|车长|客股份公司: jieba cut a known name (中车) across the name's first word, so reading
 * back stopped inside it; the name starts where the known one does, at a word of its own (not in
 * 股东|航空工业集团, where 东航 begins inside 股东).
 */
function knownNameAcross(
  ctx: Context,
  tokens: readonly Token[],
  sentence: Sentence,
  start: number,
  suffixStart: number,
): number | null {
  const text = ctx.doc.match;
  for (let k = start + 1; k < Math.min(suffixStart, start + 4); k++) {
    const known = ctx.rules.orgAliases.matchEndingAt(text, k, Math.max(sentence.start, start - 4));
    if (known && known.start < start && known.word.length >= 2 && tokens.some((t) => t.start === known.start))
      return known.start;
  }
  return null;
}

/** An ordinal word (第一, 第九, 第十一): a number to jieba, a term of some names. */
const ORDINAL_WORD = new RegExp(`^第[\\d${SMALL_NUMERAL}]+$`);

/** Words that tie an affiliate to its parent body (中山大学|附属|第一医院). */
const AFFILIATE_WORD = new Set(['附属', '直属']);

/**
 * 南昌市|第九|医院, 县|第一|人民医院, 中山大学|附属|第一|医院: an ordinal right before the name read so far
 * numbers bodies of one place or parent, so it is the name's when a place, a proper name, a body or an
 * affiliate word stands before it (not 全省|第一|医院, where nothing names whose). How many tokens the name
 * takes: 0 for none, 1 for the ordinal, 2 with a lone 县 or 市 (the text's place abbreviated, jieba's morpheme).
 */
function ordinalInName(ctx: Context, tokens: readonly Token[], i: number, start: number): number {
  const t = tokens[i]!;
  const left = tokens[i - 1];
  if (t.end !== start || !ORDINAL_WORD.test(t.word) || !left || left.end !== t.start) return 0;
  if (left.word.length === 1 && ADMIN_CHAR.test(left.word)) return 2;
  const named =
    AFFILIATE_WORD.has(left.word) ||
    properish(left) ||
    placeToken(ctx, left) ||
    ENDS_IN_ADMIN_SUFFIX.test(left.word) ||
    !!ctx.rules.orgSuffixes.matchEndingAt(ctx.doc.match, left.end, left.start);
  return named ? 1 : 0;
}

/** What a quoted name holds: characters, letters, digits and the dashes of 中国—东盟 (not 省域名或城市名+开放大学). */
const QUOTED_NAME = /^[\u4e00-\u9fffA-Za-z0-9·—-]+$/;

/** Regions of the country that open names (西部证券, 南方科技大学), which jieba tags as locatives. */
const REGION_OF_COUNTRY = new Set(['东部', '西部', '南部', '北部', '中部', '南方', '北方', '东方', '西方']);

/** What a registered name holds in parentheses besides a place: 上海微电子装备(集团)股份有限公司. */
const GROUP_IN_PARENS = /^(?:集团|控股|控股集团|国际)$/;

/** A dash that joins two places in a name (中国—东盟, 中国-中亚); a pair of them (——) sets off a clause. */
const DASH = /^[—\-－]$/;

/** Is token `t` a place: tagged so, or one the rules know? */
function placeToken(ctx: Context, t: Token | undefined): boolean {
  return !!t && (t.tag === TAG.place || ctx.places.startingAt(t.start)?.end === t.end);
}

/** Does token `t` begin a name of its own: a place, a proper name, a known body (东盟国家)? */
function nameStartToken(ctx: Context, t: Token | undefined): boolean {
  return !!t && (placeToken(ctx, t) || properish(t) || !!ctx.rules.orgAliases.matchAt(ctx.doc.match, t.start));
}

/**
 * Where a name starts that holds 与 (token i) between two common words (信息与智慧, 葡萄与葡萄酒), or null
 * when 与 joins two bodies (华为与青岛大学, 市政府与清华大学研究院): the words after it begin no name, those
 * before it end none, are more than a bare place, and the whole holds a place or a proper name.
 */
function innerAndStart(
  ctx: Context,
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  suffixStart: number,
): number | null {
  const text = ctx.doc.match;
  const left = tokens[i - 1];
  const right = tokens[i + 1];
  // 智慧/nr: jieba's guess of a person is a common word here
  const rightStartsName = !PERSON.has(right?.tag ?? '') && nameStartToken(ctx, right);
  if (!left || !right || !COMMON_NOUN.has(left.tag) || !COMMON_NOUN.has(right.tag) || rightStartsName) return null;
  const and = tokens[i]!;
  const start = walkBack(ctx, tokens, sentence, and.start, false);
  if (start >= left.start || ctx.places.startingAt(start)?.end === and.start) return null;
  if (
    ctx.rules.orgSuffixes.matchEndingAt(text, and.start, start) ||
    ctx.rules.orgAliases.matchEndingAt(text, and.start, start)
  )
    return null;
  const named = tokens.some(
    (t) => t.start >= start && t.end <= suffixStart && t !== and && (properish(t) || placeToken(ctx, t)),
  );
  return named && suffixStart - start <= MAX_NAME ? start : null;
}

/** What a body of two sides does, right after the second side (中国和哈萨克斯坦|合作委员会, 中国与东盟|友好协会). */
const BILATERAL_WORK = /^(?:政府间)?(?:合作|友好|联合|经贸|投资|人文交流)/;

/**
 * 中国|和|哈萨克斯坦|合作委员会: 和 or 与 (token i) between two places, the name read so far starting at the
 * second and going on with what two sides do together: one body of both, not the second side's.
 */
function bilateralAnd(ctx: Context, tokens: readonly Token[], i: number, start: number, suffixStart: number): boolean {
  const t = tokens[i]!;
  const right = tokens[i + 1];
  if ((t.word !== '和' && t.word !== '与') || !right || right.start !== start) return false;
  if (!placeToken(ctx, tokens[i - 1]) || !placeToken(ctx, right)) return false;
  return BILATERAL_WORK.test(ctx.doc.match.slice(right.end, suffixStart));
}

/** Adverbs and modals that open a clause's two-character word jieba does not know (拟以, 仍为, 不超, 均为). */
const GLUED_ADVERB = /^[拟仍均已将不并亦也还再都又皆尚]/;

/** Does a known name or a place start at token `t`? */
function startsNameAt(ctx: Context, t: Token | undefined): boolean {
  return !!t && (!!ctx.rules.orgAliases.matchAt(ctx.doc.match, t.start) || !!ctx.places.startingAt(t.start));
}

/** Is token `t` (after 公司 in a name read back) a place or a body's name: 华为公司|武汉|研究所? */
function nameAfter(ctx: Context, t: Token | undefined): boolean {
  return !!t && (t.tag === TAG.place || t.tag === TAG.organization || !!ctx.places.startingAt(t.start));
}

/** Common nouns and verbs of a clause: before a place that begins a name they are not the name's. */
const CLAUSE_WORD = tags(TAG.noun, TAG.verbalNoun, TAG.verb);

/**
 * 股权|花落|宁波|银行: two common words of two or more characters right before the place a name begins
 * with are the clause's, not the name's (a name puts a place first: 宁波银行, 江苏农商联合银行); one may be
 * a short name (国能|天津|电力公司). Not in a registered name (…有限公司), which may hold any words.
 */
function commonWordBeforePlace(ctx: Context, tokens: readonly Token[], i: number, registered: boolean): boolean {
  const t = tokens[i]!;
  const right = tokens[i + 1];
  const left = tokens[i - 1];
  const clauseWord = (x: Token | undefined) => !!x && x.word.length >= 2 && CLAUSE_WORD.has(x.tag);
  if (registered || !right || !clauseWord(t) || !clauseWord(left)) return false;
  // 新加坡设计业总商会|重庆|代表处, 国能|天津|电力公司: a body before the place makes the place its branch's
  if (ctx.rules.orgSuffixes.matchEndingAt(ctx.doc.match, t.end, t.start) || ctx.rules.orgAliases.has(t.word))
    return false;
  const place = ctx.places.startingAt(right.start);
  return !!place && place.end - place.start >= 2 && right.tag === TAG.place;
}

/**
 * Are the tokens from the i-th up to the suffix trade words only (none: the suffix itself)? 北京城市副中心|投资|建设|集团有限公司:
 * a registered name's trade may take several words, each of which could open a clause.
 */
function tradeWordsOnly(ctx: Context, tokens: readonly Token[], i: number, suffixStart: number): boolean {
  for (let k = i; k < tokens.length && tokens[k]!.start < suffixStart; k++)
    if (!ctx.rules.orgIndustryWords.has(tokens[k]!.word)) return false;
  return true;
}

/**
 * Common nouns jieba tags as time words (青年/t, 现代/t), which names hold (天津青年京剧团, 中国青年出版社,
 * 立军现代农机合作社).
 */
const TIME_TAGGED_NOUN = new Set(['青年', '少年', '中年', '老年', '现代', '当代']);

/** Adverbs (已, 正式): the verb after one is a clause's, not a name's word. */
const ADVERB_TAGS = tags(TAG.adverb, TAG.adverbialAdjective);

/** Does the i-th token, read backward from a suffix, end the name (the name starts after it)? */
function endsNameBackward(
  ctx: Context,
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  registered: boolean,
  suffixStart: number,
): boolean {
  const t = tokens[i]!;
  const w = t.word;
  // even a registered name ends at a function word (…的青岛道可云网络科技有限公司 starts after 的)
  if (PUNCT.test(w) || ctx.rules.marker('name-boundary').has(w)) return true;
  // and at a job title: 统战部副部长许又声代表中共中央统战部 is a person speaking for the body
  if (ctx.rules.titles.has(w)) return true;
  if (t.tag === TAG.unknown && !CJK.test(w) && !/^[A-Za-z]+$/.test(w)) return true;
  if (ctx.dates.overlapping(t.start, t.end).length) return true;
  if (registered && /^[\u4e00-\u9fffA-Za-z]+$/.test(w)) {
    // 中央汇金|投资|有限责任公司: a trade word with only trade words after it is the name's, though no name starts with it
    if (ctx.rules.orgIndustryWords.has(w) && tradeWordsOnly(ctx, tokens, i + 1, suffixStart)) return false;
    // 累计收到|比亚迪股份有限公司: a clause's verb before a known name or a place is not the name's
    if (PLAIN_VERB.has(t.tag) && startsNameAt(ctx, tokens[i + 1])) return true;
    // 正式交付|老中铁路有限公司, 已收购|…: a verb told with an adverb is the clause's
    if (PLAIN_VERB.has(t.tag) && i > 0 && ADVERB_TAGS.has(tokens[i - 1]!.tag)) return true;
    if (!ctx.rules.orgBadStarts.has(w)) return false;
  }
  if (STOP_TAGS.has(t.tag) && !TIME_TAGGED_NOUN.has(w)) return true;
  // 拟以|公司, 仍为|公司, 不超|公司股份: an adverb jieba glued to the next word is the clause's
  if (t.tag === TAG.unknown && w.length === 2 && GLUED_ADVERB.test(w)) return true;
  if (PLAIN_VERB.has(t.tag) || ctx.rules.orgBadStarts.has(w)) return !verbInName(ctx, tokens, i, sentence);
  return false;
}

/**
 * A verb, or a word that opens clauses (投资, 联合), belongs to a name only right after a
 * proper noun: 华为青岛联合软件创新中心, 北京通用人工智能研究院; not 战略投资青岛….
 * Characters jieba does not know count as a name (省国金|投资集团); for 投资, 联合 a noun may stand
 * between (江苏|农商|联合银行). Never when a whole name follows the verb (海关总署联合国家卫健委,
 * 会同北京市委宣传部) or precedes it (海关总署|联合…), nor a one-character verb (被聘|到|大学), nor a verb
 * with its result 好 (城市|办好|劳动服务公司).
 */
function verbInName(ctx: Context, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const text = ctx.doc.match;
  const t = tokens[i]!;
  const w = t.word;
  const left = tokens[i - 1];
  if (!left || left.start < sentence.start || w.length < 2 || verbWithResult(t)) return false;
  const farLeft = tokens[i - 2];
  // not after a person's name (樊锦诗出任敦煌研究院), nor after a short word jieba does not know (三要|鼓励)
  const nameLike = (x: Token | undefined) =>
    properish(x) && !PERSON_FAMILY.has(x!.tag) && (x!.tag !== TAG.unknown || x!.word.length >= 3);
  // 3000万欧元|参股: a unit after a number is no name
  const nameLeft =
    (nameLike(left) && tokens[i - 2]?.tag !== TAG.numeral) ||
    (ctx.rules.orgBadStarts.has(w) && left.tag === TAG.noun && nameLike(farLeft) && farLeft!.start >= sentence.start);
  if (!nameLeft) return false;
  if (ctx.rules.orgAliases.matchAt(text, t.end) || ctx.places.startingAt(t.end)) return false;
  return !(
    ctx.rules.orgAliases.matchEndingAt(text, t.start, sentence.start) ||
    ctx.rules.orgSuffixes.matchEndingAt(text, t.start, sentence.start)
  );
}

/**
 * Where the place before a local body's suffix begins (江苏省|人民政府, 中共山东省委, 江苏省第十四届|人民代表大会):
 * reading back over place names, unknown characters and an ordinal, never over a person's name, a verb or a
 * common noun (王明代表|省人民政府: the name is 省人民政府). A lone 省/市/区 is the place abbreviated.
 */
function placeStart(ctx: Context, tokens: readonly Token[], suffixStart: number, floor: number): number {
  let i = tokenIndexAt(tokens, suffixStart);
  if (i < 0) return suffixStart;
  let start = tokens[i]!.start < suffixStart ? Math.max(floor, tokens[i]!.start) : suffixStart;
  const ordinal = ordinals(ctx.rules).whole;
  for (i--; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.start < floor) break;
    const w = t.word;
    if (ctx.rules.orgNotInName.has(w) || PERSON.has(t.tag) || VERB.has(t.tag) || COUNTED_PLACES.test(w)) break;
    const inPlace = ctx.places.overlapping(t.start, t.end).length > 0;
    // 受省|人民政府: jieba glued a word to the abbreviated place; only the place is the name's
    if (!inPlace && t.tag === TAG.unknown && t.word.length > 1 && ADMIN_CHAR.test(w.slice(-1))) {
      start = t.end - 1;
      break;
    }
    if (PUNCT.test(w) || ctx.rules.marker('name-boundary').has(w) || ctx.dates.overlapping(t.start, t.end).length)
      break;
    // an ordinal only right before the suffix, with the place before it (江苏省|第十四届|人民代表大会)
    if (ordinal.test(w)) {
      if (t.end !== suffixStart || start !== suffixStart || !placeLeftOf(ctx, tokens[i - 1], floor)) break;
      start = t.start;
      continue;
    }
    const ok = inPlace || PLACE_WORD.has(t.tag) || ADMIN_CHAR.test(w.slice(-1));
    if (!ok) break;
    start = t.start;
  }
  return start;
}

/** 上海、江苏、浙江三地|人大常委会: a count of the places listed; each has its own body, none is 浙江三地's. */
const COUNTED_PLACES = new RegExp(`^[${SMALL_NUMERAL}]+[地省市区]$`);

/** Is the token (left of an ordinal) a place, or an abbreviated one (省, 市)? */
function placeLeftOf(ctx: Context, left: Token | undefined, floor: number): boolean {
  return (
    !!left &&
    left.start >= floor &&
    (ctx.places.overlapping(left.start, left.end).length > 0 || ADMIN_CHAR.test(left.word.slice(-1)))
  );
}

/** Is the name generic: a generic name, or a prefix of modifier words only (上市|公司, 国家重点|实验室)? */
export function isGeneric(ctx: Context, name: string, prefix: string, bare = false): boolean {
  const r = ctx.rules;
  if (r.orgGenericNames.has(name)) return true;
  if (!prefix) return !bare;
  // The prefix made only of modifier words (上市, 龙头, 国家重点 …) and generic names (行业|协会|商会)
  // names a kind of body, not one body.
  let rest = prefix;
  while (rest) {
    let cut = 0;
    for (let len = Math.min(rest.length, 6); len >= 1; len--) {
      const head = rest.slice(0, len);
      if (r.orgModifiers.has(head) || (len >= 2 && r.orgGenericNames.has(head))) {
        cut = len;
        break;
      }
    }
    if (!cut) break;
    rest = rest.slice(cut);
  }
  return rest === '';
}

/** Does the text just before `pos` (not reaching before `floor`) end in a place: a region, or a name with an administrative suffix? */
function endsInPlace(ctx: Context, pos: number, floor: number): boolean {
  // 山东|省政府, 市南|区政府: the suffix's first character may close the place's name.
  const region = ctx.places
    .overlapping(pos - 1, pos + 1)
    .find((r) => (r.end === pos || r.end === pos + 1) && r.start >= floor);
  if (region) return true;
  // 苏州市|人民政府, and 省|人民政府 where the text has named the province before
  return ENDS_IN_ADMIN_SUFFIX.test(ctx.doc.match.slice(floor, pos));
}

/** Length of an ordinal (第十四届) right before `pos`, or 0: a place's congress is named with its term. */
function ordinalBefore(ctx: Context, floor: number, pos: number): number {
  return ordinals(ctx.rules).ending.exec(ctx.doc.match.slice(floor, pos))?.[0].length ?? 0;
}

/** 紫金山、太湖等实验室: a suffix right after the list word 等 (a token of its own or glued to the last item) names the kind of the items. */
function afterListEnd(ctx: Context, tokens: readonly Token[], suffixStart: number): boolean {
  const t = tokens.find((x) => x.end === suffixStart);
  if (!t) return false;
  const last = t.word.slice(-1);
  if (!ctx.rules.marker('list-word').has(last) || last.length !== 1) return false;
  return t.word.length === 1 || t.tag === TAG.unknown || PARTICLE.has(t.tag);
}

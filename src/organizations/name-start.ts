// Where a name read back from its suffix begins, and what before the suffix makes it a kind
// of body rather than one: a word saying what the name is (股东|盘江煤电集团), a function word
// jieba glued to the name (而据|上海市统计局, 获|省国资委), a known national body's full name
// (新晋|中国工程院), a place with generic words (德国公司, 欧洲工厂), a verb alone (深化公司).
import type { Context } from '../context/context.js';
import type { Token } from '../segment/tokens.js';
import { ADMIN_CHAR, CJK, properish } from './name-words.js';
import { TAG, tags } from '../segment/tags.js';

/** A verb, or a verbal noun (深化/vn公司): with nothing else before a suffix, no name. */
const VERB_OR_VERBAL_NOUN = tags(TAG.verb, TAG.adverbialVerb, TAG.verbalNoun);
/** A clause's verb after a place (北美|建设|动力电池工厂); a verbal noun is a business (海宁|供电|公司). */
const CLAUSE_VERB = tags(TAG.verb, TAG.adverbialVerb);

/** Does token `t` say what the name after it is (股东, 龙头, 新央企), so that the name starts after it? */
export function appositionBefore(ctx: Context, t: Token): boolean {
  const heads = ctx.rules.orgAppositionHeads;
  if (t.tag === TAG.unknown && CJK.test(t.word)) return !!heads.matchEndingAt(t.word, t.word.length);
  // 领军|企业: a head of two words ends at this one
  const head = heads.matchEndingAt(ctx.doc.match, t.end, Math.max(0, t.end - 6));
  return !!head && head.start <= t.start;
}

/**
 * Where the name begins inside an unknown token jieba glued to it, reading back (而据|上海市统计局,
 * 另据|福建省卫生健康委, 获省|国资委 → 省国资委): after its last function character, when what follows
 * starts a place, a known name or a proper one (南丁格尔奖是|红十字会/nz|国际联合会); null when the
 * token is a word of the name.
 */
export function gluedStart(ctx: Context, t: Token, next?: Token): number | null {
  if (t.tag !== TAG.unknown || !CJK.test(t.word) || t.word.length < 2) return null;
  const boundary = ctx.rules.marker('name-boundary');
  // the last function character of the token (另据, 而据, 获省): the name starts after it
  let k = t.word.length;
  while (k > 0 && !boundary.has(t.word[k - 1]!)) k--;
  if (k === 0) return null;
  const at = t.start + k;
  const text = ctx.doc.match;
  const startsName =
    ADMIN_CHAR.test(text[at]!) ||
    !!ctx.places.startingAt(at) ||
    !!ctx.rules.orgAliases.matchAt(text, at) ||
    (next?.start === at && properish(next)) ||
    // 孙春兰对泰康|同济医院: a preposition glued to two characters jieba knows no word for, which start the name
    (PREPOSITION_CHAR.has(t.word[k - 1]!) && t.end - at >= 2);
  return startsName ? at : null;
}

/** Prepositions among the name-boundary characters: never a name's first character glued to the rest of it. */
const PREPOSITION_CHAR = new Set(['对', '向', '从', '被', '把', '据', '将', '由']);

/** National bodies' names start so: 新晋中国工程院 is 中国工程院 with a word before it. */
const NATIONAL = /^(?:中国|中华|国家|全国|中央|中共)/;

/** A known national body's whole name ending the read name, with more before it: the body is that name alone. */
export function nationalNameInside(ctx: Context, start: number, end: number): string | null {
  const known = ctx.rules.orgAliases.matchEndingAt(ctx.doc.match, end, start + 1);
  return known && NATIONAL.test(known.word) ? known.word : null;
}

/**
 * A place and only generic words before the suffix (德国公司, 成都整车工厂, 西班牙电动汽车技术公司), or
 * only verbs (深化公司, 北美建设动力电池工厂): a kind of body, not one.
 */
export function placeOrVerbOnly(
  ctx: Context,
  tokens: readonly Token[],
  start: number,
  suffixStart: number,
  placeIsKind: boolean,
): boolean {
  const own = tokens.filter((t) => t.end > start && t.start < suffixStart);
  if (own.length === 0) return false;
  if (own.every((t) => VERB_OR_VERBAL_NOUN.has(t.tag))) return true;
  if (!placeIsKind) return false;
  const rest = own.filter((t) => !(t.tag === TAG.place || ctx.places.overlapping(t.start, t.end).length));
  if (rest.length === own.length) return false;
  // 海宁|供电|公司 names a body: a verbal noun after a place is its business, 北美|建设|… a clause
  return rest.every((t) => !properish(t) && (CLAUSE_VERB.has(t.tag) || generic(ctx, t.word)));
}

function generic(ctx: Context, word: string): boolean {
  const r = ctx.rules;
  return r.orgModifiers.has(word) || r.orgGenericNames.has(word) || r.orgIndustryWords.has(word);
}

// What the words of a name look like: shared by the readers of names (suffix names,
// list items, short forms).
import type { Token } from '../segment/tokens.js';
import { ADMIN_SUFFIXES, NUMERAL_CHARS } from '../rules/vocabulary.js';
import { PLAIN_VERB, PROPER_NOUN, TAG, tags } from '../segment/tags.js';

/** Tags that end a name when walking back from its suffix: words of grammar, numbers, times. */
export const STOP_TAGS = tags(
  ...[TAG.preposition, TAG.conjunction, TAG.particle, TAG.particleDe, TAG.particleLe, TAG.particleZhe],
  ...[TAG.particleDeAdverbial, TAG.particleGuo, TAG.particleDi, TAG.pronoun, TAG.personalPronoun, TAG.demonstrative],
  ...[TAG.adverb, TAG.numeral, TAG.numeralMeasure, TAG.measure, TAG.time, TAG.timeMorpheme, TAG.modal],
  ...[TAG.interjection, TAG.onomatopoeia, TAG.statusMorpheme, TAG.locative, TAG.adverbialAdjective, TAG.adjectivalNoun],
);
export const CJK = /^[\u4e00-\u9fff]+$/;
/** A proper noun, or Chinese characters jieba knows no word for (省国金, 德邦): most often a name. */
export const properish = (t: Token | undefined): boolean =>
  !!t && (PROPER_NOUN.has(t.tag) || (t.tag === TAG.unknown && t.word.length >= 2 && CJK.test(t.word)));
/** Characters that write numbers: a name that starts with one right after another was cut inside a number (二|十国集团). */
const NUMERAL_CHAR = new RegExp(`[\\d${NUMERAL_CHARS}]`);
/** Measure words that follow a count: 63个省重点实验室 is a count of a category. */
const MEASURE_START = /^[个家所批类座项条]/;
/** Characters that abbreviate a place (省人民政府, 市科技局, 区政府). */
export const ADMIN_CHAR = new RegExp(`^[${ADMIN_SUFFIXES}]$`);
/** A name that ends in an administrative suffix (苏州市, 胶州县): a place. */
export const ENDS_IN_ADMIN_SUFFIX = new RegExp(`[${ADMIN_SUFFIXES}]$`);
/** The administrative suffix right after a place's name inside an organization's (青岛|市|…). */
export const ADMIN_SUFFIX_START = new RegExp(`^[${ADMIN_SUFFIXES}]`);
export const PUNCT = /[\s,，。、;；:：“”"'‘’!！?？《》<>[\]【】|]/;

/** Longest name we believe; beyond it a suffix match has swallowed a clause. */
export const MAX_NAME = 24;

export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => offset >= t.start && offset < t.end);
}

/** 二|十国集团, 63|个省重点实验室: a name that starts inside a number or right after a count. */
export function cutInsideNumber(text: string, start: number, end: number): boolean {
  return (
    start > 0 &&
    NUMERAL_CHAR.test(text[start - 1]!) &&
    (NUMERAL_CHAR.test(text[start]!) || MEASURE_START.test(text.slice(start, end)))
  );
}

/** A verb with its result 好 (办好, 用好, 发扬好): the clause's, never a word of a name after it or in it. */
export const verbWithResult = (t: Token): boolean =>
  PLAIN_VERB.has(t.tag) && t.word.length >= 2 && t.word.endsWith('好');

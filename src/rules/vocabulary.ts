// Words and characters the mechanisms read that are not entries of a rule file: the
// fixed syntax of numerals written in characters (in dates, counts, ordinals, list
// numbering), the words that join a list, open a starting point or say "year on year".
// Here once, so no regex spells them out again.
//
// They are not in rules/*.yaml because a rule file's content is hashed into every fact's
// `rule` and `id`: moving them there changes every id, a rule-set change to make on
// purpose, not in passing.

/** 一 to 九. */
export const ONE_TO_NINE = '一二三四五六七八九';
/** The zeros of numerals written in characters (二〇二〇, 一百零五). */
export const ZEROS = '〇零';
/** 两, two before a measure word or a scale (两千, 两年). */
export const TWO_COUNTED = '两';
export const TEN = '十';
/** The scales above ten: 百, 千, and the sections 万, 亿. */
export const HUNDRED_THOUSAND = '百千';
export const SECTIONS = '万亿';
/** A number of one or two places in characters: 一 … 九, 两, 十 (两年, 十五个). */
export const SMALL_NUMERAL = ONE_TO_NINE + TWO_COUNTED + TEN;
/** Characters any numeral may be written with (二〇二〇, 两千零四, 三十万亿). */
export const NUMERAL_CHARS = ZEROS + SMALL_NUMERAL + HUNDRED_THOUSAND + SECTIONS;
/** Characters that make a count approximate: 三十余家, 十多个, 几百. */
export const APPROX_COUNT = '余多几';

/** Characters of the suffixes of administrative divisions: 山东省, 青岛市, 市南区, 胶州县, 自治州, 旗, 盟, 镇, 乡. */
export const ADMIN_SUFFIXES = '省市区县州旗盟镇乡';

/** Two measures written as one word, each what a two-item 分别 list gives (产销分别完成…和… → 产量, 销量). */
export const PAIRED_MEASURES: Readonly<Record<string, readonly [string, string]>> = {
  产销: ['产量', '销量'],
  产销量: ['产量', '销量'],
  收支: ['收入', '支出'],
};
/** Words that join the items of a list of figures or places: 29.5%、17.8%; 深圳和广州; 化肥、农药产量. */
export const LIST_JOINERS = ['和', '、', '及', '与'];
/** Words that open a starting point: 由2020年的7.2%提升至…, 从2015年, 自2010年以来. */
export const FROM_WORDS = ['由', '从', '自'];
/** Prepositions that name whom a subject deals with: 对东盟进出口, 与欧盟贸易, 向美国出口. */
export const PARTNER_WORDS = ['对', '与', '同', '向', '从', '自'];
/** Words of a growth column's header that say year on year: 比上年增长（%）, 同比增长. */
export const YOY_WORDS = ['同比', '比上年'];
/** A change of zero, as a table writes it in a growth column. */
export const FLAT = '持平';
/** The per word before a quantity (每50公斤提高7.4元); markers.yaml#per also holds “/” for after one. */
export const EACH = '每';

/** A regex alternation of literal words without special characters: (?:和|、|及|与). */
export const anyOf = (words: readonly string[]): string => `(?:${words.join('|')})`;

// Reading a label off the text: the window before a figure trimmed of what is not what
// it measures (list numbering, places, dates, lead and trail words), the thing counted
// after a count (81个数字车间), the subject after a rate (13.8%的GDP增幅), and the label
// as a name (asides and particles out).
import type { Context } from '../context/context.js';
import type { Clause, Sentence } from '../segment/sentences.js';
import type { Token } from '../segment/tokens.js';
import type { QuantityMatch } from '../numbers/quantities.js';
import { PAGE_TAG } from '../document/titles.js';
import { countryName } from '../places/regions.js';
import { foldedText } from './folded.js';
import { overlapsDate } from './date-overlap.js';
import { closerCode, innermostUnclosed, isCloserCode, opensAt } from './brackets.js';
import { charClass, codeIn, holdsCode, holdsDigit } from './char-class.js';
import type { RuleSet } from '../rules/ruleset.js';
import { perRuleSet } from '../rules/compiled.js';
import { rateNounAfter } from './rates.js';
import type { Label } from './candidate.js';
import { FROM, LIST_JOINER } from './words.js';
import { GRAMMAR, GUESSED, NOUN, TAG, TagClass, VERB, tags } from '../segment/tags.js';
import { ONE_TO_NINE, SMALL_NUMERAL, TEN } from '../rules/vocabulary.js';

const YEAR = 0x5e74; // 年, YEARS_SPAN's second character
const OF = 0x7684; // 的
/** 每年 (every year): how often, before a figure. */
const EVERY_YEAR = '每年';
const YEARS_SPAN = new RegExp(`^(?:\\d|[${SMALL_NUMERAL}])年(?!代|度)`);
// (一、二、三产业 is a list of sectors, not numbering.)
const LIST_NUMBER = new RegExp(
  `^(?:[（(][${ONE_TO_NINE}${TEN}\\d]{1,3}[）)]|[${ONE_TO_NINE}${TEN}]{1,3}、(?![${ONE_TO_NINE}${TEN}]{1,2}(?:、|产|和))|\\d{1,2}[.、．](?!\\d))`,
);
const LISTED_YEAR = /^(?:19|20)\d\d年?[和、与及至]/;
const PUNCT = /[\s,，、;；:：“”"'‘’《》()（）—-]/;
const isPunct = charClass(PUNCT);
/** What list numbering may open with (LIST_NUMBER's first character). */
const opensListNumber = charClass(new RegExp(`[（(${ONE_TO_NINE}${TEN}\\d]`));
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Word boundaries in a label's window, asked of jieba only when a one-character lead or
 * trail word is to go (a longer one is a word of its own): 自 is no lead of 自然岸线率, nor
 * 均 a trail of 平均. The window is the stretch around the label as trimmed when first asked.
 * What jieba guesses (率达/x, 比达/nrt) is no word.
 */
class LabelWords {
  private tokens: readonly Token[] | null = null;
  constructor(private readonly ctx: Context) {}
  boundaryAt(pos: number, start: number, end: number): boolean {
    const tokens = (this.tokens ??= this.ctx.tokensAround(start, end));
    // (the tokens come in order: those starting at or after `pos` cannot cross it)
    for (let i = 0; i < tokens.length && tokens[i]!.start < pos; i++) {
      const t = tokens[i]!;
      if (pos < t.end && !GUESSED.has(t.tag)) return false;
    }
    return true;
  }
  /** The word starting at `start` (jieba's), if one does. */
  firstWordAt(start: number, end: number): Token | undefined {
    this.tokens ??= this.ctx.tokensAround(start, end);
    return this.tokens.find((t) => t.start === start);
  }
}

/** Trims lead and trail words, places and dates off a label window. */
export function trimLabel(ctx: Context, start: number, end: number): { start: number; end: number } {
  // 特点（GDP实现1.5%: the figure is inside a bracket, and so is what it measures.
  const open = innermostUnclosed(ctx.doc.match, start, end);
  if (open >= 0) {
    const inner = trimLabel(ctx, open + 1, end);
    const alone = GLOSS_OPENERS.has(ctx.doc.match[open]!) && /^\s*$/.test(ctx.doc.match.slice(open + 1, end));
    return inner.end > inner.start || !alone ? inner : glossed(ctx, start, open);
  }
  const words = new LabelWords(ctx);
  start = trimLead(ctx, start, end, words);
  return { start, end: trimTrail(ctx, start, end, words) };
}

/** Brackets that gloss the words before them: 发酵酒（增长87%）, 广东（3.3%）. */
const GLOSS_OPENERS = new Set(['（', '(']);

/**
 * What a figure alone in brackets measures: the words they gloss, from the last 的 or
 * comparison word on (增幅较大的有发酵酒（增长87%） → 发酵酒; 较第二位的弗迪电池（22.25%） →
 * 弗迪电池; 继续快于城镇(8.3%) → 城镇). A place, or a place's level, says whose the figure
 * is, not what it measures: the words before the comparison do (增速超过全国水平（4.8%） →
 * 增速), or nothing (广东（3.3%）: the figure before, or the measure named near, will).
 */
function glossed(ctx: Context, start: number, open: number): { start: number; end: number } {
  const t = trimLabel(ctx, start, open);
  const text = ctx.doc.match;
  const r = ctx.rules;
  let cut: { start: number; end: number } | null = null;
  for (let i = t.start; i < t.end; i++) {
    if (text[i] === '的') cut = { start: i, end: i + 1 };
    const cmp = r.marker('ranking').matchAt(text, i, t.end) ?? r.marker('rate-comparison').matchAt(text, i, t.end);
    if (cmp) cut = { start: cmp.start, end: cmp.end };
  }
  const rest = trimLabel(ctx, cut?.end ?? t.start, t.end);
  // 还包括内蒙古（5.8%）, 全国平均水平（8.1%）: the words end in a place, or a place's level.
  const level = r.marker('reference-level').matchEndingAt(text, rest.end, rest.start);
  const placeEnd = level ? level.start : rest.end;
  const owner =
    rest.end === rest.start ||
    ctx.places.overlapping(placeEnd - 1, placeEnd).some((p) => p.end === placeEnd) ||
    level?.start === rest.start;
  if (!owner) return rest;
  return cut && text[cut.start] !== '的' ? trimLabel(ctx, t.start, cut.start) : { start: open, end: open };
}

function trimLead(ctx: Context, start: number, end: number, words: LabelWords): number {
  const text = ctx.doc.match;
  for (let guard = 0; guard < 40 && start < end; guard++) {
    // （六）地方财政收入, 三、…: list numbering is not part of what is measured.
    const numbering = opensListNumber(text.charCodeAt(start))
      ? LIST_NUMBER.exec(text.slice(start, Math.min(end, start + 6)))
      : null;
    if (numbering) {
      start += numbering[0].length;
      continue;
    }
    // [视频]前三季度…, 【“十三五”成就巡礼】…: a page's tag or a series' name opens the title, not the label.
    const tag = text[start] === '[' || text[start] === '【' ? PAGE_TAG.exec(text.slice(start, end)) : null;
    if (tag) {
      start += tag[0].length;
      continue;
    }
    // “新三样”出口: an opening quote closed within the label stays, unless a date or
    // place follows it (“十三五”期间…).
    const closer = closerCode(text.charCodeAt(start));
    if (
      closer !== 0 &&
      holdsCode(text, closer, start + 1, end) &&
      !ctx.dates.startingAt(start + 1, end) &&
      !ctx.places.startingAt(start + 1, end)
    )
      break;
    // 财联社8月13日讯（编辑 王舒蕾）总市值: a news item's dateline and byline name nothing measured.
    const dateline = holdsCode(text, MONTH, start, Math.min(end, start + DATELINE_MONTH_REACH))
      ? DATELINE.exec(text.slice(start, Math.min(end, start + 48)))
      : null;
    if (dateline && start + dateline[0].length < end) {
      start += dateline[0].length;
      continue;
    }
    const next = leadSkip(ctx, start, end, words);
    if (next === start) break;
    start = next;
  }
  return start;
}

/**
 * 我国与东盟、欧盟和美国进出口: a partner word right after the country, with a place after it,
 * opens the partners the figures are about (与东盟进出口), so the label keeps it and them.
 */
function opensPartners(ctx: Context, start: number, end: number): boolean {
  const opener = ctx.rules.marker('trade-partner').matchAt(ctx.doc.match, start, end);
  if (!opener || !ctx.places.startingAt(opener.end, end)) return false;
  const country = countryName(ctx.rules);
  return ctx.places.overlapping(start - 1, start).some((p) => p.end === start && p.name === country);
}

/** Where the label starts once what is at `start` is skipped (a mark, a place, a date, a lead word), or `start`. */
function leadSkip(ctx: Context, start: number, end: number, words: LabelWords): number {
  const text = ctx.doc.match;
  const r = ctx.rules;
  if (isPunct(text.charCodeAt(start))) return start + 1;
  if (opensPartners(ctx, start, end)) return start;
  // (宁德时代/nz: a place inside a longer word, a company's name, is none.)
  const region = ctx.places.startingAt(start, end);
  if (region && words.boundaryAt(region.end, start, end))
    return text[region.end] === '内' || text[region.end] === '中' ? region.end + 1 : region.end;
  const date = ctx.dates.startingAt(start, end);
  if (date) return date.expr.end;
  // 2015和2016年同期: a year listed before a date is a date too.
  const year = isDigit(text.charCodeAt(start)) ? LISTED_YEAR.exec(text.slice(start, Math.min(end, start + 6))) : null;
  if (year && ctx.dates.startingAt(start + year[0].length, end)) return start + year[0].length;
  const lead = r.labelLead.matchAt(text, start, end);
  if (lead && (lead.end - lead.start > 1 || words.boundaryAt(lead.end, start, end))) return lead.end;
  // 5年增长18.7%, 五年年均增长5.2%: a span of years before the change it qualifies, or before
  // the change's basis and the change (两年平均增速 keeps it).
  const span =
    text.charCodeAt(start + 1) === YEAR ? YEARS_SPAN.exec(text.slice(start, Math.min(end, start + 4))) : null;
  // 一年3000多亿元的海洋经济产值, 每年14万亩的绿化造林: a span or a frequency right before the
  // figure says how long or how often, not what it is.
  if (span && start + span[0].length === end) return end;
  if (text.startsWith(EVERY_YEAR, start) && start + EVERY_YEAR.length === end) return end;
  if (span) {
    const after = start + span[0].length;
    const basis = r.changes.matchAt(text, after, end + 4);
    if (r.directions.matchAt(text, basis?.end ?? after, end + 4)) return after;
  }
  // 7省份的增速: whose it is (a number of them and its 的) is no part of what is measured.
  const counted = isDigit(text.charCodeAt(start))
    ? COUNTED_OWNER.exec(text.slice(start, Math.min(end, start + 8)))
    : null;
  if (counted && start + counted[0].length < end) return start + counted[0].length;
  // 他们的生产效率: whose it is (a pronoun and its 的) is no part of what is measured.
  // (the first 的 from `start` on, looked for within reach only)
  const of = text.charCodeAt(start) === OF ? -1 : codeIn(text, OF, start + 1, start + 5);
  const first = of > start ? words.firstWordAt(start, end) : undefined;
  if (first && PRONOUN.has(first.tag) && text[first.end] === '的' && first.end + 1 < end) return first.end + 1;
  return start;
}

/** 财联社8月13日讯（编辑 王舒蕾）, 新华社北京5月6日电（记者 …）: a dateline, with its byline. */
const DATELINE = /^[^\s,，。;；]{0,12}?\d{1,2}月\d{1,2}日(?:讯|电)(?:\s*[（(][^（）()]{0,24}[）)])?/u;
/** DATELINE's 月 comes within its first 15 characters: where there is none, it is not asked. */
const MONTH = 0x6708; // 月
const DATELINE_MONTH_REACH = 15;

/** 7省份的, 3个省份的: a number of owners before what is measured. */
const COUNTED_OWNER = /^\d{1,3}个?\p{Script=Han}{1,3}的/u;

/** 医药制造业在疫苗生产带动下: how it came about, said inside the label, is no part of it. */
const CIRCUMSTANCE = /在[^,，;；。在]{1,12}(?:带动|推动|拉动|影响|作用|支撑|背景)下/g;

function trimTrail(ctx: Context, start: number, end: number, words: LabelWords): number {
  const text = ctx.doc.match;
  for (let guard = 0; guard < 20 && end > start; guard++) {
    // 地区生产总值（GDP）: a closing bracket whose opener is in the label stays.
    if (isCloserCode(text.charCodeAt(end - 1)) && opensAt(text, start, end - 1) >= 0) break;
    const next = trailSkip(ctx, start, end, words);
    if (next === end) break;
    end = next;
  }
  return end;
}

/** Where the label ends once what ends at `end` is dropped (a mark, a trail word, a date, a word of grammar), or `end`. */
function trailSkip(ctx: Context, start: number, end: number, words: LabelWords): number {
  const text = ctx.doc.match;
  const r = ctx.rules;
  if (isPunct(text.charCodeAt(end - 1))) return end - 1;
  // 增速高于(4.8%的全国水平): the figure right after a comparison word is the other side's
  // (比全省平均水平高出476.9点 names the other side before: the figure is the distance).
  const trail =
    r.labelTrail.matchEndingAt(text, end, start) ??
    (r.marker('comparison').firstIn(text, start, end) === null
      ? r.marker('rate-comparison').matchEndingAt(text, end, start)
      : null);
  if (trail && (trail.end - trail.start > 1 || words.boundaryAt(trail.start, start, end))) return trail.start;
  // 占全国比重由2020年的7.2%: the starting point's date, and its 由, are no part of the label
  // (a comparison's stays: 增速比一季度提高0.6个百分点). 装备制造业上半年(同比分别增长): a
  // date that ends the label dates the figure; it names nothing measured.
  // (the list of dates there is made only where one is: most labels end in none)
  const date = overlapsDate(ctx, end - 1, end)
    ? ctx.dates.overlapping(end - 1, end).find((d) => d.expr.end === end && d.expr.start > start + 1)
    : undefined;
  if (date && FROM.has(text[date.expr.start - 1]!)) return date.expr.start - 1;
  // (A comparison's date stays: 比疫情前的2019年同期.)
  const compared =
    date &&
    (r.marker('comparison').matchEndingAt(text, date.expr.start, start) ||
      r.marker('baseline-before').firstIn(text, start, date.expr.start) !== null);
  if (date && !compared) return date.expr.start;
  // 城镇调查失业率已经连续两个月(保持在5%以下): a streak says for how long, not what.
  const streak = holdsCode(text, STREAK_OPENER, Math.max(start, end - 8), end)
    ? STREAK.exec(text.slice(Math.max(start, end - 8), end))
    : null;
  if (streak && end - streak[0].length > start) return end - streak[0].length;
  return end;
}

/** 连续两个月, 连续3年: a streak. */
const STREAK = new RegExp(`连续[\\d${SMALL_NUMERAL}]+个?(?:月|年|季度|天|周)$`);
const STREAK_OPENER = 0x8fde; // 连

/**
 * A label as the metric's name: an aside in brackets within it (两化(信息化、工业化)融合指数)
 * and particles between its words (建成了5G基站) are no part of the name. A bracket that
 * ends the label stays: 地区生产总值（GDP） gives the name's own short form; so does a
 * one-character one, an alternative rather than an aside (中欧（亚）班列 is two railways).
 * A single character may name what is counted (31个省, 钢1.2亿吨), but not as a sign
 * (”, +), a measure word (这艘21万吨) or a word of grammar (可减少95%, 即增长5%): no
 * label beats a wrong one. (jieba tags the characters around digits x, whatever they are.)
 */
export function labelName(ctx: Context, label: Label, metric: string | null, percent = false): string | null {
  const written = label.text;
  if (written.length === 1 && metric === null) {
    if (!/\p{L}/u.test(written) || ctx.rules.units.has(foldedText(written))) return null;
    const token = ctx
      .tokensAround(label.start, label.start + 1)
      .find((t) => t.start === label.start && t.end === label.start + 1);
    if (token && GRAMMAR.has(token.tag)) return null;
  }
  const name = withoutAsides(written) || written;
  // Where the words are those of the text at `label.start`, jieba says which 的 join nouns.
  const here = name === written && ctx.doc.text.startsWith(written, label.start);
  const joins = here ? wordJoins(ctx, label) : NO_SPANS;
  const particles = interiorParticles(ctx.rules, name);
  // (Most names drop nothing: no list is built for them, and the name is the label.)
  const drop = joins.length === 0 ? particles : [...particles, ...joins].sort((a, b) => a.start - b.start);
  const out = drop.length === 0 ? name : withoutSpans(name, drop);
  return percent ? shareNamed(ctx, out) : out;
}

type Span = { readonly start: number; readonly end: number };
const NO_SPANS: readonly Span[] = [];

/** What jieba's words say a name leaves out of a label: 的 between nouns, examples before 等, adverbs. */
function wordJoins(ctx: Context, label: Label): readonly Span[] {
  const nouns = label.text.includes('的') ? nounJoins(ctx, label) : NO_SPANS;
  const listed = examples(ctx, label);
  const adverbial = adverbs(ctx, label);
  return nouns.length + listed.length + adverbial.length === 0 ? NO_SPANS : [...nouns, ...listed, ...adverbial];
}

/** `name` without the spans `drop` (in order, not overlapping). */
function withoutSpans(name: string, drop: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const m of drop) {
    out += name.slice(from, m.start);
    from = m.end;
  }
  return out + name.slice(from);
}

/** The label without asides in brackets and circumstances (在…带动下); each replace asked only where its opening mark is. */
function withoutAsides(written: string): string {
  const bracketed = written.includes('（') || written.includes('(');
  const unbracketed = bracketed ? written.replace(/[（(][^（）()]{2,}[）)](?=.)/gu, '') : written;
  return unbracketed.includes('在') ? unbracketed.replace(CIRCUMSTANCE, '') : unbracketed;
}

/**
 * A percentage of a label that names what it is a share of and no share noun (经济总量约占全省的1.03%,
 * 均占全市总量的20%) is that share: 经济总量占全省比重. Not 占 as part of a word (占地, 占有率).
 */
function shareNamed(ctx: Context, name: string): string {
  const folded = foldedText(name);
  const last = ctx.rules.marker('share').findAll(folded).at(-1);
  if (!last || last.end - last.start !== 1 || last.end >= folded.length) return name;
  if (SHARE_WORD_AFTER.test(folded.slice(last.end))) return name;
  return name + SHARE_NOUN;
}

/** What a share is called when a label names none (占GDP比重). */
const SHARE_NOUN = '比重';
/** 占 opening a word of its own (占地, 占有率, 占用), no share. */
const SHARE_WORD_AFTER = /^(?:有|地|用|据|领|满|优|到|率)/;

/**
 * Examples listed before 等 and the group they stand for (引进华为智能生活馆、砂之船奥莱等首店 →
 * 引进首店): the group is what is measured. A verb that opens the label stays.
 */
function examples(ctx: Context, label: Label): { start: number; end: number }[] {
  const text = label.text;
  const at = text.lastIndexOf('等');
  if (at < 0 || at > text.length - 3 || !text.slice(0, at).includes('、')) return [];
  const first = ctx.tokensAround(label.start, label.start + 1).find((t) => t.start === label.start);
  const from = first && first.tag === TAG.verb ? first.end - label.start : 0;
  return from < at ? [{ start: from, end: at + 1 }] : [];
}

/**
 * Adverbs inside a label (经济总量约占全省, 居民医保再提高, 农户还只占): jieba's whole words of
 * label-adverb and no noun (占全部投资), not its first, before a verb, a preposition or another adverb (or ending it:
 * 电网工程全面) — not the 还 of 退牧还草, before a noun.
 */
function adverbs(ctx: Context, label: Label): { start: number; end: number }[] {
  const adverb = ctx.rules.marker('label-adverb');
  // (A word that is an adverb is one the label holds: where it holds none, jieba is not asked.)
  if (adverb.firstIn(foldedText(label.text)) === null) return [];
  const words = wordsOf(ctx, label);
  return words
    .filter((w, i) => {
      const next = words[i + 1];
      const before = next === undefined || VERB.has(next.tag) || ADVERB_BEFORE.has(next.tag);
      return (
        w.start > label.start &&
        before &&
        !NOUN.has(w.tag) &&
        adverb.matchAt(foldedText(w.word), 0)?.end === w.word.length
      );
    })
    .map((w) => ({ start: w.start - label.start, end: w.end - label.start }));
}

/** Words an adverb of a label may stand before, besides verbs: prepositions, adverbs (将比, 还只占). */
const ADVERB_BEFORE = tags(TAG.preposition, TAG.adverb);

/** Tags of the words before a 的 that joins nouns (桩机的生产周期): nouns, names, activities, short forms. */
const JOINS_BEFORE = new TagClass(
  [TAG.verbalNoun, TAG.abbreviation, TAG.locative, TAG.phrase, TAG.english, TAG.unknown],
  [TAG.noun],
);
/** Tags of the words a 的 may join in a name: nouns, names, numerals, short forms, 以上. */
const JOINED = new TagClass(
  [
    TAG.verbalNoun,
    TAG.abbreviation,
    TAG.locative,
    TAG.phrase,
    TAG.numeral,
    TAG.unknown,
    TAG.english,
    TAG.distinguishing,
    TAG.time,
  ],
  [TAG.noun],
);

/**
 * The 的 between nouns in a label, which a name leaves out (常住人口的城镇化率 is 常住人口城镇化率,
 * 占规上工业增加值的比重 占规上工业增加值比重), but not the 的 of a clause (对经济增长的贡献率,
 * 在青岛注册的大学: a verb before it, 占 aside).
 */
function nounJoins(ctx: Context, label: Label): { start: number; end: number }[] {
  const words = wordsOf(ctx, label);
  const share = ctx.rules.marker('share');
  const out: { start: number; end: number }[] = [];
  // 拥有国内外标准及资质的企业: a verb right before the label (trimmed off as a lead word) opens a
  // clause too. (null: not read yet; jieba is asked for that word only where a 的 turns on it.)
  let clauseVerb: boolean | null = null;
  const leadIsVerb = () => {
    const lead = ctx.tokensAround(label.start - 1, label.start).find((t) => t.end === label.start);
    return lead !== undefined && lead.tag === TAG.verb;
  };
  words.forEach((w, i) => {
    if (w.word !== '的') {
      if (w.tag === TAG.verb && !share.matchAt(foldedText(w.word), 0)) clauseVerb = true;
      return;
    }
    const before = words[i - 1];
    const after = words[i + 1];
    // (行业的行业级平台: without its 的 a word would be said twice.)
    const twice = before !== undefined && after !== undefined && after.word.startsWith(before.word);
    const joins = before && after && !twice && JOINS_BEFORE.has(before.tag) && JOINED.has(after.tag);
    if (joins && !(clauseVerb ?? leadIsVerb())) out.push({ start: w.start - label.start, end: w.end - label.start });
    clauseVerb = false;
  });
  return out;
}

/**
 * Words inside a label that are no part of the name: particles (建成了5G基站) and a verb
 * right before a value noun (一产实现增加值, 规上工业累计完成增加值; 完成投资 keeps its verb).
 */
function interiorParticles(rules: RuleSet, name: string): readonly Span[] {
  // (read once per name: the names of a run's labels recur, and most hold none)
  const known = knownParticles(rules);
  let spans = known.get(name);
  if (spans === undefined) {
    if (known.size >= KNOWN_NAMES_MAX) known.clear();
    known.set(name, (spans = readInteriorParticles(rules, name)));
  }
  return spans;
}

/** interiorParticles by name, per rule set. */
const knownParticles = perRuleSet(() => new Map<string, readonly Span[]>());
/** How many names' particles are kept before the table starts again. */
const KNOWN_NAMES_MAX = 1 << 13;

function readInteriorParticles(rules: RuleSet, name: string): readonly Span[] {
  const folded = foldedText(name);
  const particles = rules.marker('label-particle').findAll(folded);
  const verbs = rules.marker('label-verb-infix').findAll(folded);
  // (most names hold neither: no lists are made for them)
  if (particles.length === 0 && verbs.length === 0) return NO_SPANS;
  const valueNoun = rules.marker('value-noun');
  const infixes = verbs.filter((m) => valueNoun.matchAt(folded, m.end) !== null);
  return [...particles, ...infixes]
    .filter((m) => m.start > 0 && m.end < folded.length)
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
}

/** 13.8%的GDP增幅, 同比增长11.7%的固投: a rate whose subject follows it. */
export function subjectAfter(ctx: Context, sentence: Sentence, q: QuantityMatch, clause: Clause): Label | null {
  const text = ctx.doc.match;
  if (text[q.end] !== '的' && !tenthsOfANoun(ctx, q)) return null;
  const growth = text[q.end] === '的' ? rateNounAfter(ctx, q, clause) : null;
  if (growth) return { text: ctx.doc.text.slice(q.end + 1, q.end + growth[0].length), start: q.end + 1 };
  const noun = nounAfter(ctx, sentence, { ...q, end: text[q.end] === '的' ? q.end + 1 : q.end }, clause);
  return noun ? { text: ctx.doc.text.slice(noun.start, noun.end), start: noun.start } : null;
}

/** 超过七成行业都实现了增长: a share in tenths right before a noun is a share of what that noun names. */
function tenthsOfANoun(ctx: Context, q: QuantityMatch): boolean {
  if (q.unit?.value.rule.id !== 'tenths') return false;
  const next = ctx.tokensIn(q.end, q.end + 8).find((t) => t.start === q.end);
  return next !== undefined && HEAD_NOUN.has(next.tag);
}

/**
 * The thing counted when it follows the count: 81个数字车间, 1000家工业企业开展…, 32.8万台(套)农业机械;
 * with `nounFirst`, only when a noun opens it (1600亿元信贷资金, 2000万元的订单; not 50亿元建设…).
 */
export function nounAfter(
  ctx: Context,
  sentence: Sentence,
  q0: QuantityMatch,
  clause: Clause,
  nounFirst = false,
): { start: number; end: number } | null {
  const text = ctx.doc.match;
  // a second measure word in brackets belongs to the unit: 台(套)
  const bracket = text.charCodeAt(q0.end) === 0x28 ? /^\([^()]{1,3}\)/.exec(text.slice(q0.end, clause.end)) : null;
  const q = bracket ? { ...q0, end: q0.end + bracket[0].length } : q0;
  const open = nounFirst && text[q.end] === '的' ? q.end + 1 : q.end;
  if (open >= clause.end || endsCounted(text.charCodeAt(open))) return null;
  // 37个“一件事”: a quoted name is the thing counted, with the words that follow it (4个“两山”实践创新基地).
  const closer = closerCode(text.charCodeAt(open));
  const quoted = closer === 0x201d || closer === 0x2019; // ” ’
  const quoteEnd = quoted ? codeIn(text, closer, open + 1, Math.min(clause.end, open + 16)) : -1;
  const from = quoteEnd > open ? quoteEnd + 1 : open;
  // 由2552万辆增至3230万辆: a change word after the count names no thing counted (a
  // one-character one may open it: 20所在青岛注册的大学).
  const trail = ctx.rules.labelTrail.matchAt(text, from, clause.end);
  if ((trail && trail.end - trail.start > 1) || ctx.rules.directions.matchAt(text, from, clause.end)) return null;
  if (nounFirst) {
    const first = ctx.tokensIn(from, Math.min(clause.end, from + 24)).find((t) => t.start === from);
    if (!first || !HEAD_NOUN.has(first.tag)) return null;
    // 站上1.4万亿斤的新台阶: a threshold passed is no thing measured.
    if (ctx.rules.marker('threshold-noun').matchAt(text, from, clause.end)) return null;
  }
  const end = countedEnd(ctx, open, from, clause);
  if (end === open) {
    if (nounFirst) return null;
    // jieba gave nothing noun-like: fall back to the text up to the next list separator.
    const m = /^[^、,，;；。等()\d]{2,24}/.exec(text.slice(open, clause.end));
    // (239.5 万辆和 238.3 万辆: a list word and a space before the next figure count nothing)
    return m && !LIST_JOINER.test(m[0]) ? { start: open, end: open + m[0].length } : null;
  }
  return groupAfter(ctx, open, end, clause) ?? { start: open, end };
}

/**
 * Where the words counted end: not at a 的 that opens more (近100%的硫氧化物的排放), nor at
 * 中 (82种工业产品中), nor at a trail word (70%的企业将会, 41个工业大类全覆盖).
 */
function countedEnd(ctx: Context, open: number, from: number, clause: Clause): number {
  const text = ctx.doc.match;
  let end = countedWordsEnd(ctx, open, from, clause);
  // 3个省份的GDP: a measure of another class after 的 is the owners' (省级以上的企业技术中心 is counted whole).
  const of = text.indexOf('的', from);
  if (of > from && of < end && ownedMeasureAt(ctx, of + 1, end)) end = of;
  while (end > from && text[end - 1] === '的') end--;
  const last = AMONG.has(text[end - 1]!) ? ctx.tokensAround(end - 1, end).find((t) => t.end === end) : undefined;
  if (last && last.tag === TAG.locative && last.word.length === 1 && last.start > from) end = last.start;
  const trimmed = trimTrail(ctx, from, end, new LabelWords(ctx));
  return trimmed > from ? trimmed : end;
}

/** Words of place after what is counted (82种工业产品中), when jieba tags them so (f). */
const AMONG = new Set(['中', '内']);

/** Does a measure of what is no count (GDP, 增速) start at `pos`? */
function ownedMeasureAt(ctx: Context, pos: number, end: number): boolean {
  const text = ctx.doc.match;
  const metric = ctx.rules.metrics.matchAt(text, pos, end);
  if (metric && metric.value.rule.class !== undefined && metric.value.rule.class !== 'count') return true;
  return ctx.rules.marker('rate-noun').matchAt(text, pos, end) !== null;
}

/** 390多万家研发、生产、物流、金融等工业生态资源: the items are examples; what is counted is the group after 等. */
function groupAfter(ctx: Context, open: number, end: number, clause: Clause): { start: number; end: number } | null {
  const text = ctx.doc.match;
  if (text[end] !== '、') return null;
  const rest = text.slice(end, Math.min(clause.end, end + 40));
  const at = rest.search(/等(?![于同])/);
  if (at < 0 || /[,，;；。]/.test(rest.slice(0, at))) return null;
  const from = end + at + 1;
  const groupEnd = countedEnd(ctx, from, from, clause);
  return groupEnd > from + 1 ? { start: from, end: groupEnd } : null;
}

/** Tags of words that may head what is measured: nouns, short forms, idioms, Latin words. */
const HEAD_NOUN = tags(
  TAG.noun,
  TAG.otherProper,
  TAG.organization,
  TAG.nounMorpheme,
  TAG.nounIdiom,
  TAG.abbreviation,
  TAG.phrase,
  TAG.english,
);

/** Does a label end in a verb — the subject's doing, not what is measured (农业发展银行安排, 开工建设)? */
export function endsInVerb(ctx: Context, label: Label): boolean {
  const words = wordsOf(ctx, label);
  const last = words.at(-1);
  if (!last) return false;
  return last.tag === TAG.verb || words.every((w) => DOING.has(w.tag));
}

/**
 * The measured noun after the last verb of a label that opens with who did what (现公司已在…
 * 获得规模项目 → 规模项目; 三一重工每年投入销售收入 → 销售收入): a verb of jieba's (v) that is no
 * label word (新增, 实现), direction (拉动), share (占) or comparison (超过), after a name, a
 * pronoun or an adverb (an agent and its doing: not 城镇登记失业率), and followed by a noun
 * phrase with no verb in it.
 */
export function afterVerb(ctx: Context, label: Label): Label {
  // (What follows 把 or the doing word is two characters at least, after one: a shorter label
  // is left as it is, and jieba is not asked for its words.)
  if (label.text.length < SHORTEST_SPLIT) return label;
  const words = wordsOf(ctx, label);
  // 国际货币基金组织把中国经济增长的预期(从6.5%调高到6.7%): what 把 takes is what is measured.
  const ba = words.findLastIndex((w, i) => w.word === '把' && w.tag === TAG.preposition && i < words.length - 1);
  const end = label.start + label.text.length;
  if (ba >= 0 && end - words[ba]!.end >= 2)
    return { text: ctx.doc.text.slice(words[ba]!.end, end), start: words[ba]!.end };
  const at = words.findLastIndex((w) => w.tag === TAG.verb);
  if (at < 0 || keptVerb(ctx.rules, words[at]!)) return label;
  // 制造业创新中心, 城镇登记失业率: a noun right before the verb makes one compound with it.
  if (at > 0 && COMPOUND_HEAD.has(words[at - 1]!.tag)) return label;
  const rest = words.slice(at + 1);
  const named = rest.some((w) => (HEAD_NOUN.has(w.tag) || w.tag === TAG.verbalNoun) && w.word.length >= 2);
  if (!named || rest.some((w) => VERB_OR_PARTICLE.has(w.tag)) || end - rest[0]!.start < 2) return label;
  // (阳江将|引入总投资: the agent's adverb may have been trimmed off as a lead word; the word
  // before the label is read only for a verb that opens it, and last: jieba is asked for it.)
  const before = () => ctx.tokensAround(label.start - 1, label.start).find((t) => t.end === label.start);
  const agent = words.slice(0, at).some((w) => AGENT.has(w.tag)) || (at === 0 && before()?.tag === TAG.adverb);
  if (!agent) return label;
  return { text: ctx.doc.text.slice(rest[0]!.start, end), start: rest[0]!.start };
}

/** A verb that stays in a label (新增, 实现, 拉动, 占, 超过): a whole label word, direction, share or comparison word. */
function keptVerb(r: RuleSet, w: Token): boolean {
  const f = foldedText(w.word);
  const whole = (lex: { matchAt(t: string, i: number): { end: number } | null }) => lex.matchAt(f, 0)?.end === f.length;
  return (
    whole(r.labelLead) ||
    whole(r.labelQualifier) ||
    whole(r.labelQualifierAfter) ||
    whole(r.directions) ||
    whole(r.marker('share')) ||
    whole(r.marker('ranking')) ||
    whole(r.marker('label-verb-infix'))
  );
}

/**
 * 消息称宁德时代计划投资, 全资子公司盘江普定拟投资: a plan word (status plan) after a subject,
 * with an activity after it (投资/vn), opens what is measured: the subject is whose it is. (Not
 * before a plain verb: 中央预算内投资拟安排7000亿元 measures the investment.)
 */
export function afterPlanWord(ctx: Context, label: Label): Label {
  // (a subject, the plan word and an activity: three words at least)
  if (label.text.length < SHORTEST_SPLIT) return label;
  const words = wordsOf(ctx, label);
  const end = label.start + label.text.length;
  const at = words.findIndex((w, i) => {
    const plan = ctx.rules.status.matchAt(foldedText(w.word), 0);
    const next = words[i + 1];
    return (
      i > 0 &&
      plan?.end === w.word.length &&
      plan.value.rule.status === 'plan' &&
      next !== undefined &&
      next.tag === TAG.verbalNoun &&
      words.slice(0, i).some((x) => NOUN.has(x.tag))
    );
  });
  if (at < 0) return label;
  const t = trimLabel(ctx, words[at]!.start, end);
  return t.end > t.start ? { text: ctx.doc.text.slice(t.start, t.end), start: t.start } : label;
}

/** The shortest label afterVerb or afterPlanWord may split: a word, then two characters. */
const SHORTEST_SPLIT = 3;

/** Pronouns of every kind (他们, 这些, 其). */
const PRONOUN = new TagClass([], [TAG.pronoun]);
/** A label made only of doing words says what was done, not what (开工建设). */
const DOING = tags(TAG.verb, TAG.verbalNoun, TAG.adverb, TAG.preposition);
/** A word that makes one compound with a verb after it (制造业创新中心, 城镇登记失业率). */
const COMPOUND_HEAD = tags(TAG.noun, TAG.verbalNoun, TAG.nounMorpheme);
/** A verb or particle in what follows the doing word: no plain noun phrase. */
const VERB_OR_PARTICLE = new TagClass([TAG.verb], [TAG.particle]);
/** Tags of words that say who acts or how: names of bodies, pronouns, adverbs (jieba's nr/nz also tag crops and idioms). */
const AGENT = new TagClass([TAG.organization, TAG.adverb], [TAG.pronoun]);

/** jieba's words of a label as written at its place in the text (none for a label made of several). */
export function wordsOf(ctx: Context, label: Label): readonly Token[] {
  const end = label.start + label.text.length;
  if (!ctx.doc.text.startsWith(label.text, label.start)) return NO_TOKENS;
  if (label.text.length >= LABEL_SPAN) return tokensWithin(ctx, label.start, end);
  if (pageWords.tokensOf !== ctx.tokensAround) pageWords = { tokensOf: ctx.tokensAround, byLabel: new Map() };
  // (a label at its place is known by where it starts and ends)
  const key = label.start * LABEL_SPAN + label.text.length;
  let words = pageWords.byLabel.get(key);
  if (words === undefined) pageWords.byLabel.set(key, (words = tokensWithin(ctx, label.start, end)));
  return words;
}

/** The tokens of the window around [start, end) that lie within it. */
function tokensWithin(ctx: Context, start: number, end: number): readonly Token[] {
  return ctx.tokensAround(start, end).filter((t) => t.start >= start && t.end <= end);
}

const NO_TOKENS: readonly Token[] = [];
/** Longer than any label: a label's start and length make one number. */
const LABEL_SPAN = 1 << 12;

/**
 * The words of the labels of the page read last (each label is asked in turn whether it ends
 * in a verb, what follows its verb, its plan word, its adverbs; its name again by the figures
 * after it), by the page's token windows.
 */
let pageWords: { tokensOf: Context['tokensAround']; byLabel: Map<number, readonly Token[]> } = {
  tokensOf: () => NO_TOKENS,
  byLabel: new Map(),
};

/** A mark or word that, right after a count, says nothing counted follows (5家、, 3个的). */
const endsCounted = charClass(/[、,，;；。等的]/);

/** Words that end what a count counts: 建成81个数字车间|, 1000家工业企业|开展. */
const ENDS_COUNTED = tags(TAG.verb, TAG.conjunction, TAG.preposition, TAG.adverb, TAG.pronoun, TAG.numeral);
/** Words that, right after a count, say it counts no noun after it (5家|在…). */
const OPENS_NO_NOUN = tags(TAG.verb, TAG.preposition, TAG.conjunction, TAG.adverb, TAG.pronoun);

/** A mark or word that, as a word of its own, ends what a count counts (1000家工业企业、…). */
const endsCountedWords = charClass(/[、,，;；。等(（]/);

/** Where the words after a count that name what it counts end (`countEnd` when none do). */
function countedWordsEnd(ctx: Context, countEnd: number, from: number, clause: Clause): number {
  const text = ctx.doc.match;
  const tokens = ctx.tokensIn(from, Math.min(clause.end, from + 24));
  let end = from;
  let opener: Token | null = null;
  for (const t of tokens) {
    if (t.end <= from) continue;
    if (t.start < from) continue;
    if (t.start >= clause.end) break;
    if (
      (t.word.length === 1 && endsCountedWords(t.word.charCodeAt(0))) ||
      (ENDS_COUNTED.has(t.tag) && t.start > countEnd) ||
      holdsDigit(t.word, 0, t.word.length)
    )
      break;
    // (50%的新增基础架构: a qualifier may open what is counted.)
    if (OPENS_NO_NOUN.has(t.tag) && t.start === from && !ctx.rules.labelQualifier.has(foldedText(t.word))) break;
    if (ctx.rules.approxBefore.matchAt(text, t.start, t.end)) break;
    // 14个地级市前三季度GDP: a time ends what is counted.
    if (overlapsDate(ctx, t.start, t.end)) break;
    if (t.start === from) opener = t;
    end = t.end;
    if (end - countEnd >= 16) break;
  }
  // (新增就业岗位: a qualifier alone, the verb after it unread, names nothing.)
  return opener && opener.end === end && VERB.has(opener.tag) ? from : end;
}

/**
 * How much a label names of its own: `vague` nothing (数据, 新增, 累计); `comparison` only
 * the baseline a rate is against (比疫情前的2019年同期, 相比2020年); `verb` only how the
 * figure was reached (调高到, 下跌至, 增速变缓至); else `named`.
 */
export type Vagueness = 'named' | 'vague' | 'comparison' | 'verb';

export function vagueness(ctx: Context, label: Label): Vagueness {
  const r = ctx.rules;
  const folded = foldedText(label.text); // labels quote the source; rules match folded text
  if (isVague(ctx, folded)) return 'vague';
  if (r.marker('baseline-before').matchAt(folded, 0) || r.marker('baseline-after').matchAt(folded, 0))
    return 'comparison';
  const reached = r.marker('level-reached').matchEndingAt(folded, folded.length) !== null;
  if (!reached || !ctx.doc.text.startsWith(label.text, label.start)) return 'named';
  const words = wordsOf(ctx, label);
  // (居住/v, 收入/v: a verb alone may be jieba's reading of a noun; one that reaches a level is none.)
  const verbLike = (w: Token) =>
    (VERB_LIKE.has(w.tag) || (w.tag === TAG.unknown && w.word.length <= 2)) && !/\d/.test(w.word);
  const onlyVerbs = words.length > 0 && words.every(verbLike);
  // (a metric's name anywhere in it: the first findAll would find is as good as all findEvery would)
  const names = r.metrics.firstIn(folded) !== null || r.marker('value-noun').firstIn(folded) !== null;
  // (提至/x: jieba guesses a short verb it does not know.)
  const short = label.text.length <= 3 && !words.some((w) => NOUN.has(w.tag));
  return (onlyVerbs || short) && reached && !names ? 'verb' : 'named';
}

/** Tags of the words of a label that says only how a figure was reached (迈上, 下跌/v 至/p; 变缓/x, jieba's guess). */
const VERB_LIKE = new TagClass(
  [TAG.verb, TAG.adverbialVerb, TAG.adverb, TAG.preposition, TAG.conjunction, TAG.adverbialAdjective],
  [TAG.particle],
);

/**
 * 规模以上工业增加值比2019年同期 → 规模以上工业增加值: the name without the baseline after it.
 * The 比 of a share word (占GDP比重, 所占比例) opens no baseline.
 */
export function withoutComparison(ctx: Context, written: string): string {
  const folded = foldedText(written);
  const shares = ctx.rules.marker('share').findAll(folded);
  const at = ctx.rules
    .marker('baseline-before')
    .findAll(folded)
    .find((m) => !shares.some((s) => s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start));
  return at ? written.slice(0, at.start) : written;
}

/** Does a label name nothing of its own (数据, 新增, 累计)? */
export function isVague(ctx: Context, written: string): boolean {
  const label = foldedText(written); // labels quote the source; rules match folded text
  return (
    label.length === 0 ||
    ctx.rules.labelVague.has(label) ||
    ctx.rules.labelQualifier.has(label) ||
    ctx.rules.labelQualifierAfter.has(label)
  );
}

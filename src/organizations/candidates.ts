// Every candidate mention of an organization, overlapping: the page's source, names in
// the alias tables, names read back from a suffix, jieba's `nt` words, rule patterns.
// Choosing between them is organizations.ts's.
import type { Context } from '../context/context.js';
import type { OrgKind } from '../facts.js';
import type { Sentence } from '../segment/sentences.js';
import { findPatternMatches } from '../context/patterns.js';
import type { OrgMention } from './mentions.js';
import { PUNCT, cutInsideNumber, properish } from './name-words.js';
import { fromSuffix, isGeneric, suffixWindow, type SuffixMatch } from './suffix-names.js';
import type { ShortNameCheck } from './short-name-check.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import type { Ref } from '../rules/ruleset.js';
import type { OrgAliasRule } from '../rules/schema.js';
import { APPROX_COUNT, HUNDRED_THOUSAND, SMALL_NUMERAL } from '../rules/vocabulary.js';
import { COMMON_WORD, TAG, tags } from '../segment/tags.js';

/** Words that end a longer name a known one begins (一汽解放|、): grammar, numbers, times. */
const NOT_IN_LONGER_NAME = tags(
  ...[TAG.preposition, TAG.conjunction, TAG.particle, TAG.particleDe, TAG.pronoun, TAG.numeral],
  ...[TAG.measure, TAG.adverb, TAG.adverbialAdjective, TAG.locative, TAG.time],
);
import { composed, foreignBody } from './composition.js';
import { noteOrg } from './note.js';

/** All candidate mentions, overlapping. */
export function candidates(ctx: Context, check: ShortNameCheck, named: readonly AliasMatch[]): OrgMention[] {
  const { doc } = ctx;
  const out: OrgMention[] = [];
  out.push(...sourceMentions(ctx));
  out.push(...aliasNames(ctx, check, named));
  for (const sentence of ctx.sentences) out.push(...suffixNames(ctx, sentence));
  for (const p of findPatternMatches(ctx, 'organization')) {
    const span = p.groups.name ?? p;
    const why = patternMisfit(ctx, span);
    if (why) {
      if (ctx.tracing) noteOrg(ctx, span, p.ref, 'dropped', why);
      continue;
    }
    const mention: OrgMention = {
      ...span,
      name: doc.text.slice(span.start, span.end),
      kind: (p.rule.kind as OrgKind | undefined) ?? 'other',
      ref: p.ref,
      canonical: p.rule.canonical ?? null,
    };
    // 股东中国信达拟减持: a name the alias tables know is that body
    out.push(mention.canonical ? mention : knownAs(ctx, mention));
  }
  return out.filter((m) => !ctx.isQuoted(m.start, m.end) || m.ref === 'metadata#source' || outletTitle(ctx, m));
}

/** 英国《卫报》, 美国《华盛顿邮报》: an outlet's name is written as a title, alone in its 《》, and names the outlet. */
function outletTitle(ctx: Context, m: OrgMention): boolean {
  const text = ctx.doc.match;
  return m.kind === 'media' && text[m.start - 1] === '《' && text[m.end] === '》';
}

/** A pattern's name that the filters of suffix names reject: a generic name, a clause's first word, a word no name holds. */
function patternMisfit(ctx: Context, span: { start: number; end: number }): string | null {
  const { rules } = ctx;
  const name = ctx.doc.match.slice(span.start, span.end);
  if (rules.orgGenericNames.has(name)) return `${name} is generic (orgFilters names)`;
  if (rules.orgBadStarts.matchAt(name, 0))
    return `${name} starts with a word no name starts with (orgFilters badStarts)`;
  if (rules.orgNotInName.firstIn(name) !== null) return `${name} holds a word no name holds (orgFilters notInName)`;
  return null;
}

/**
 * The outlets the page names as its source (来源：天津人大—天津日报, author: IT 之家, 财联社8月13日讯):
 * media unless the rules know the name (来源：国家统计局) or its suffix does (天津人大); not a feed's
 * label (高科技行业门户, orgFilters names).
 */
function sourceMentions(ctx: Context): OrgMention[] {
  const { doc, rules } = ctx;
  const out: OrgMention[] = [];
  for (const s of doc.sources) {
    const end = datelinePlace(ctx, s.start, s.end);
    const key = doc.match.slice(s.start, end);
    if (rules.orgGenericNames.has(key)) continue;
    const alias = rules.orgAliases.get(key)?.rule;
    const suffix = rules.orgSuffixes.matchEndingAt(doc.match, end, s.start + 1)?.value.rule;
    out.push({
      start: s.start,
      end,
      name: doc.text.slice(s.start, end),
      kind: alias?.kind ?? (suffix?.keepSuffix ? suffix.kind : 'media'),
      ref: 'metadata#source',
      canonical: alias?.canonical ?? null,
    });
  }
  return out;
}

/** 新华社北京3月5日电: an outlet's dateline names the place it wrote from after its name; where the outlet's name ends. */
function datelinePlace(ctx: Context, start: number, end: number): number {
  const text = ctx.doc.match;
  if (!/^[ \t]*\d{1,2}[ \t]*月/.test(text.slice(end, end + 6))) return end;
  const place = ctx.rules.regions.matchEndingAt(text, end, start + 2);
  return place && ctx.rules.orgAliases.has(text.slice(start, place.start)) ? place.start : end;
}

/** A name of the alias tables found in the page (`orgAliases.findAll`). */
export type AliasMatch = LexiconMatch<Ref<OrgAliasRule>>;

/**
 * Names of the alias tables (`named`), and the longer names one of them heads: a unit, a line of business, a
 * site (composition.ts), another country's body (俄罗斯外交部), a listed name it begins (一汽解放、).
 */
function aliasNames(ctx: Context, check: ShortNameCheck, named: readonly AliasMatch[]): OrgMention[] {
  const { doc } = ctx;
  const out: OrgMention[] = [];
  for (const m of named) {
    const { kind, canonical } = m.value.rule;
    const known: OrgMention = {
      start: m.start,
      end: m.end,
      name: doc.text.slice(m.start, m.end),
      kind,
      ref: m.value.ref,
      canonical,
    };
    const why = check.misfit(m.start, m.end);
    if (why) {
      if (ctx.tracing) noteOrg(ctx, m, m.value.ref, 'dropped', why);
      const nt = ntHeaded(ctx, known);
      if (nt) out.push(nt);
      continue;
    }
    out.push(known);
    const whole = composed(ctx, known) ?? foreignBody(ctx, known) ?? listedLonger(ctx, known);
    if (whole) out.push(whole);
  }
  return out;
}

/** 一汽解放、上汽通用五菱: a listed name that only starts with a known company's is a body of its own. */
function listedLonger(ctx: Context, m: OrgMention): OrgMention | null {
  const end = m.kind === 'company' ? listedLongerName(ctx, m.start, m.end) : null;
  return end ? { ...m, end, name: ctx.doc.text.slice(m.start, end), canonical: null } : null;
}

/**
 * 俄罗斯外交部 (one jieba word, tagged nt): a known body's name ending a word jieba knows as an
 * organization is another body of that kind (a country's, a place's).
 */
function ntHeaded(ctx: Context, m: OrgMention): OrgMention | null {
  const t = ctx.tokensAround(m.start, m.end).find((x) => x.start < m.start && x.end === m.end);
  if (!t || t.tag !== TAG.organization || t.end - t.start > 12) return null;
  // 中国外交部/nt is ours: the same body
  const ours = ctx.rules.regions.get(ctx.doc.match.slice(t.start, m.start))?.rule.scope;
  return { ...m, start: t.start, name: ctx.doc.text.slice(t.start, t.end), canonical: ours ? m.canonical : null };
}

/** Names a suffix ends in a sentence, a subsidiary's named after its relation word, and jieba's nt words. */
function suffixNames(ctx: Context, sentence: Sentence): OrgMention[] {
  const suffixes = longestSuffixes(ctx, sentence);
  if (suffixes.length === 0) return [];
  const out: OrgMention[] = [];
  for (const s of suffixes) {
    const m = fromSuffix(ctx, sentence, s);
    if (m) out.push(knownAs(ctx, m));
    // 特锐德子公司特来电; 公司公告，全资子公司盘江普定拟投资 (the parent unnamed: its name must read as one)
    if (!s.value.rule.keepSuffix) {
      const sub = subsidiaryAfter(ctx, sentence, s, !m);
      if (sub) out.push(sub);
    }
  }
  for (const s of suffixes) out.push(...ntWords(ctx, s));
  return out;
}

/**
 * The longest suffix ending at each position of a sentence (有限公司 over 公司), in the order a scan
 * from the left meets them (by start, the longer first). Read back from the characters a suffix
 * ends in (司, 院, 局 …, 1 in 20 of a page's), not forward from every character one may start with.
 */
function longestSuffixes(ctx: Context, sentence: Sentence): SuffixMatch[] {
  const text = ctx.doc.match;
  const lexicon = ctx.rules.orgSuffixes;
  const out: SuffixMatch[] = [];
  for (let end = sentence.start + 1; end <= sentence.end; end++) {
    const m = lexicon.matchEndingAt(text, end, sentence.start);
    if (m) out.push(m);
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start || b.end - a.end) : out;
}

/**
 * A name read back from its suffix that the alias tables know (股东|航空工业集团, where the scan of known
 * names took 东航 first): that body, so that it joins the text's other mentions of it.
 */
function knownAs(ctx: Context, m: OrgMention): OrgMention {
  const known = ctx.rules.orgAliases.get(ctx.doc.match.slice(m.start, m.end))?.rule;
  if (known) return { ...m, kind: known.kind, canonical: known.canonical };
  // 据美国|福克斯新闻报道: the outlet's country before a name the tables know is not the name's
  const place = m.kind === 'media' ? ctx.places.startingAt(m.start) : undefined;
  const rest =
    place && place.end < m.end ? ctx.rules.orgAliases.get(ctx.doc.match.slice(place.end, m.end))?.rule : null;
  if (!place || !rest) return m;
  const name = ctx.doc.text.slice(place.end, m.end);
  return { ...m, start: place.end, name, kind: rest.kind, canonical: rest.canonical };
}

const SUBSIDIARY_NAME =
  /^(?!以及|及|和|与|或|等)([\u4e00-\u9fffA-Za-z]{2,8}?)(?=签署|签订|签约|与|和|同|等|,|，|、|。|的|在|将|正式|共同|已|于|拟|计划|宣布|获得|投资)/;

/** 特锐德子公司特来电签署…: the subsidiary's own name follows the relation word. */
function subsidiaryAfter(ctx: Context, sentence: Sentence, s: SuffixMatch, unnamedParent: boolean): OrgMention | null {
  const after = SUBSIDIARY_NAME.exec(ctx.doc.match.slice(s.end, Math.min(sentence.end, s.end + 12)));
  if (!after) return null;
  const end = s.end + after[1]!.length;
  // 子公司数量增加: with no parent named, the words after the relation must start like a name (盘江/ns)
  if (unnamedParent && !properish(ctx.tokensAround(s.end, end).find((t) => t.start === s.end))) return null;
  return {
    start: s.end,
    end,
    name: ctx.doc.text.slice(s.end, end),
    kind: s.value.rule.kind,
    ref: s.value.ref,
    canonical: null,
  };
}

/**
 * jieba's nt tag: a token it knows as an organization, ending in a suffix (its nt list
 * also holds places like 中国区 and fields like 新兴产业, which end in none).
 */
function ntWords(ctx: Context, s: SuffixMatch): OrgMention[] {
  const out: OrgMention[] = [];
  for (const t of suffixWindow(ctx, s)) {
    if (
      t.tag !== TAG.organization ||
      t.end !== s.end ||
      t.word.length < 3 ||
      // 公立医院, 中医院: modifiers before the suffix name a kind
      (t.start < s.start && isGeneric(ctx, t.word, ctx.doc.match.slice(t.start, s.start))) ||
      ctx.rules.orgGenericNames.has(t.word) ||
      cutInsideNumber(ctx.doc.match, t.start, t.end)
    )
      continue;
    out.push({
      start: t.start,
      end: t.end,
      name: ctx.doc.text.slice(t.start, t.end),
      kind: s.value.rule.kind,
      ref: 'jieba#nt',
      canonical: null,
    });
  }
  return out;
}

/** Digits and numerals then a measure word: a list ending 等148个… counts things (models, projects), not bodies. */
const COUNTED = new RegExp(`^[\\d${SMALL_NUMERAL}${HUNDRED_THOUSAND}万${APPROX_COUNT}]+(?:个|款|项|种|类|套|件)`);

/**
 * The end of a longer name a known company name begins, when the text lists it as an item of its
 * own (一汽解放、一汽-大众、上汽通用五菱等): up to the list's separator, at most 6 more characters,
 * not only common nouns (华为手机 is a product), and not in a list of counted things.
 */
function listedLongerName(ctx: Context, start: number, end: number): number | null {
  const text = ctx.doc.match;
  const tokens = ctx.tokensAround(start, end);
  let i = tokens.findIndex((t) => t.start === end);
  if (i < 0) return null;
  let stop = end;
  let nounsOnly = true;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word === '、' || PUNCT.test(t.word) || ctx.rules.marker('list-word').has(t.word)) break;
    if (!/^[\u4e00-\u9fffA-Za-z·-]+$/.test(t.word) || NOT_IN_LONGER_NAME.has(t.tag)) return null;
    // a clause, not a name: 华为云也联合卡奥斯
    if (ctx.rules.orgBadStarts.has(t.word) || ctx.rules.orgAliases.matchAt(text, t.start)) return null;
    // a place after the name makes a branch or a site of it (华为青岛展示中心), not another company
    if (t.tag === TAG.place || ctx.places.overlapping(t.start, t.end).length) return null;
    if (!COMMON_WORD.has(t.tag)) nounsOnly = false;
    stop = t.end;
    if (stop - end > 6) return null;
  }
  if (stop === end || nounsOnly) return null;
  // the separator: 、 (where the window ends) or a list word (一汽解放和…)
  const listWord = i < tokens.length;
  if (!listWord && text[stop] !== '、') return null;
  if (listWord && text[start - 1] !== '、') return null;
  // the list's end: 等 and what it names
  const rest = /^[^,，。;；:：!！?？]{0,40}?等/.exec(text.slice(stop, stop + 48));
  if (!rest) return stop;
  const after = stop + rest[0].length;
  if (COUNTED.test(text.slice(after, after + 8))) return null;
  // 齐鲁石化鲁油鲁炼、玖德化学新材料等重大项目: a list of projects, each named by its company
  return projectsListed(ctx, after) ? null : stop;
}

/** Do the words after a list's 等 (重大项目, 一批工程) say its items are projects or sites? */
function projectsListed(ctx: Context, at: number): boolean {
  const text = ctx.doc.match;
  for (let k = at + 1; k <= Math.min(text.length, at + 6); k++) {
    if (PUNCT.test(text[k - 1]!)) return false;
    if (ctx.rules.orgFacilityWords.matchEndingAt(text, k, at)) return true;
  }
  return false;
}

// Organizations: found by suffix (…有限公司, …管委), by name (the alias tables),
// by jieba's `nt` tag and as the page's source; then merged into one entity per
// organization per document, with its short forms (青岛檬豆网络科技有限公司 /
// 青岛檬豆 / 檬豆 / 檬豆公司) and the short names the text introduces (简称X).
import type { Context } from '../context/context.js';
import type { OrgKind } from '../facts.js';
import type { Token } from '../segment/tokens.js';
import type { Sentence } from '../segment/sentences.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import type { Ref } from '../rules/ruleset.js';
import type { OrgSuffixRule } from '../rules/schema.js';
import { findPatternMatches } from '../context/patterns.js';

export interface OrgMention {
  readonly start: number;
  readonly end: number;
  /** The name as written (from the source text). */
  readonly name: string;
  readonly kind: OrgKind;
  /** The rule that found it: `organizations.yaml#company`, `metadata#source` … */
  readonly ref: string;
  /** Canonical name from an alias table, when the name is in one. */
  readonly canonical: string | null;
  /** For a short form: the full name it abbreviates. */
  readonly fullName?: string;
}

export interface OrgEntity {
  readonly canonical: string;
  /** The fullest form seen. */
  readonly name: string;
  readonly kind: OrgKind;
  readonly ref: string;
  readonly mentions: readonly OrgMention[];
  /** Every distinct form seen, in order of first appearance. */
  readonly forms: readonly string[];
}

/** Tags that end a name when walking back from its suffix. */
const STOP_TAGS = /^(p|c|u|uj|ul|uz|ud|ug|uv|r|rr|rz|d|m|mq|q|t|tg|y|e|o|zg|f|ad|an)$/;
const PROPER = /^(ns|nr|nrt|nrfg|nz|nt|j)$/;
const CJK = /^[\u4e00-\u9fff]+$/;
/** A proper noun, or Chinese characters jieba knows no word for (省国金, 德邦): most often a name. */
const properish = (t: Token | undefined): boolean =>
  !!t && (PROPER.test(t.tag) || (t.tag === 'x' && t.word.length >= 2 && CJK.test(t.word)));
/** Characters that write numbers: a name that starts with one right after another was cut inside a number (二|十国集团). */
const NUMERAL_CHAR = /[\d〇零一二两三四五六七八九十百千万亿]/;
/** Measure words that follow a count: 63个省重点实验室 is a count of a category. */
const MEASURE_START = /^[个家所批类座项条]/;
/** Characters that abbreviate a place (省人民政府, 市科技局, 区政府). */
const ADMIN_CHAR = /^[省市区县州旗盟镇乡]$/;
const PUNCT = /[\s,，。、;；:：“”"'‘’!！?？《》<>\[\]【】|]/;

/** Longest name we believe; beyond it a suffix match has swallowed a clause. */
const MAX_NAME = 24;

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => offset >= t.start && offset < t.end);
}

/**
 * N家, 各个, 这些: a count or determiner shortly before means a category, not a
 * name (9家国家重点实验室, 169家省级以上的工程技术研究中心).
 */
const CATEGORY_BEFORE =
  /(?:[\d一二两三四五六七八九十百千万余多几]+(?:家|个|所|批|类|些|座)[省市区县国家级以上下的重点各类]{0,7}|[这那各每该本其此]|[等及和与]类)$/;

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
    (PUNCT.test(text.slice(tokens[i]!.start, suffixStart)) || STOP_TAGS.test(tokens[i]!.tag))
  )
    start = suffixStart;
  i--;
  while (i >= 0) {
    const t = tokens[i]!;
    if (t.start < sentence.start) break;
    const w = t.word;
    if (suffixStart - t.start > MAX_NAME) break;
    // a place in parentheses inside a name: 华为(青岛)数字城市联合创新中心 (the match text has ASCII parentheses)
    if (w === ')') {
      const open = text.lastIndexOf('(', t.start);
      if (open >= 0 && t.start - open <= 6 && ctx.regionIndex.startingAt(open + 1)?.end === t.start) {
        start = open;
        i = tokenIndexAt(tokens, open) - 1;
        continue;
      }
      break;
    }
    // even a registered name ends at a function word (…的青岛道可云网络科技有限公司 starts after 的)
    if (PUNCT.test(w) || ctx.rules.marker('name-boundary').has(w)) break;
    // and at a job title: 统战部副部长许又声代表中共中央统战部 is a person speaking for the body
    if (ctx.rules.titles.has(w)) break;
    if (t.tag === 'x' && !CJK.test(w) && !/^[A-Za-z]+$/.test(w)) break;
    if (ctx.dateIndex.overlapping(t.start, t.end).length) break;
    if (registered && /^[\u4e00-\u9fffA-Za-z]+$/.test(w) && !ctx.rules.orgBadStarts.has(w)) {
      start = t.start;
      i--;
      continue;
    }
    if (STOP_TAGS.test(t.tag)) break;
    // A verb, or a word that opens clauses (投资, 联合), belongs to a name only right after a
    // proper noun: 华为青岛联合软件创新中心, 北京通用人工智能研究院; not 战略投资青岛….
    // Characters jieba does not know count as a name (省国金|投资集团); for 投资, 联合 a noun may stand
    // between (江苏|农商|联合银行). Never when a whole name follows the verb (海关总署联合国家卫健委,
    // 会同北京市委宣传部) or precedes it (海关总署|联合…), nor a one-character verb (被聘|到|大学).
    if (/^v[dgi]?$/.test(t.tag) || ctx.rules.orgBadStarts.has(w)) {
      const left = tokens[i - 1];
      if (!left || left.start < sentence.start || w.length < 2) break;
      const farLeft = tokens[i - 2];
      // not after a person's name (樊锦诗出任敦煌研究院), nor after a short word jieba does not know (三要|鼓励)
      const nameLike = (x: Token | undefined) =>
        properish(x) && !/^nr/.test(x!.tag) && (x!.tag !== 'x' || x!.word.length >= 3);
      const nameLeft =
        nameLike(left) ||
        (ctx.rules.orgBadStarts.has(w) && left.tag === 'n' && nameLike(farLeft) && farLeft!.start >= sentence.start);
      if (!nameLeft) break;
      if (ctx.rules.orgAliases.matchAt(text, t.end) || ctx.regionIndex.startingAt(t.end)) break;
      if (
        ctx.rules.orgAliases.matchEndingAt(text, t.start, sentence.start) ||
        ctx.rules.orgSuffixes.matchEndingAt(text, t.start, sentence.start)
      )
        break;
    }
    start = t.start;
    i--;
  }
  return start;
}

/** A term in a body's name (第十四届, 第二次): 第, a numeral, an ordinal word of the rules (name-ordinal). */
const ordinalSource = (ctx: Context): string =>
  `第[\\d〇零一二两三四五六七八九十百千]+${ctx.rules.markerPattern('name-ordinal')}`;

/**
 * Where the place before a local body's suffix begins (江苏省|人民政府, 中共山东省委, 江苏省第十四届|人民代表大会):
 * reading back over place names, unknown characters and an ordinal, never over a person's name, a verb or a
 * common noun (王明代表|省人民政府: the name is 省人民政府). A lone 省/市/区 is the place abbreviated.
 */
function placeStart(ctx: Context, tokens: readonly Token[], suffixStart: number, floor: number): number {
  let i = tokenIndexAt(tokens, suffixStart);
  if (i < 0) return suffixStart;
  let start = tokens[i]!.start < suffixStart ? Math.max(floor, tokens[i]!.start) : suffixStart;
  const ordinal = ctx.rules.cached('organizations:name-ordinal', () => new RegExp(`^${ordinalSource(ctx)}$`));
  for (i--; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.start < floor) break;
    const w = t.word;
    if (ctx.rules.orgNotInName.has(w) || /^(nr|nrt|nrfg)$/.test(t.tag) || /^v/.test(t.tag)) break;
    const inPlace = ctx.regionIndex.overlapping(t.start, t.end).length > 0;
    // 受省|人民政府: jieba glued a word to the abbreviated place; only the place is the name's
    if (!inPlace && t.tag === 'x' && t.word.length > 1 && ADMIN_CHAR.test(w.slice(-1))) {
      start = t.end - 1;
      break;
    }
    if (PUNCT.test(w) || ctx.rules.marker('name-boundary').has(w) || ctx.dateIndex.overlapping(t.start, t.end).length)
      break;
    // an ordinal only right before the suffix, with the place before it (江苏省|第十四届|人民代表大会)
    if (ordinal.test(w)) {
      if (t.end !== suffixStart || start !== suffixStart) break;
      const left = tokens[i - 1];
      if (
        !left ||
        left.start < floor ||
        !(ctx.regionIndex.overlapping(left.start, left.end).length || ADMIN_CHAR.test(left.word.slice(-1)))
      )
        break;
      start = t.start;
      continue;
    }
    const ok = inPlace || /^(ns|nt|nz|j)$/.test(t.tag) || ADMIN_CHAR.test(w.slice(-1));
    if (!ok) break;
    start = t.start;
  }
  return start;
}

function isGeneric(ctx: Context, name: string, prefix: string, bare = false): boolean {
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

function fromSuffix(ctx: Context, sentence: Sentence, m: LexiconMatch<Ref<OrgSuffixRule>>): OrgMention | null {
  const result = readSuffixName(ctx, sentence, m);
  if (typeof result === 'string') {
    if (ctx.tracing)
      ctx.note({
        stage: 'organization',
        start: m.start,
        end: m.end,
        rule: m.value.ref,
        verdict: 'dropped',
        message: result,
      });
    return null;
  }
  return result;
}

/** Does the text just before `pos` (not reaching before `floor`) end in a place: a region, or a name with an administrative suffix? */
function endsInPlace(ctx: Context, pos: number, floor: number): boolean {
  // 山东|省政府, 市南|区政府: the suffix's first character may close the place's name.
  const region = ctx.regionIndex
    .overlapping(pos - 1, pos + 1)
    .find((r) => (r.end === pos || r.end === pos + 1) && r.start >= floor);
  if (region) return true;
  // 苏州市|人民政府, and 省|人民政府 where the text has named the province before
  return /[市省区县州镇乡旗盟]$/.test(ctx.doc.match.slice(floor, pos));
}

/** Length of an ordinal (第十四届) right before `pos`, or 0: a place's congress is named with its term. */
function ordinalBefore(ctx: Context, floor: number, pos: number): number {
  const re = ctx.rules.cached('organizations:ordinal-before', () => new RegExp(`${ordinalSource(ctx)}$`));
  return re.exec(ctx.doc.match.slice(floor, pos))?.[0].length ?? 0;
}

/** Tokens of the stretch between punctuation a name ending in suffix `m` lies in (names do not cross punctuation). */
function suffixWindow(ctx: Context, m: { start: number; end: number }): readonly Token[] {
  return ctx.tokensAround(m.start, m.end);
}

/** The name ending in suffix `m`, or why there is none. */
function readSuffixName(ctx: Context, sentence: Sentence, m: LexiconMatch<Ref<OrgSuffixRule>>): OrgMention | string {
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
  let start = rule.placeBefore
    ? placeStart(ctx, tokens, m.start, Math.max(sentence.start, m.start - MAX_NAME))
    : walkBack(ctx, tokens, sentence, m.start, rule.registered);
  // drop leading words that cannot begin a name (job titles, 全市 …)
  for (let guard = 0; guard < 3; guard++) {
    const bad = ctx.rules.orgBadStarts.matchAt(text, start, m.start);
    if (!bad) break;
    start = bad.end;
  }
  const prefix = text.slice(start, m.start);
  const placeEnd = m.start - ordinalBefore(ctx, start, m.start);
  // 莱阳市|政府 read as 莱阳|市政府: the suffix's first character closes the place
  const closesPlace =
    placeEnd === m.start &&
    placeEnd > start &&
    ADMIN_CHAR.test(text[m.start]!) &&
    tokens.some((t) => t.start < m.start && t.end > m.start && t.tag === 'ns');
  if (rule.placeBefore && !closesPlace && !endsInPlace(ctx, placeEnd, start))
    return `${m.word} needs a place before it (苏州市人民政府); ${JSON.stringify(prefix)} is none`;
  if (prefix.length < rule.minPrefix)
    return `no name before ${m.word} (reading back stopped at ${JSON.stringify(text.slice(Math.max(sentence.start, start - 4), start))})`;
  const end = rule.keepSuffix ? m.end : m.start;
  const name = ctx.doc.text.slice(start, end);
  if (end - start > MAX_NAME || (/\d/.test(prefix) && !/[A-Za-z]/.test(prefix)))
    return `${JSON.stringify(text.slice(start, end))} is too long or holds digits`;
  if (cutInsideNumber(text, start, end)) {
    return `${JSON.stringify(text.slice(start, end))} starts inside a number or after a count (二十国集团, 63个省重点实验室)`;
  }
  if (CATEGORY_BEFORE.test(text.slice(Math.max(sentence.start, start - 14), start)))
    return `${JSON.stringify(text.slice(start, end))} follows a count or determiner: a category, not a name`;
  if (afterListEnd(ctx, tokens, m.start))
    return `${m.word} follows a list's 等: the kind of the names listed, not a name`;
  if (isGeneric(ctx, text.slice(start, end), prefix, rule.minPrefix === 0))
    return `${JSON.stringify(text.slice(start, end))} is generic (orgFilters names/modifiers)`;
  if (ctx.rules.orgCategoryStarts.matchAt(text, start, end))
    return `${JSON.stringify(text.slice(start, end))} starts with a level word: a category (orgFilters categoryStarts)`;
  if (ctx.regionIndex.startingAt(start)?.end === end) return 'a bare place';
  if (
    rule.properPrefix &&
    !tokens.some(
      (t) =>
        t.start >= start && t.end <= m.start && (properish(t) || ctx.regionIndex.overlapping(t.start, t.end).length),
    )
  ) {
    return `${JSON.stringify(text.slice(start, end))}: ${m.word} needs a proper name before it (properPrefix)`;
  }
  return { start, end, name, kind: rule.kind, ref: m.value.ref, canonical: null };
}

/** 二|十国集团, 63|个省重点实验室: a name that starts inside a number or right after a count. */
function cutInsideNumber(text: string, start: number, end: number): boolean {
  return (
    start > 0 &&
    NUMERAL_CHAR.test(text[start - 1]!) &&
    (NUMERAL_CHAR.test(text[start]!) || MEASURE_START.test(text.slice(start, end)))
  );
}

/** 紫金山、太湖等实验室: a suffix right after the list word 等 (a token of its own or glued to the last item) names the kind of the items. */
function afterListEnd(ctx: Context, tokens: readonly Token[], suffixStart: number): boolean {
  const t = tokens.find((x) => x.end === suffixStart);
  if (!t) return false;
  const last = t.word.slice(-1);
  if (!ctx.rules.marker('list-word').has(last) || last.length !== 1) return false;
  return t.word.length === 1 || t.tag === 'x' || /^u/.test(t.tag);
}

/** All candidate mentions, overlapping. */
function candidates(ctx: Context): OrgMention[] {
  const { doc, rules } = ctx;
  const out: OrgMention[] = [];
  if (doc.sourceEvidence) {
    out.push({
      ...doc.sourceEvidence,
      name: doc.sourceEvidence.text,
      kind: 'media',
      ref: 'metadata#source',
      canonical: null,
    });
  }
  for (const m of rules.orgAliases.findAll(doc.match)) {
    const why = shortNameMisfit(ctx, m.start, m.end);
    if (why) {
      if (ctx.tracing)
        ctx.note({
          stage: 'organization',
          start: m.start,
          end: m.end,
          rule: m.value.ref,
          verdict: 'dropped',
          message: why,
        });
      continue;
    }
    out.push({
      start: m.start,
      end: m.end,
      name: doc.text.slice(m.start, m.end),
      kind: m.value.rule.kind,
      ref: m.value.ref,
      canonical: m.value.rule.canonical,
    });
    // 一汽解放、上汽通用五菱: a listed name that only starts with a known one is a body of its own.
    const longer = m.value.rule.kind === 'company' ? listedLongerName(ctx, m.start, m.end) : null;
    if (longer)
      out.push({
        start: m.start,
        end: longer,
        name: doc.text.slice(m.start, longer),
        kind: m.value.rule.kind,
        ref: m.value.ref,
        canonical: null,
      });
  }
  for (const sentence of ctx.sentences) {
    const suffixes = rules.orgSuffixes.findEvery(doc.match, sentence.start, sentence.end);
    if (suffixes.length === 0) continue;
    // keep the longest suffix ending at each position (有限公司 over 公司)
    const byEnd = new Map<number, LexiconMatch<Ref<OrgSuffixRule>>>();
    for (const s of suffixes) {
      const prev = byEnd.get(s.end);
      if (!prev || s.end - s.start > prev.end - prev.start) byEnd.set(s.end, s);
    }
    for (const s of byEnd.values()) {
      const m = fromSuffix(ctx, sentence, s);
      if (m) out.push(m);
      if (m && !s.value.rule.keepSuffix) {
        // 特锐德子公司特来电签署…: the subsidiary's own name follows the relation word.
        const after = SUBSIDIARY_NAME.exec(doc.match.slice(s.end, Math.min(sentence.end, s.end + 12)));
        if (after)
          out.push({
            start: s.end,
            end: s.end + after[1]!.length,
            name: doc.text.slice(s.end, s.end + after[1]!.length),
            kind: s.value.rule.kind,
            ref: s.value.ref,
            canonical: null,
          });
      }
    }
    // jieba's nt tag: a token it knows as an organization, ending in a suffix (its nt list
    // also holds places like 中国区 and fields like 新兴产业, which end in none).
    for (const s of byEnd.values()) {
      for (const t of suffixWindow(ctx, s)) {
        if (
          t.tag !== 'nt' ||
          t.end !== s.end ||
          t.word.length < 3 ||
          rules.orgGenericNames.has(t.word) ||
          cutInsideNumber(doc.match, t.start, t.end)
        )
          continue;
        out.push({
          start: t.start,
          end: t.end,
          name: doc.text.slice(t.start, t.end),
          kind: s.value.rule.kind,
          ref: 'jieba#nt',
          canonical: null,
        });
      }
    }
  }
  for (const p of findPatternMatches(ctx, 'organization')) {
    const span = p.groups.name ?? { start: p.start, end: p.end };
    out.push({
      ...span,
      name: doc.text.slice(span.start, span.end),
      kind: (p.rule.kind as OrgKind | undefined) ?? 'other',
      ref: p.ref,
      canonical: p.rule.canonical ?? null,
    });
  }
  return out.filter((m) => !ctx.isQuoted(m.start, m.end) || m.ref === 'metadata#source');
}

/** Names of this length or shorter are checked against word boundaries (国网 in 我国|网络). */
const SHORT_NAME = 2;
/** A name of three characters must at least start a word (其中|石油 holds no 中石油). */
const START_CHECKED = 3;

/**
 * Why a short name found in the text is not a mention of its body, or null: it starts or ends
 * inside a jieba word (我国|网络 holds no 国网), or a field word follows it (石化行业 is the industry).
 */
function shortNameMisfit(ctx: Context, start: number, end: number): string | null {
  const text = ctx.doc.match;
  if (ctx.rules.orgShortNotFollowedBy.matchAt(text, end))
    return `${text.slice(start, end)} is followed by a field word: the field, not the body (orgFilters shortNotFollowedBy)`;
  if (end - start > START_CHECKED) return null;
  const both = end - start <= SHORT_NAME;
  // a few characters either way tell the words the name's ends fall in, at a fraction of a stretch's cost
  // (a short name may occur thousands of times on a long page)
  const a = wordWindowStart(text, start);
  const b = wordWindowEnd(text, end);
  // the same few characters recur all over a long page (…的华为公司…): judged once per document
  const seen = ctx.cache('organizations:word-boundary', () => new Map<string, boolean>());
  const key = `${both ? 2 : 1}:${start - a}:${end - a}:${text.slice(a, b)}`;
  let crosses = seen.get(key);
  if (crosses === undefined) {
    // a word jieba knows (我国, 网络); not characters it could not place (像檬豆)
    crosses = ctx
      .tokensIn(a, b)
      .some((t) => t.tag !== 'x' && ((t.start < start && t.end > start) || (both && t.start < end && t.end > end)));
    seen.set(key, crosses);
  }
  return crosses ? `${text.slice(start, end)} lies inside a longer word` : null;
}

/** How far the words around a short name are read: no jieba word we care about is longer. */
const WORD_WINDOW = 4;
const WINDOW_STOP = /[\s,，。、;；:：!！?？“”"'《》【】()（）]/;
function wordWindowStart(text: string, start: number): number {
  let a = start;
  while (a > 0 && start - a < WORD_WINDOW && !WINDOW_STOP.test(text[a - 1]!)) a--;
  return a;
}
function wordWindowEnd(text: string, end: number): number {
  let b = end;
  while (b < text.length && b - end < WORD_WINDOW && !WINDOW_STOP.test(text[b]!)) b++;
  return b;
}

/** Digits and numerals then a measure word: a list ending 等148个… counts things (models, projects), not bodies. */
const COUNTED = /^[\d一二两三四五六七八九十百千万余多几]+(?:个|款|项|种|类|套|件)/;

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
    if (!/^[\u4e00-\u9fffA-Za-z·-]+$/.test(t.word) || /^(p|c|u|uj|r|m|q|d|ad|f|t)$/.test(t.tag)) return null;
    // a clause, not a name: 华为云也联合卡奥斯
    if (ctx.rules.orgBadStarts.has(t.word) || ctx.rules.orgAliases.matchAt(text, t.start)) return null;
    // a place after the name makes a branch or a site of it (华为青岛展示中心), not another company
    if (t.tag === 'ns' || ctx.regionIndex.overlapping(t.start, t.end).length) return null;
    if (!/^(n|vn|an|a|b|l|i)$/.test(t.tag)) nounsOnly = false;
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
  if (rest && COUNTED.test(text.slice(stop + rest[0].length, stop + rest[0].length + 8))) return null;
  return stop;
}

const SUBSIDIARY_NAME = /^([\u4e00-\u9fffA-Za-z]{2,8}?)(?=签署|签订|签约|与|和|同|,|，|、|。|的|在|将|正式|共同|已|于)/;

const SOURCE_RANK: Record<string, number> = { alias: 0, suffix: 1, source: 2, nt: 3 };
const rankOf = (m: OrgMention) =>
  m.ref === 'metadata#source'
    ? SOURCE_RANK.source!
    : m.ref === 'jieba#nt'
      ? SOURCE_RANK.nt!
      : m.canonical
        ? SOURCE_RANK.alias!
        : SOURCE_RANK.suffix!;

/** Characters already claimed by a mention: overlap checks cost the mention's length, not the number of mentions. */
class Occupancy {
  private readonly used: Uint8Array;
  constructor(length: number) {
    this.used = new Uint8Array(length + 1);
  }
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.used[i]) return false;
    return true;
  }
  claim(start: number, end: number): void {
    this.used.fill(1, start, end);
  }
}

/** Longest first; on equal spans, the alias table wins (it knows the canonical name). */
function selectNonOverlapping(all: OrgMention[], length: number): OrgMention[] {
  const sorted = [...all].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rankOf(a) - rankOf(b) || a.start - b.start,
  );
  const used = new Occupancy(length);
  const taken: OrgMention[] = [];
  for (const m of sorted) {
    if (!used.free(m.start, m.end)) continue;
    used.claim(m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Short forms of a company name: 青岛檬豆网络科技有限公司 → 青岛檬豆, 檬豆. */
export function shortForms(ctx: Context, name: string): string[] {
  const r = ctx.rules;
  let core = name;
  for (let guard = 0; guard < 6; guard++) {
    const m = r.orgIndustryWords.matchEndingAt(core, core.length, 2);
    if (!m) break;
    core = core.slice(0, m.start);
  }
  const forms: string[] = [];
  if (core.length >= 2 && core !== name) forms.push(core);
  const place = r.regions.matchAt(core, 0);
  if (place) {
    let rest = core.slice(place.end);
    const suffix = r.regionSuffixes.matchAt(rest, 0);
    if (suffix && rest.length - suffix.end >= 2) rest = rest.slice(suffix.end);
    if (rest.length >= 2) forms.push(rest);
  }
  return forms.filter((f) => CJK.test(f) && !r.orgGenericNames.has(f) && !r.regions.has(f) && !r.orgModifiers.has(f));
}

/** (以下简称“檬豆科技”) right after a name: the short name it introduces. */
function introducedName(ctx: Context, end: number): string | null {
  const re = ctx.rules.cached(
    'organizations:introduced-name',
    () => new RegExp(`^[(（]${ctx.rules.markerPattern('short-name-intro')}[“"「]?([^”"」)）,，]{2,12})[”"」]?[)）]`),
  );
  return re.exec(ctx.doc.match.slice(end, end + 24))?.[1] ?? null;
}

/**
 * The list item starting (dir 1) or ending (dir -1) at `pos`: up to punctuation,
 * a list word (等, 与 …) or a verb. Null unless it reads like a name: 2–8
 * characters, not made of common nouns only (大数据、云计算 are fields, not firms).
 */
function listItem(ctx: Context, sentence: Sentence, pos: number, dir: 1 | -1): { start: number; end: number } | null {
  const text = ctx.doc.match;
  const tokens = dir === 1 ? ctx.tokensAround(pos, pos + 1) : ctx.tokensAround(pos - 1, pos);
  let i = dir === 1 ? tokens.findIndex((t) => t.start === pos) : tokens.findIndex((t) => t.end === pos);
  if (i < 0) return null;
  let start = pos;
  let end = pos;
  let nounsOnly = true;
  while (i >= 0 && i < tokens.length) {
    const t = tokens[i]!;
    if (PUNCT.test(t.word) || ctx.rules.marker('list-word').has(t.word) || /^(v|p|c|u|uj|r|d|ad|t)$/.test(t.tag)) break;
    if (ctx.rules.orgBadStarts.has(t.word)) break;
    if (!/^(n|vn|an|a|nz|b|l|i)$/.test(t.tag)) nounsOnly = false;
    if (dir === 1) end = t.end;
    else start = t.start;
    if (end - start > 8) return null;
    i += dir;
  }
  // 北汽制造等, 一汽解放、: a verb that ends the item right before the list goes on ends the name
  const stopAt = tokens[i];
  if (dir === 1 && stopAt && end > start && /^v/.test(stopAt.tag) && !ctx.rules.orgBadStarts.has(stopAt.word)) {
    const next = tokens[i + 1];
    if (next ? ctx.rules.marker('list-word').has(next.word) : text[stopAt.end] === '、') {
      end = stopAt.end;
      i++;
      nounsOnly = false;
    }
  }
  if (end - start < 2 || nounsOnly || end - start > 8) return null;
  // places only (美国、日本): not organizations
  const own = tokens.filter((t) => t.start >= start && t.end <= end);
  const bodyWord = ctx.rules.orgSuffixes.matchEndingAt(text, end, start); // 海关 is tagged as a place
  if (!bodyWord && own.every((t) => t.tag === 'ns')) return null;
  // a place and two or more common words (中国特色社会主义): a thing of the place, not a body (全国妇联, 北京医院 are)
  const placeEnd = ctx.regionIndex.startingAt(start)?.end;
  const rest = placeEnd === undefined ? [] : own.filter((t) => t.start >= placeEnd);
  if (rest.length >= 2 && rest.every((t) => t.word.length >= 2 && /^(n|vn|an|a|b|l|i|v)$/.test(t.tag))) return null;
  if (!/^[\u4e00-\u9fffA-Za-z·-]+$/.test(text.slice(start, end))) return null;
  // 中外运、无车承运、青岛港集团: an item between two 、 that a verb cut short is a fragment, not a name.
  if (
    dir === 1 &&
    i < tokens.length &&
    !ctx.rules.marker('list-word').has(tokens[i]!.word) &&
    !PUNCT.test(tokens[i]!.word)
  ) {
    const rest = tokens.slice(i);
    if (text[rest[rest.length - 1]!.end] === '、' && !rest.some((t) => ctx.rules.marker('list-word').has(t.word)))
      return null;
  }
  return { start, end };
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
  if (!t || (t.tag === 'x' && !CJK.test(t.word))) return true;
  return ctx.rules.marker('list-word').has(t.word) || !/^(n|vn|nz|nt|ns|j|x|eng|l|an|b)$/.test(t.tag);
}

/**
 * Names listed next to a known organization are organizations too:
 * 青岛城运控股、酷特智能等 / 与科大讯飞、安徽凯密克签订. Items that are places,
 * people or generic phrases are not.
 */
function coordinated(
  ctx: Context,
  known: readonly OrgMention[],
  people: ReadonlySet<string>,
  seeds: readonly OrgMention[] = known,
): OrgMention[] {
  const { doc, rules } = ctx;
  const text = doc.match;
  const out: OrgMention[] = [];
  const taken = new Occupancy(text.length);
  for (const k of known) taken.claim(k.start, k.end);
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
      const item = listItem(ctx, sentence, at, dir);
      if (!item || !taken.free(item.start, item.end)) continue;
      const word = text.slice(item.start, item.end);
      if (rules.regions.has(word) || ctx.regionIndex.startingAt(item.start)?.end === item.end) continue;
      if (rules.orgGenericNames.has(word) || people.has(word) || ctx.isQuoted(item.start, item.end)) continue;
      if (rules.orgNotInName.findAll(word).length) continue;
      // a name right after a job title is a person's (教授孙松林), and so is one ending in a title (王明主席)
      if (
        rules.titles.matchEndingAt(text, item.start, sentence.start) ||
        rules.titles.matchEndingAt(text, item.end, item.start + 1)
      )
        continue;
      // The kind of a listed name is only as sure as its neighbour's: companies list with companies.
      const kind =
        rules.orgSuffixes.matchEndingAt(text, item.end, item.start)?.value.rule.kind ??
        (m.kind === 'company' ? 'company' : 'other');
      const found: OrgMention = {
        ...item,
        name: doc.text.slice(item.start, item.end),
        kind,
        ref: 'organizations#coordination',
        canonical: null,
      };
      out.push(found);
      taken.claim(found.start, found.end);
      queue.push(found);
    }
  }
  return out;
}

/**
 * Forms of a local body's name with its place abbreviated: 青岛市科技局 → 市科技局, 江苏省人民政府 →
 * 省人民政府 and 省政府, 青岛市市南区政府 → 区政府. Found again in the text, they name that body.
 */
export function placeAbbreviations(ctx: Context, name: string): string[] {
  const out: string[] = [];
  let rest = name;
  for (let guard = 0; guard < 3; guard++) {
    let cut = -1;
    for (let p = 2; p < rest.length - 1 && p <= 8; p++) {
      if (ADMIN_CHAR.test(rest[p]!) && !ADMIN_CHAR.test(rest[p - 1]!)) {
        cut = p;
        break;
      }
    }
    if (cut < 0) break;
    rest = rest.slice(cut);
    out.push(rest);
    rest = rest.slice(1);
  }
  const forms = out.length ? [out[out.length - 1]!] : [];
  // 省第十四届人民代表大会 is also written 省人民代表大会, 省人大
  const ordinal = ctx.rules.cached('organizations:ordinal-inside', () => new RegExp(ordinalSource(ctx)));
  for (const f of [...forms]) if (ordinal.test(f)) forms.push(f.replace(ordinal, ''));
  for (const f of [...forms]) forms.push(...suffixVariants(ctx, f));
  return forms.filter((f) => !ctx.rules.regions.has(f));
}

/** The other spellings of a name's suffix (省人民政府 → 省政府; 省政府 → 省人民政府). */
function suffixVariants(ctx: Context, name: string): string[] {
  const out: string[] = [];
  for (const [long, short] of ctx.rules.orgSuffixVariants) {
    if (name.endsWith(long)) out.push(name.slice(0, -long.length) + short);
    else if (name.endsWith(short) && name.length > short.length) out.push(name.slice(0, -short.length) + long);
  }
  return out;
}

/** One key for the spellings of one body: 江苏省人民政府 and 江苏省政府. */
function bodyKey(ctx: Context, name: string): string {
  for (const [long, short] of ctx.rules.orgSuffixVariants)
    if (name.endsWith(long)) return name.slice(0, -long.length) + short;
  return name;
}

/**
 * Every occurrence of each form, left to right without overlapping itself, in one pass over the
 * text. Forms are indexed by their first two characters: a long page finds thousands of names,
 * hundreds of them starting with 中, and a first-character index would try them all at every 中.
 */
function occurrencesOf(text: string, forms: Iterable<string>): Map<string, number[]> {
  const byPair = new Map<number, string[]>();
  const firsts = new Uint8Array(65536);
  for (const f of forms) {
    if (f.length < 2) continue; // a name has two characters at least
    const key = f.charCodeAt(0) * 65536 + f.charCodeAt(1);
    const list = byPair.get(key);
    if (list) list.push(f);
    else byPair.set(key, [f]);
    firsts[f.charCodeAt(0)] = 1;
  }
  const occurrences = new Map<string, number[]>();
  const freeFrom = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!firsts[c]) continue;
    const list = byPair.get(c * 65536 + text.charCodeAt(i + 1));
    if (!list) continue;
    for (const f of list) {
      if (!text.startsWith(f, i) || i < (freeFrom.get(f) ?? 0)) continue;
      freeFrom.set(f, i + f.length);
      const at = occurrences.get(f);
      if (at) at.push(i);
      else occurrences.set(f, [i]);
    }
  }
  return occurrences;
}

/** A listed name of unknown kind takes the kind of a company in the same 、 list (华夏基石、远望谷、歌力思、酷特智能). */
function listKinds(ctx: Context, mentions: OrgMention[]): OrgMention[] {
  const text = ctx.doc.match;
  const isCompanyAt = new Set(mentions.filter((m) => m.kind === 'company').map((m) => m.start));
  const listBreak = /[\s,，。;；:：!！?？“”"《》()（）]/;
  return mentions.map((m) => {
    if (m.ref !== 'organizations#coordination' || m.kind !== 'other') return m;
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

export function extractOrganizations(ctx: Context, people: ReadonlySet<string> = new Set()): OrgEntity[] {
  const { doc } = ctx;
  const length = doc.match.length;
  const first = selectNonOverlapping(candidates(ctx), length);
  // Lists beside an international body or a party are of countries and ideas: they seed no names.
  const seeds = first.filter((m) => !(m.canonical && m.kind === 'other'));
  const primary = selectNonOverlapping([...first, ...coordinated(ctx, first, people, seeds)], length);

  // Short forms of company names, and names the text introduces with 简称.
  const fullOf = new Map<string, OrgMention>();
  /** Forms read off a name (not introduced by 简称): where jieba takes one for a common word (旅游, 石化), it is that word. */
  const derived = new Set<string>();
  for (const m of primary) {
    const forms = m.canonical ? [] : m.kind === 'company' ? shortForms(ctx, m.name) : [];
    for (const f of forms) derived.add(f);
    const intro = introducedName(ctx, m.end);
    if (intro) forms.unshift(intro);
    for (const f of forms) if (!fullOf.has(f) && f !== m.name) fullOf.set(f, m);
    if (intro) derived.delete(intro);
  }
  // A derived form names the body only where it reads as a name: some word of it is a proper
  // noun, or one jieba does not know (檬豆, 华夏|基石); 旅游, 文化|旅游 and a lone place (江淮) are not.
  // Judged once per form, on its own words (a form may occur thousands of times).
  const common = new Map<string, boolean>();
  const commonWordAt = (at: number, f: string) => {
    let verdict = common.get(f);
    if (verdict === undefined) {
      const own = ctx.tokensIn(at, at + f.length);
      verdict =
        (own.length === 1 && own[0]!.tag === 'ns') || !own.some((t) => /^(ns|nz|nr|nrt|nrfg|nt|j|x|eng)$/.test(t.tag));
      common.set(f, verdict);
    }
    return verdict;
  };
  // A local body's name with its place abbreviated (市科技局) is that body's when exactly one
  // body in the document abbreviates so (青岛市科技局, not also 济南市科技局).
  const abbreviated = new Map<string, OrgMention | null>();
  for (const m of primary) {
    if (m.kind !== 'government' || m.canonical) continue;
    for (const f of placeAbbreviations(ctx, m.name)) {
      if (f === m.name) continue;
      const prev = abbreviated.get(f);
      if (prev === undefined) abbreviated.set(f, m);
      else if (prev && bodyKey(ctx, prev.name) !== bodyKey(ctx, m.name)) abbreviated.set(f, null);
    }
  }
  for (const [f, m] of abbreviated) if (m && !fullOf.has(f)) fullOf.set(f, m);
  // An abbreviated place refers back: only after the fuller name has been read (市政府 before 莱西市政府 is another city's).
  const firstFull = new Map<string, number>();
  for (const m of primary) {
    const k = bodyKey(ctx, m.name);
    if (!firstFull.has(k) || m.start < firstFull.get(k)!) firstFull.set(k, m.start);
  }
  const refersBack = (f: string, m: OrgMention, at: number) =>
    !abbreviated.has(f) || at > (firstFull.get(bodyKey(ctx, m.name)) ?? 0);
  // A listed name that begins exactly one company name of the document, after its place, is
  // that company's (无车承运 for 青岛无车承运服务中心有限公司).
  const companies = primary.filter(
    (m) => m.kind === 'company' && !m.canonical && m.ref !== 'organizations#coordination',
  );
  const companyBegun = (name: string): OrgMention | undefined => {
    const owners = companies.filter((c) => {
      const place = ctx.rules.regions.matchAt(c.name, 0);
      const core = place ? c.name.slice(place.end).replace(/^[市省区县]/, '') : c.name;
      return c.name !== name && core.length > name.length && core.startsWith(name);
    });
    return owners.length === 1 ? owners[0] : undefined;
  };
  // A mention found on its own that is a short form (檬豆公司) joins its full name.
  const joined = primary.map((p) => {
    if (p.canonical) return p;
    if (p.ref === 'organizations#coordination' && p.name.length >= 3) {
      const owner = companyBegun(p.name);
      if (owner) return { ...p, fullName: owner.name, kind: owner.kind };
    }
    const tail = ctx.rules.marker('short-name-tail').matchEndingAt(p.name, p.name.length);
    const core = tail ? p.name.slice(0, tail.start) : p.name;
    const form = fullOf.has(p.name) ? p.name : core;
    const full = fullOf.get(form);
    if (full && !refersBack(form, full, p.start)) return p;
    return full && full.name !== p.name ? { ...p, fullName: full.name, kind: full.kind } : p;
  });
  // Every form's occurrences: the short forms, and a found name named again where no rule
  // finds it (来源：央视网 … 央视网消息).
  const target = new Map<string, { readonly mention: OrgMention; readonly fullName: string }>();
  for (const [f, m] of fullOf) target.set(f, { mention: m, fullName: m.name });
  for (const p of joined)
    if (!p.canonical && !target.has(p.name)) target.set(p.name, { mention: p, fullName: p.fullName ?? p.name });
  const occurrences = occurrencesOf(doc.match, target.keys());
  const extra: OrgMention[] = [];
  const fromShortForm = new Set<OrgMention>();
  for (const [f, { mention: m, fullName }] of target) {
    for (const at of occurrences.get(f) ?? []) {
      const tail = ctx.rules.marker('short-name-tail').matchAt(doc.match, at + f.length);
      const end = tail ? tail.end : at + f.length;
      if (ctx.isQuoted(at, end) || shortNameMisfit(ctx, at, at + f.length) || !refersBack(f, m, at)) continue;
      if (derived.has(f) && !tail && commonWordAt(at, f)) continue;
      const mention: OrgMention = {
        start: at,
        end,
        name: doc.text.slice(at, end),
        kind: m.kind,
        ref: m.ref,
        canonical: m.canonical,
        fullName,
      };
      extra.push(mention);
      if (fullOf.has(f)) fromShortForm.add(mention);
    }
  }
  const named = new Occupancy(length);
  for (const p of joined) named.claim(p.start, p.end);
  const found = selectNonOverlapping([...joined, ...extra.filter((e) => named.free(e.start, e.end))], length);
  // Names listed next to a short form found only now (华夏基石、远望谷): one more round, seeded by those alone.
  const shortFound = found.filter((m) => fromShortForm.has(m) && m.end - m.start >= 3);
  const more = shortFound.length ? coordinated(ctx, found, people, shortFound) : [];
  const mentions = listKinds(ctx, more.length ? selectNonOverlapping([...found, ...more], length) : found);

  // One entity per body: its canonical name, its spellings of one suffix taken as one (省政府 / 省人民政府).
  const byKey = new Map<string, OrgMention[]>();
  const keyOf = (m: OrgMention) => m.canonical ?? bodyKey(ctx, m.fullName ?? m.name);
  for (const m of mentions) {
    const k = keyOf(m);
    const list = byKey.get(k);
    if (list) list.push(m);
    else byKey.set(k, [m]);
  }
  if (ctx.tracing) {
    const kept = new Set(mentions.map((x) => `${x.start}:${x.end}`));
    for (const m of [...first, ...extra]) {
      if (!kept.has(`${m.start}:${m.end}`)) {
        ctx.note({
          stage: 'organization',
          start: m.start,
          end: m.end,
          rule: m.ref,
          verdict: 'dropped',
          message: `${m.name}: overlapped by a longer name`,
        });
      }
    }
  }
  const entities: OrgEntity[] = [];
  for (const list of byKey.values()) {
    const forms = [...new Set(list.map((m) => m.name))];
    const name = forms.reduce((a, b) => (b.length > a.length ? b : a));
    const lead = list.find((m) => m.canonical) ?? list.find((m) => !m.fullName) ?? list[0]!;
    const canonical = lead.canonical ?? name;
    entities.push({ canonical, name, kind: lead.kind, ref: lead.ref, mentions: list, forms });
    if (ctx.tracing)
      ctx.note({
        stage: 'organization',
        start: list[0]!.start,
        end: list[0]!.end,
        rule: lead.ref,
        verdict: 'kept',
        message: `${name} (${lead.kind}), canonical ${canonical}, ${list.length} mention(s): ${forms.join(' / ')}`,
      });
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

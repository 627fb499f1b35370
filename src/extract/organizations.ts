// Organizations: found by suffix (…有限公司, …管委), by name (the alias tables),
// by jieba's `nt` tag and as the page's source; then merged into one entity per
// organization per document, with its short forms (青岛檬豆网络科技有限公司 /
// 青岛檬豆 / 檬豆 / 檬豆公司) and the short names the text introduces (简称X).
import type { Context } from './context.js';
import type { OrgKind } from '../facts.js';
import type { Token } from '../segment/tokens.js';
import type { Sentence } from '../segment/sentences.js';
import { Lexicon, type LexiconMatch } from '../rules/lexicon.js';
import type { Ref } from '../rules/ruleset.js';
import type { OrgSuffixRule } from '../rules/schema.js';
import { findPatternMatches } from './patterns.js';

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
const CATEGORY_BEFORE = /(?:[\d一二两三四五六七八九十百千万余多几]+(?:家|个|所|批|类|些|座)[省市区县国家级以上下的重点各类]{0,7}|[这那各每该本其此]|[等及和与]类)$/;

/**
 * Walks back from a suffix over the tokens that can be part of a name: places,
 * proper nouns, nouns, unknown characters; a verb only right after a proper noun
 * (北京通用人工智能研究院). Stops at punctuation, particles, prepositions, numbers.
 */
function walkBack(ctx: Context, tokens: readonly Token[], sentence: Sentence, suffixStart: number, registered: boolean): number {
  const text = ctx.doc.match;
  let i = tokenIndexAt(tokens, suffixStart);
  if (i < 0) return suffixStart;
  let start = tokens[i]!.start < suffixStart ? tokens[i]!.start : suffixStart;
  // If the suffix starts inside a token (科技局 → 科技|局 or one token), that token's head belongs to the name.
  if (tokens[i]!.start < suffixStart && (PUNCT.test(text.slice(tokens[i]!.start, suffixStart)) || STOP_TAGS.test(tokens[i]!.tag))) start = suffixStart;
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
    if (/^v[dgi]?$/.test(t.tag) || ctx.rules.orgBadStarts.has(w)) {
      const left = tokens[i - 1];
      if (!left || !PROPER.test(left.tag) || left.start < sentence.start) break;
    }
    start = t.start;
    i--;
  }
  return start;
}

function isGeneric(ctx: Context, name: string, prefix: string): boolean {
  const r = ctx.rules;
  if (r.orgGenericNames.has(name)) return true;
  if (!prefix) return true;
  // The prefix made only of modifier words (上市, 龙头, 国家重点 …) names a kind of body, not one body.
  let rest = prefix;
  while (rest) {
    let cut = 0;
    for (let len = Math.min(rest.length, 6); len >= 1; len--) {
      if (r.orgModifiers.has(rest.slice(0, len))) {
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
    if (ctx.tracing) ctx.note({ stage: 'organization', start: m.start, end: m.end, rule: m.value.ref, verdict: 'dropped', message: result });
    return null;
  }
  return result;
}

/** Does the text just before `pos` (not reaching before `floor`) end in a place: a region, or a name with an administrative suffix? */
function endsInPlace(ctx: Context, pos: number, floor: number): boolean {
  // 山东|省政府, 市南|区政府: the suffix's first character may close the place's name.
  const region = ctx.regionIndex.overlapping(pos - 1, pos + 1).find((r) => (r.end === pos || r.end === pos + 1) && r.start >= floor);
  if (region) return true;
  return /[市省区县州镇乡旗盟]$/.test(ctx.doc.match.slice(floor, pos)) && pos - floor >= 2;
}

/** Tokens of the stretch between punctuation a name ending in suffix `m` lies in (names do not cross punctuation). */
function suffixWindow(ctx: Context, m: { start: number; end: number }): readonly Token[] {
  return ctx.tokensAround(m.start, m.end);
}

/** The name ending in suffix `m`, or why there is none. */
function readSuffixName(ctx: Context, sentence: Sentence, m: LexiconMatch<Ref<OrgSuffixRule>>): OrgMention | string {
  const text = ctx.doc.match;
  const rule = m.value.rule;
  if (ctx.rules.orgSuffixNotFollowedBy.matchAt(text, m.end, sentence.end)) return `${m.word} modifies the word after it (orgFilters suffixNotFollowedBy)`;
  const tokens = suffixWindow(ctx, m);
  // A suffix inside a generic word is no suffix (做实上市公司: 上市公司 names a kind of company).
  const own = tokens[tokenIndexAt(tokens, m.start)];
  if (own && own.start < m.start && own.end >= m.end && ctx.rules.orgGenericNames.has(own.word)) return `inside the generic word ${own.word}`;
  let start = walkBack(ctx, tokens, sentence, m.start, rule.registered);
  // drop leading words that cannot begin a name (job titles, 全市 …)
  for (let guard = 0; guard < 3; guard++) {
    const bad = ctx.rules.orgBadStarts.matchAt(text, start, m.start);
    if (!bad) break;
    start = bad.end;
  }
  const prefix = text.slice(start, m.start);
  if (rule.placeBefore && !endsInPlace(ctx, m.start, start)) return `${m.word} needs a place before it (苏州市人民政府); ${JSON.stringify(prefix)} is none`;
  if (prefix.length < rule.minPrefix) return `no name before ${m.word} (reading back stopped at ${JSON.stringify(text.slice(Math.max(sentence.start, start - 4), start))})`;
  const end = rule.keepSuffix ? m.end : m.start;
  const name = ctx.doc.text.slice(start, end);
  if (end - start > MAX_NAME || /\d/.test(prefix) && !/[A-Za-z]/.test(prefix)) return `${JSON.stringify(text.slice(start, end))} is too long or holds digits`;
  if (CATEGORY_BEFORE.test(text.slice(Math.max(sentence.start, start - 14), start))) return `${JSON.stringify(text.slice(start, end))} follows a count or determiner: a category, not a name`;
  if (isGeneric(ctx, text.slice(start, end), prefix)) return `${JSON.stringify(text.slice(start, end))} is generic (orgFilters names/modifiers)`;
  if (ctx.rules.orgCategoryStarts.matchAt(text, start, end)) return `${JSON.stringify(text.slice(start, end))} starts with a level word: a category (orgFilters categoryStarts)`;
  if (ctx.regionIndex.startingAt(start)?.end === end) return 'a bare place';
  return { start, end, name, kind: rule.kind, ref: m.value.ref, canonical: null };
}

/** All candidate mentions, overlapping. */
function candidates(ctx: Context): OrgMention[] {
  const { doc, rules } = ctx;
  const out: OrgMention[] = [];
  if (doc.sourceEvidence) {
    out.push({ ...doc.sourceEvidence, name: doc.sourceEvidence.text, kind: 'media', ref: 'metadata#source', canonical: null });
  }
  for (const m of rules.orgAliases.findAll(doc.match)) {
    out.push({ start: m.start, end: m.end, name: doc.text.slice(m.start, m.end), kind: m.value.rule.kind, ref: m.value.ref, canonical: m.value.rule.canonical });
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
        if (after) out.push({ start: s.end, end: s.end + after[1]!.length, name: doc.text.slice(s.end, s.end + after[1]!.length), kind: s.value.rule.kind, ref: s.value.ref, canonical: null });
      }
    }
    // jieba's nt tag: a token it knows as an organization, ending in a suffix (its nt list
    // also holds places like 中国区 and fields like 新兴产业, which end in none).
    for (const s of byEnd.values()) {
      for (const t of suffixWindow(ctx, s)) {
        if (t.tag !== 'nt' || t.end !== s.end || t.word.length < 3 || rules.orgGenericNames.has(t.word)) continue;
        out.push({ start: t.start, end: t.end, name: doc.text.slice(t.start, t.end), kind: s.value.rule.kind, ref: 'jieba#nt', canonical: null });
      }
    }
  }
  for (const p of findPatternMatches(ctx, 'organization')) {
    const span = p.groups.name ?? { start: p.start, end: p.end };
    out.push({ ...span, name: doc.text.slice(span.start, span.end), kind: (p.rule.kind as OrgKind | undefined) ?? 'other', ref: p.ref, canonical: p.rule.canonical ?? null });
  }
  return out.filter((m) => !ctx.isQuoted(m.start, m.end) || m.ref === 'metadata#source');
}

const SUBSIDIARY_NAME = /^([\u4e00-\u9fffA-Za-z]{2,8}?)(?=签署|签订|签约|与|和|同|,|，|、|。|的|在|将|正式|共同|已|于)/;

const SOURCE_RANK: Record<string, number> = { alias: 0, suffix: 1, source: 2, nt: 3 };
const rankOf = (m: OrgMention) =>
  m.ref === 'metadata#source' ? SOURCE_RANK.source! : m.ref === 'jieba#nt' ? SOURCE_RANK.nt! : m.canonical ? SOURCE_RANK.alias! : SOURCE_RANK.suffix!;

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
  const sorted = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || rankOf(a) - rankOf(b) || a.start - b.start);
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
  const re = ctx.rules.cached('organizations:introduced-name', () => new RegExp(`^[(（]${ctx.rules.markerPattern('short-name-intro')}[“"「]?([^”"」)）,，]{2,12})[”"」]?[)）]`));
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
    if (PUNCT.test(t.word) || ctx.rules.marker('list-word').has(t.word) || /^(v|p|c|u|uj|r)$/.test(t.tag)) break;
    if (ctx.rules.orgBadStarts.has(t.word)) break;
    if (!/^(n|vn|an|a|nz|b|l|i)$/.test(t.tag)) nounsOnly = false;
    if (dir === 1) end = t.end;
    else start = t.start;
    if (end - start > 8) return null;
    i += dir;
  }
  if (end - start < 2 || nounsOnly) return null;
  if (!/^[\u4e00-\u9fffA-Za-z·-]+$/.test(text.slice(start, end))) return null;
  return { start, end };
}

/**
 * Names listed next to a known organization are organizations too:
 * 青岛城运控股、酷特智能等 / 与科大讯飞、安徽凯密克签订. Items that are places,
 * people or generic phrases are not.
 */
function coordinated(ctx: Context, known: readonly OrgMention[], people: ReadonlySet<string>): OrgMention[] {
  const { doc, rules } = ctx;
  const text = doc.match;
  const out: OrgMention[] = [];
  const taken = new Occupancy(text.length);
  for (const k of known) taken.claim(k.start, k.end);
  // A queue read by index: shift() would move the whole array each time.
  const queue = [...known];
  for (let q = 0; q < queue.length; q++) {
    const m = queue[q]!;
    const sentence = ctx.sentenceAt(m.start);
    if (!sentence) continue;
    const sides: { at: number; dir: 1 | -1 }[] = [];
    if (text[m.end] === '、') sides.push({ at: m.end + 1, dir: 1 });
    if (text[m.start - 1] === '、') sides.push({ at: m.start - 1, dir: -1 });
    for (const { at, dir } of sides) {
      const item = listItem(ctx, sentence, at, dir);
      if (!item || !taken.free(item.start, item.end)) continue;
      const word = text.slice(item.start, item.end);
      if (rules.regions.has(word) || ctx.regionIndex.startingAt(item.start)?.end === item.end) continue;
      if (rules.orgGenericNames.has(word) || people.has(word) || ctx.isQuoted(item.start, item.end)) continue;
      if (rules.orgNotInName.findAll(word).length) continue;
      // a name right after a job title is a person's (教授孙松林)
      if (rules.titles.matchEndingAt(text, item.start, sentence.start)) continue;
      // The kind of a listed name is only as sure as its neighbour's: companies list with companies.
      const kind = rules.orgSuffixes.matchEndingAt(text, item.end, item.start)?.value.rule.kind ?? (m.kind === 'company' ? 'company' : 'other');
      const found: OrgMention = { ...item, name: doc.text.slice(item.start, item.end), kind, ref: 'organizations#coordination', canonical: null };
      out.push(found);
      taken.claim(found.start, found.end);
      queue.push(found);
    }
  }
  return out;
}

export function extractOrganizations(ctx: Context, people: ReadonlySet<string> = new Set()): OrgEntity[] {
  const { doc } = ctx;
  const length = doc.match.length;
  const first = selectNonOverlapping(candidates(ctx), length);
  const primary = selectNonOverlapping([...first, ...coordinated(ctx, first, people)], length);

  // Short forms of company names, and names the text introduces with 简称.
  const fullOf = new Map<string, OrgMention>();
  for (const m of primary) {
    const forms = m.canonical ? [] : m.kind === 'company' ? shortForms(ctx, m.name) : [];
    const intro = introducedName(ctx, m.end);
    if (intro) forms.unshift(intro);
    for (const f of forms) if (!fullOf.has(f) && f !== m.name) fullOf.set(f, m);
  }
  // Every occurrence of each form, left to right without overlapping itself, found in one
  // pass over the text (a search per form would cost forms × length on a long page).
  const occurrences = new Map<string, number[]>();
  const freeFrom = new Map<string, number>();
  for (const hit of new Lexicon([...fullOf.keys()].map((f) => [f, true] as const)).findEvery(doc.match)) {
    if (hit.start < (freeFrom.get(hit.word) ?? 0)) continue;
    freeFrom.set(hit.word, hit.end);
    const list = occurrences.get(hit.word);
    if (list) list.push(hit.start);
    else occurrences.set(hit.word, [hit.start]);
  }
  const extra: OrgMention[] = [];
  for (const [f, m] of fullOf) {
    for (const at of occurrences.get(f) ?? []) {
      const tail = ctx.rules.marker('short-name-tail').matchAt(doc.match, at + f.length);
      const end = tail ? tail.end : at + f.length;
      if (!ctx.isQuoted(at, end)) extra.push({ start: at, end, name: doc.text.slice(at, end), kind: m.kind, ref: m.ref, canonical: m.canonical, fullName: m.name });
    }
  }
  // A mention found on its own that is a short form (檬豆公司) joins its full name.
  const joined = primary.map((p) => {
    if (p.canonical) return p;
    const tail = ctx.rules.marker('short-name-tail').matchEndingAt(p.name, p.name.length);
    const core = tail ? p.name.slice(0, tail.start) : p.name;
    const full = fullOf.get(p.name) ?? fullOf.get(core);
    return full && full.name !== p.name ? { ...p, fullName: full.name, kind: full.kind } : p;
  });
  const named = new Occupancy(length);
  for (const p of joined) named.claim(p.start, p.end);
  const mentions = selectNonOverlapping([...joined, ...extra.filter((e) => named.free(e.start, e.end))], length);

  // One entity per canonical name.
  const byKey = new Map<string, OrgMention[]>();
  const keyOf = (m: OrgMention) => m.canonical ?? m.fullName ?? m.name;
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
        ctx.note({ stage: 'organization', start: m.start, end: m.end, rule: m.ref, verdict: 'dropped', message: `${m.name}: overlapped by a longer name` });
      }
    }
  }
  const entities: OrgEntity[] = [];
  for (const [key, list] of byKey) {
    const forms = [...new Set(list.map((m) => m.name))];
    const name = forms.reduce((a, b) => (b.length > a.length ? b : a));
    const lead = list.find((m) => m.canonical) ?? list.find((m) => !m.fullName) ?? list[0]!;
    entities.push({ canonical: key, name, kind: lead.kind, ref: lead.ref, mentions: list, forms });
    if (ctx.tracing) ctx.note({ stage: 'organization', start: list[0]!.start, end: list[0]!.end, rule: lead.ref, verdict: 'kept', message: `${name} (${lead.kind}), canonical ${key}, ${list.length} mention(s): ${forms.join(' / ')}` });
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

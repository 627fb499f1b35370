// A known name is often the head of a longer one: a unit of the body (工信部装备工业司, 公安部禁毒局,
// 中国建材水泥院), a line of its business (奔驰商用车, 华为软件技术), a site or project of it (特变电工
// 智慧产业园, 巴斯夫MDI扩建), or, with a foreign country before it, another country's body (俄罗斯外交部).
// The alias table's match alone would cut these short (国务院 from 国务院扶贫办) or give the body
// to the wrong country.
import type { Context } from '../context/context.js';
import type { Token } from '../segment/tokens.js';
import type { OrgMention } from './mentions.js';
import { PUNCT, STOP_TAGS, tokenIndexAt, verbWithResult } from './name-words.js';
import { TAG, tags } from '../segment/tags.js';
import { isGeneric } from './suffix-names.js';
import { noteOrg } from './note.js';

/** Most characters a unit's, line's or site's name adds to the known name. */
const MAX_TAIL = 12;
/** Tags that end the words after a known name: particles, prepositions, adverbs, pronouns, numbers, time words. */
const TAIL_STOP = STOP_TAGS;
/** Tags of the word that closes a line of business's name (奔驰商用车|的, 华为软件技术|与). */
const CLOSES_ITEM = tags(TAG.verb, TAG.adverbialVerb, TAG.preposition, TAG.particleDe);
/** A clause's verb: after a company's name it says what the company does (签约, 共建), not where. */
const CLAUSE_VERB = tags(TAG.verb, TAG.adverbialVerb);
/** The names a country's ministry or state office shares with ours: 外交部, 国防部, 国务院, 航天局. */
const MINISTRY_END = /[部署院局]$/;
const CJK_CHAR = /[\u4e00-\u9fff]/;
/** A Latin run, or letters and digits (DE, MDI, 5G). */
const LATIN = /^[A-Za-z0-9&.]+$/;

/** The longer name a known name `m` heads, or null. */
export function composed(ctx: Context, m: OrgMention): OrgMention | null {
  if (!mayContinue(ctx, m)) return null;
  const tokens = ctx.tokensAround(m.start, m.end);
  const tail = tailTokens(ctx, tokens, m.end);
  const whole = subBody(ctx, m, tail) ?? brandLine(ctx, m, tokens) ?? facility(ctx, m, tail);
  if (!whole || whole.projectOf) return whole;
  // 中国—东盟…合作中心: a body of two sides names both, joined by a dash
  const start = bilateralStart(ctx, m.start);
  return start < m.start ? { ...whole, start, name: ctx.doc.text.slice(start, whole.end) } : whole;
}

/**
 * Could the words after a known name make a longer one: a unit's, site's or body's word ending
 * within reach before punctuation, or a line of business right after? Read on the characters:
 * most known names are followed by none, and asking jieba for their words costs a segmentation.
 */
function mayContinue(ctx: Context, m: OrgMention): boolean {
  const { rules } = ctx;
  const text = ctx.doc.match;
  if (m.kind === 'company' && rules.orgBrandLines.matchAt(text, m.end)) return true;
  const stop = Math.min(text.length, m.end + MAX_TAIL);
  for (let k = m.end + 1; k <= stop && !PUNCT.test(text[k - 1]!); k++) {
    if (rules.orgSubBodies.matchEndingAt(text, k, m.end) || rules.orgSuffixes.matchEndingAt(text, k, m.end))
      return true;
    if (m.kind === 'company' && rules.orgFacilityWords.matchEndingAt(text, k, m.end)) return true;
  }
  return false;
}

/** Where a name starts when a place and a dash stand before it (中国—|东盟), else `start`. */
function bilateralStart(ctx: Context, start: number): number {
  const text = ctx.doc.match;
  if (!/[—－–-]/.test(text[start - 1] ?? '')) return start;
  const place = ctx.rules.regions.matchEndingAt(text, start - 1, Math.max(0, start - 6));
  return place ? place.start : start;
}

/**
 * The words after a known name that could continue it: up to punctuation, a list word, a function
 * word, a title, a date, a clause verb (批准, 设立) or another known name.
 */
function tailTokens(ctx: Context, tokens: readonly Token[], end: number): Token[] {
  const { rules } = ctx;
  const text = ctx.doc.match;
  const out: Token[] = [];
  let i = tokens.findIndex((t) => t.end > end);
  if (i < 0 || (tokens[i]!.start < end && !/^[\u4e00-\u9fff]+$/.test(tokens[i]!.word))) return out;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.word;
    if (t.end - end > MAX_TAIL || PUNCT.test(w) || (t.tag === TAG.unknown && !/^[\u4e00-\u9fffA-Za-z0-9&]+$/.test(w)))
      break;
    if (rules.marker('list-word').has(w) || rules.marker('name-boundary').has(w) || rules.titles.has(w)) break;
    // 总台|办好|奥林匹克频道: a verb with its result is the clause's
    if (rules.orgBadStarts.has(w) || verbWithResult(t) || ctx.dates.overlapping(t.start, t.end).length) break;
    // 中科院深海|所/c: jieba takes an institute's 所 for a conjunction
    if (TAIL_STOP.has(t.tag) && !LATIN.test(w) && !rules.orgSubBodies.has(w)) break;
    if (t.start >= end && rules.orgAliases.matchAt(text, t.start)) break;
    out.push(t);
  }
  return out;
}

/** Where the words after a known name end in a unit's word (司, 局, 频道) or a body's suffix (研究院), at a token's end. */
function subBody(ctx: Context, m: OrgMention, tail: readonly Token[]): OrgMention | null {
  const text = ctx.doc.match;
  for (let k = tail.length - 1; k >= 0; k--) {
    const end = tail[k]!.end;
    const unit =
      ctx.rules.orgSubBodies.matchEndingAt(text, end, m.end) ?? ctx.rules.orgSuffixes.matchEndingAt(text, end, m.end);
    if (!unit || unit.value.rule.placeBefore || !unit.value.rule.keepSuffix) continue;
    // 一汽丰田|新能源|汽车: a suffix its rule says is another word before what follows is no unit
    if (unit.value.rule.notFollowedBy.some((w) => text.startsWith(w, end))) continue;
    // 比亚迪股份有限公司|控股|子公司: a suffix that modifies the word after it is no unit
    if (ctx.rules.orgSuffixNotFollowedBy.matchAt(text, end, end + 4)) continue;
    // a one-character unit is a word of its own (禁毒|局), not the end of another (统揽全局, 大局); but an
    // institute's 所 ends its short name (中科院|物理所)
    const ownWord = unit.word.length > 1 || tail[k]!.word.length === 1 || tail[k]!.tag === TAG.organization;
    if (!ownWord && unit.value.rule.kind !== 'research') continue;
    // 北交所|上市公司: a kind of company, not a unit
    if (unit.start > m.end && isGeneric(ctx, text.slice(m.end, end), text.slice(m.end, unit.start))) continue;
    const rule = unit.value.rule;
    const kind = rule.subBody && rule.kind === 'other' ? m.kind : rule.kind;
    note(ctx, m, end, `a unit of ${m.name} (${unit.word})`);
    return { start: m.start, end, name: ctx.doc.text.slice(m.start, end), kind, ref: unit.value.ref, canonical: null };
  }
  return null;
}

/**
 * 奔驰商用车、…, 华为软件技术与…: words for a line of business right after a known company, ending the
 * list item (punctuation, a list word, a verb), name a body of their own.
 */
function brandLine(ctx: Context, m: OrgMention, tokens: readonly Token[]): OrgMention | null {
  if (m.kind !== 'company') return null;
  const text = ctx.doc.match;
  let end = m.end;
  for (let guard = 0; guard < 3; guard++) {
    const w = ctx.rules.orgBrandLines.matchAt(text, end);
    if (!w) break;
    end = w.end;
  }
  if (end === m.end) return null;
  const next = tokens[tokenIndexAt(tokens, end)];
  if (next && next.start < end) return null; // 汽车|行业 cut inside a word
  const closes =
    !next ||
    PUNCT.test(next.word) ||
    ctx.rules.marker('list-word').has(next.word) ||
    ctx.rules.marker('name-boundary').has(next.word) ||
    CLOSES_ITEM.has(next.tag) ||
    (next.tag === TAG.unknown && !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(next.word));
  if (!closes) return null;
  note(ctx, m, end, `a line of ${m.name}'s business`);
  return { start: m.start, end, name: ctx.doc.text.slice(m.start, end), kind: 'company', ref: m.ref, canonical: null };
}

/** 特变电工智慧产业园, 长城汽车DE平台: a company's site or project is the company, the whole string its alias. */
function facility(ctx: Context, m: OrgMention, tail: readonly Token[]): OrgMention | null {
  if (m.kind !== 'company' || !m.canonical) return null;
  const text = ctx.doc.match;
  for (let k = tail.length - 1; k >= 0; k--) {
    const end = tail[k]!.end;
    const word = ctx.rules.orgFacilityWords.matchEndingAt(text, end, m.end);
    if (!word) continue;
    // 海尔卡奥斯|签约|共建平台: a verb right after the company makes a clause (巴斯夫MDI扩建: the verb is the word;
    // 国家电投东莞立沙岛热电冷联产项目: a verb inside the project's name is its own)
    if (tail[0]!.end <= word.start && CLAUSE_VERB.has(tail[0]!.tag)) return null;
    note(ctx, m, end, `a site or project of ${m.name}: the company`);
    return { ...m, end, name: ctx.doc.text.slice(m.start, end), projectOf: m.name };
  }
  return null;
}

/**
 * 俄罗斯外交部, 美国国家航天局, 阿富汗民航局: a foreign country (or a place the rules do not know
 * as one of ours) before a central body's name makes it that country's body.
 */
export function foreignBody(ctx: Context, m: OrgMention): OrgMention | null {
  // a country's ministry or its government's office (外交部, 国务院); a country's name is Chinese characters
  const text = ctx.doc.match;
  if (m.kind !== 'government' || !MINISTRY_END.test(m.name) || !CJK_CHAR.test(text[m.start - 1] ?? '')) return null;
  const tokens = ctx.tokensAround(m.start, m.end);
  const before = tokens.find((t) => t.end === m.start);
  if (!before || before.word.length < 2) return null;
  // (a country the rules list as foreign counts whatever jieba tags it: 阿富汗/nr 民航局)
  const foreign = ctx.rules.regions.get(before.word)?.rule.id === 'foreign-countries';
  if (!foreign && (before.tag !== TAG.place || ctx.rules.regions.has(before.word))) return null;
  // 两国外交部, 各国卫生部: countries counted, not named
  if (/^[\d一二两三四五六七八九十几多各本我他该两]/.test(before.word)) return null;
  note(ctx, m, m.end, `${before.word}'s body, not ours`);
  return {
    start: before.start,
    end: m.end,
    name: ctx.doc.text.slice(before.start, m.end),
    kind: m.kind,
    ref: m.ref,
    canonical: null,
  };
}

function note(ctx: Context, m: OrgMention, end: number, message: string): void {
  if (ctx.tracing) noteOrg(ctx, { start: m.start, end }, m.ref, 'kept', message);
}

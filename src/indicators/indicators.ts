// Indicators: a quantity plus what it measures (label, metric), whose it is
// (region), when (period), how it changed (change) and whether it is an actual,
// a target or a plan. Quantities come from numbers/quantities.ts; their values
// from numbers/resolve.ts; this module decides which are indicators and reads
// the words around them.
import type { Context } from '../context/context.js';
import type { Sentence, Clause } from '../segment/sentences.js';
import { splitClauses } from '../segment/sentences.js';
import { findQuantities, inShortQuotation, type QuantityMatch } from '../numbers/quantities.js';
import { resolveQuantity, type Quantity } from '../numbers/resolve.js';
import type { ResolvedDate } from '../dates/resolve.js';
import type { OrgEntity } from '../organizations/organizations.js';
import { findRegions, type RegionMention } from '../places/regions.js';
import { SpanIndex } from '../segment/spans.js';
import type { Change } from '../facts.js';
import type { Token } from '../segment/tokens.js';
import type { ChangeRule } from '../rules/schema.js';
import { findPatternMatches } from '../context/patterns.js';
import { findTables } from './tables.js';
import { toMatchText } from '../document/normalize.js';

export type Status = 'actual' | 'target' | 'plan';
type Basis = Exclude<ChangeRule['basis'], 'none'> | null;

/** An indicator before ids are assigned: everything the fact will hold. */
export interface IndicatorDraft {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly metric: string | null;
  readonly label: string | null;
  readonly region: string | null;
  readonly period: string | null;
  readonly quantity: Quantity;
  /** Where the number and its unit are. */
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly value: number;
  readonly change: Change | null;
  readonly status: Status;
}

/** A quantity read as a rate of change: 同比增长3.4%, 年均分别增长17.3%. */
interface Rate {
  /** Where the phrase starts (同比 of 同比增长3.4%). */
  readonly start: number;
  readonly basis: Basis;
  readonly sign: 1 | -1 | 0;
  /** The basis and direction words as written (两年平均增长). */
  readonly words: string;
  /** 分别: the rates are a list matching a list of labels. */
  readonly respectively: boolean;
}

interface Candidate {
  readonly q: QuantityMatch;
  readonly quantity: Quantity;
  readonly clause: Clause;
  rate: Rate | null;
  label: { text: string; start: number } | null;
  metric: string | null;
  metricRef: string | null;
  change: Change | null;
  changeEnd: number;
  /** The change came from a rate further on (分别): the words after the figure are the next item's. */
  paired: boolean;
  /** A rate's distance from another's (高于全国1.7个百分点), labelled after the rate before it. */
  compared: boolean;
  consumed: boolean;
}

/** The rate phrase ending right before a quantity, if any. */
function rateBefore(ctx: Context, q: QuantityMatch, floor: number): Rate | null {
  const text = ctx.doc.match;
  const r = ctx.rules;
  let p = q.start;
  const glue = r.marker('change-glue').matchEndingAt(text, p, floor);
  if (glue) p = glue.start;
  const each = r.marker('respectively');
  let respectively = false;
  let m = each.matchEndingAt(text, p, floor);
  if (m) {
    p = m.start;
    respectively = true;
  }
  const dir = r.directions.matchEndingAt(text, p, floor);
  if (!dir) return null;
  let start = dir.start;
  m = each.matchEndingAt(text, start, floor);
  if (m) {
    start = m.start;
    respectively = true;
  }
  const basis = r.changes.matchEndingAt(text, start, floor);
  if (basis) start = basis.start;
  // 分别比上年增长: 分别 may also come before the basis.
  m = basis ? each.matchEndingAt(text, start, floor) : null;
  if (m) {
    start = m.start;
    respectively = true;
  }
  const b = basis?.value.rule.basis;
  const words = ctx.doc.text.slice(start, dir.end);
  return {
    start,
    basis: b && b !== 'none' ? b : null,
    sign: dir.value.rule.sign,
    words: each.findAll(words).reduceRight((w, x) => w.slice(0, x.start) + w.slice(x.end), words),
    respectively,
  };
}

/**
 * A run of k rates whose phrase says 分别 (or follows k levels that 分别 opens), right
 * after k levels of one class: each level takes its rate as its change, in order.
 */
function pairRespectively(ctx: Context, cands: Candidate[]): void {
  const text = ctx.doc.match;
  const each = ctx.rules.marker('respectively');
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    if (!first.rate || first.consumed || first.rate.basis === 'two_year_avg' || first.rate.basis === 'cagr') continue;
    let k = 1;
    while (i + k < cands.length && cands[i + k]!.rate && listed(text, cands[i + k - 1]!, cands[i + k]!)) k++;
    const levels = cands.slice(i - k, i);
    if (k < 2 || levels.length < k) continue;
    if (levels.some((l) => l.rate || l.change || l.consumed || l.quantity.class !== levels[0]!.quantity.class))
      continue;
    // Only punctuation between the last level and the rates' phrase; 分别 in the phrase or before the first level.
    if (!/^[\s,，;；]*$/.test(text.slice(levels[k - 1]!.q.end, first.rate.start))) continue;
    const opened =
      each.findAll(text, Math.max(levels[0]!.clause.start, levels[0]!.q.start - 6), levels[0]!.q.start).length > 0;
    if (!first.rate.respectively && !opened) continue;
    for (let j = 0; j < k; j++) {
      const level = levels[j]!;
      const rate = cands[i + j]!;
      level.change = {
        basis: rate.rate!.basis,
        value: rate.rate!.sign * rate.quantity.value,
        unit: rate.quantity.unit,
      };
      level.changeEnd = rate.q.end;
      level.paired = true;
      rate.consumed = true;
    }
    i += k - 1;
  }
}

/** Is `b` the next item of a list `a` opens (29.5%、17.8%; 15.8%和14.4%)? */
function listed(text: string, a: Candidate, b: Candidate): boolean {
  return /^\s*(?:和|、|及|与)\s*$/.test(text.slice(a.q.end, b.q.start));
}

/** 的…增幅 right after a percentage: the whole phrase names the rate. */
function rateNounAfter(ctx: Context, q: QuantityMatch, clause: Clause): RegExpExecArray | null {
  const re = ctx.rules.cached(
    'indicators:rate-noun-after',
    () => new RegExp(`^的([^,，。;；、]{1,16}?${ctx.rules.markerPattern('rate-noun')})`),
  );
  return re.exec(ctx.doc.match.slice(q.end, clause.end));
}

/** 13.8%的GDP增幅, 同比增长11.7%的固投: a rate whose subject follows it. */
function subjectAfter(
  ctx: Context,
  sentence: Sentence,
  q: QuantityMatch,
  clause: Clause,
): { label: string; start: number } | null {
  const text = ctx.doc.match;
  if (text[q.end] !== '的') return null;
  const growth = rateNounAfter(ctx, q, clause);
  if (growth) return { label: ctx.doc.text.slice(q.end + 1, q.end + growth[0].length), start: q.end + 1 };
  const noun = nounAfter(ctx, sentence, { ...q, end: q.end + 1 }, clause);
  return noun ? { label: ctx.doc.text.slice(noun.start, noun.end), start: noun.start } : null;
}

/** ,与上年持平 / ,同比持平 right after `pos`: a direction of sign 0, maybe with a comparison and a basis. */
function flatAfter(ctx: Context, pos: number, limit: number): { end: number; basis: Basis } | null {
  const text = ctx.doc.match;
  const r = ctx.rules;
  let p = pos;
  while (p < limit && /[\s,，]/.test(text[p]!)) p++;
  const cmp = r.marker('comparison').matchAt(text, p, limit);
  if (cmp) p = cmp.end;
  let basis: Basis = null;
  const b = r.changes.matchAt(text, p, limit);
  if (b) {
    p = b.end;
    basis = b.value.rule.basis === 'none' ? null : b.value.rule.basis;
  } else if (cmp) {
    // 与上年 / 与去年同期: a period word names the baseline.
    const d = ctx.dateIndex.startingAt(p);
    if (d) {
      p = d.expr.end;
      basis = 'yoy';
    }
  }
  const dir = r.directions.matchAt(text, p, limit);
  return dir && dir.value.rule.sign === 0 ? { end: dir.end, basis } : null;
}

/** Where organizations are named: a number inside a name (华为5G创新中心) is not a figure. */
function nameIndex(ctx: Context, orgs: readonly OrgEntity[]): SpanIndex<{ start: number; end: number }> {
  return ctx.cache(
    'indicators:names',
    () =>
      new SpanIndex<{ start: number; end: number }>(
        orgs.flatMap((o) => o.mentions),
        (m) => m.start,
        (m) => m.end,
      ),
  );
}

/**
 * What the items of a 分别 list share, written once after the last (化肥、农药产量 is
 * 化肥产量 and 农药产量; 工业、高新技术产业增加值 is 工业增加值 and …): the metric
 * name that ends the last item, else the noun that ends it, when every other item is
 * a word or two (智能家电). (What lies between is the last item's own: 化学需氧量排放量 gives
 * 二氧化硫排放量, at the cost of 新加坡金额 for 新加坡、英国实际对华投入外资金额.)
 * Items of more words (城镇居民人均可支配收入和农村居民人均纯收入) name themselves.
 */
function sharedHead(ctx: Context, head: { text: string; start: number }, parts: readonly string[]): string {
  const last = parts[parts.length - 1]!;
  const lastStart = head.start + head.text.lastIndexOf(last);
  const lastEnd = lastStart + last.length;
  const wordsOf = (start: number, end: number) =>
    ctx.tokensAround(start, end).filter((t) => t.start >= start && t.end <= end);
  const bare = parts.slice(0, -1).every((p) => {
    const start = head.start + head.text.indexOf(p);
    return wordsOf(start, start + p.length).length <= 2;
  });
  const words = wordsOf(lastStart, lastEnd);
  if (!bare || words.length < 2) return '';
  const folded = toMatchText(last);
  const metric = ctx.rules.metrics.findEvery(folded).filter((m) => m.end === folded.length && m.start > 0);
  if (metric.length > 0) return last.slice(Math.min(...metric.map((m) => m.start)));
  const tail = words[words.length - 1]!;
  return tail.end === lastEnd && tail.word.length >= 2 && /^(n|vn|nz|ng)$/.test(tail.tag) ? tail.word : '';
}

/**
 * A label as the metric's name: an aside in brackets within it (两化(信息化、工业化)融合指数)
 * and particles between its words (建成了5G基站) are no part of the name. A bracket that
 * ends the label stays: 地区生产总值（GDP） gives the name's own short form; so does a
 * one-character one, an alternative rather than an aside (中欧（亚）班列 is two railways).
 * A single character may name what is counted (31个省, 钢1.2亿吨), but not as a sign
 * (”, +), a measure word (这艘21万吨) or a word of grammar (可减少95%, 即增长5%): no
 * label beats a wrong one. (jieba tags the characters around digits x, whatever they are.)
 */
function labelName(ctx: Context, label: { text: string; start: number }, metric: string | null): string | null {
  const written = label.text;
  if (written.length === 1 && metric === null) {
    if (!/\p{L}/u.test(written) || ctx.rules.units.has(toMatchText(written))) return null;
    const token = ctx
      .tokensAround(label.start, label.start + 1)
      .find((t) => t.start === label.start && t.end === label.start + 1);
    if (token && GRAMMAR_TAG.test(token.tag)) return null;
  }
  const name = written.replace(/[（(][^（）()]{2,}[）)](?=.)/gu, '') || written;
  const particles = ctx.rules.marker('label-particle').findAll(toMatchText(name));
  let out = '';
  let from = 0;
  for (const m of particles) {
    if (m.start === 0 || m.end === name.length) continue;
    out += name.slice(from, m.start);
    from = m.end;
  }
  return out + name.slice(from);
}

/** Trims lead and trail words, places and dates off a label window. */
function trimLabel(ctx: Context, start: number, end: number): { start: number; end: number } {
  const text = ctx.doc.match;
  const r = ctx.rules;
  // Word boundaries, asked of jieba only when a one-character lead or trail word is to go
  // (a longer one is a word of its own): 自 is no lead of 自然岸线率, nor 均 a trail of 平均.
  // What jieba guesses (率达/x, 比达/nrt) is no word.
  let tokens: readonly Token[] | null = null;
  const boundary = (pos: number) =>
    !(tokens ??= ctx.tokensAround(start, end)).some((t) => t.start < pos && pos < t.end && !GUESSED_TAG.test(t.tag));
  const punct = /[\s,，、;；:：“”"'‘’《》()（）—\-]/;
  for (let guard = 0; guard < 40 && start < end; guard++) {
    // （六）地方财政收入, 三、…: list numbering is not part of what is measured.
    const numbering = LIST_NUMBER.exec(text.slice(start, Math.min(end, start + 6)));
    if (numbering) {
      start += numbering[0].length;
      continue;
    }
    // “新三样”出口: an opening quote closed within the label stays, unless a date or
    // place follows it (“十三五”期间…).
    const closer = PAIRS[text[start]!];
    if (
      closer !== undefined &&
      text.lastIndexOf(closer, end - 1) > start &&
      !ctx.dateIndex.startingAt(start + 1, end) &&
      !ctx.regionIndex.startingAt(start + 1, end)
    )
      break;
    if (punct.test(text[start]!)) {
      start++;
      continue;
    }
    const region = ctx.regionIndex.startingAt(start, end);
    if (region) {
      start = region.end;
      if (text[start] === '内' || text[start] === '中') start++;
      continue;
    }
    const date = ctx.dateIndex.startingAt(start, end);
    if (date) {
      start = date.expr.end;
      continue;
    }
    const lead = r.labelLead.matchAt(text, start, end);
    if (lead && (lead.end - lead.start > 1 || boundary(lead.end))) {
      start = lead.end;
      continue;
    }
    // 5年增长18.7%: a span of years before the change it qualifies (两年平均增速 keeps it).
    const span = YEARS_SPAN.exec(text.slice(start, Math.min(end, start + 4)));
    if (span && r.directions.matchAt(text, start + span[0].length, end + 4)) {
      start += span[0].length;
      continue;
    }
    break;
  }
  for (let guard = 0; guard < 20 && end > start; guard++) {
    // 地区生产总值（GDP）: a closing bracket whose opener is in the label stays.
    if (CLOSERS.has(text[end - 1]!) && opensAt(text, start, end - 1) >= 0) break;
    if (punct.test(text[end - 1]!)) {
      end--;
      continue;
    }
    const trail = r.labelTrail.matchEndingAt(text, end, start);
    if (trail && (trail.end - trail.start > 1 || boundary(trail.start))) {
      end = trail.start;
      continue;
    }
    // 占全国比重由2020年的7.2%: the starting point's date, and its 由, are no part of the label
    // (a comparison's stays: 增速比一季度提高0.6个百分点).
    const date = ctx.dateIndex.overlapping(end - 1, end).find((d) => d.expr.end === end && d.expr.start > start + 1);
    if (date && FROM.has(text[date.expr.start - 1]!)) {
      end = date.expr.start - 1;
      continue;
    }
    break;
  }
  // 特点（GDP实现1.5%: the figure is inside a bracket, and so is what it measures.
  const open = unclosed(text, start, end).at(-1);
  return open === undefined ? { start, end } : trimLabel(ctx, open + 1, end);
}

/** Tags jieba gives words it guesses (unknown runs, out-of-vocabulary names): no word boundary to respect. */
const GUESSED_TAG = /^(x|nr|nrt|nrfg|eng)$/;
const FROM = new Set(['由', '从', '自']);
const YEARS_SPAN = /^(?:\d|[一二两三四五六七八九十])年(?!代|度)/;
const LIST_NUMBER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))/;
const PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '(': ')',
  '“': '”',
  '《': '》',
  '「': '」',
  '【': '】',
  '‘': '’',
};
const CLOSERS = new Set(Object.values(PAIRS));

/** Offsets of the brackets and quotes opened in [start, end) and not closed there, innermost last. */
function unclosed(text: string, start: number, end: number): number[] {
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (PAIRS[c] !== undefined) stack.push(i);
    else if (CLOSERS.has(c) && stack.length > 0 && PAIRS[text[stack.at(-1)!]!] === c) stack.pop();
  }
  return stack;
}

/** The offset of the unclosed opener in [start, end) that `text[end]` closes, or -1. */
function opensAt(text: string, start: number, end: number): number {
  const last = unclosed(text, start, end).at(-1);
  return last !== undefined && PAIRS[text[last]!] === text[end] ? last : -1;
}

/**
 * May `b` take `a`'s label? A rate may (…亿元,两年平均增长6.3% is that figure's rate);
 * a level only from a level in the same class of unit (a count is not "资金到位率").
 */
function sameKind(a: Candidate, b: Candidate): boolean {
  if (b.rate) return true;
  return !a.rate && a.quantity.class === b.quantity.class;
}

/** The thing counted when it follows the count: 81个数字车间, 1000家工业企业开展…, 32.8万台(套)农业机械. */
function nounAfter(
  ctx: Context,
  sentence: Sentence,
  q0: QuantityMatch,
  clause: Clause,
): { start: number; end: number } | null {
  const text = ctx.doc.match;
  // a second measure word in brackets belongs to the unit: 台(套)
  const bracket = /^\([^()]{1,3}\)/.exec(text.slice(q0.end, clause.end));
  const q = bracket ? { ...q0, end: q0.end + bracket[0].length } : q0;
  if (q.end >= clause.end || /[、,，;；。等的]/.test(text[q.end]!)) return null;
  // 37个“一件事”: a quoted name is the thing counted, with the words that follow it (4个“两山”实践创新基地).
  const closer = PAIRS[text[q.end]!];
  const quoteEnd = closer === '”' || closer === '’' ? text.indexOf(closer, q.end + 1) : -1;
  const from = quoteEnd > q.end && quoteEnd < Math.min(clause.end, q.end + 16) ? quoteEnd + 1 : q.end;
  // 由2552万辆增至3230万辆: a change word after the count names no thing counted.
  if (ctx.rules.labelTrail.matchAt(text, from, clause.end) || ctx.rules.directions.matchAt(text, from, clause.end))
    return null;
  const tokens = ctx.tokensIn(from, Math.min(clause.end, from + 24));
  let end = from;
  for (const t of tokens) {
    if (t.end <= from) continue;
    if (t.start < from) continue;
    if (t.start >= clause.end) break;
    if (/^[、,，;；。等(（]$/.test(t.word) || (/^(v|c|p|d|r|m)$/.test(t.tag) && t.start > q.end) || /\d/.test(t.word))
      break;
    if (/^(v|p|c|d|r)$/.test(t.tag) && t.start === from) break;
    if (ctx.rules.approxBefore.matchAt(text, t.start, t.end)) break;
    end = t.end;
    if (end - q.end >= 16) break;
  }
  if (end === q.end) {
    // jieba gave nothing noun-like: fall back to the text up to the next list separator.
    const m = /^[^、,，;；。等()\d]{2,16}/.exec(text.slice(q.end, clause.end));
    if (!m) return null;
    end = q.end + m[0].length;
  }
  return { start: q.end, end };
}

function isVague(ctx: Context, written: string): boolean {
  const label = toMatchText(written); // labels quote the source; rules match folded text
  return (
    label.length === 0 ||
    ctx.rules.labelVague.has(label) ||
    ctx.rules.labelQualifier.has(label) ||
    ctx.rules.labelQualifierAfter.has(label)
  );
}

/**
 * Places that can own a figure: not one inside a name (海尔空调胶州互联工厂), nor the
 * scope of a ranking (居山东省第一). Computed once per document.
 */
function ownerRegions(ctx: Context, orgs: readonly OrgEntity[]): SpanIndex<RegionMention> {
  const text = ctx.doc.match;
  const names = nameIndex(ctx, orgs);
  const ranking = ctx.rules.marker('ranking');
  const rankingAfter = ctx.rules.marker('ranking-after');
  const usable = ctx.regions.filter(
    (g) =>
      (!names.contains(g.start, g.end) || ctx.isQuoted(g.start, g.end)) &&
      !ranking.matchEndingAt(text, g.start) &&
      !rankingAfter.matchAt(text, g.end),
  );
  return new SpanIndex(
    usable,
    (g) => g.start,
    (g) => g.end,
  );
}

/**
 * The nearest region before `pos` in the sentence; else the first after it in its
 * clause (服务3000家苏州企业); else the subject of the last sentence that named one,
 * in this or the two paragraphs before: its first region, not its last (青岛聚焦…,
 * 引领建设山东半岛示范区 is about 青岛).
 */
function regionFor(
  ctx: Context,
  usable: SpanIndex<RegionMention>,
  sentence: Sentence,
  clause: Clause,
  pos: number,
  label: string | null = null,
): string | null {
  const before = usable.within(sentence.start, pos);
  for (let i = before.length - 1; i >= 0; i--) if (isWord(ctx, before[i]!)) return before[i]!.name;
  // 服务3000家苏州企业: a place in what the figure counts; not one in a later item of a list
  // (2家头部企业、2家深圳行业协会).
  const after = usable
    .within(pos, clause.end)
    .find((g) => isWord(ctx, g) && !/[、和及与]/.test(ctx.doc.match.slice(pos, g.start)));
  if (after) return after.name;
  // 全省, 我市: the text's own place (its title's), not one it named before.
  const home = titleRegion(ctx);
  if (home && ctx.rules.marker('home-scope').findAll(ctx.doc.match, sentence.start, pos).length) return home;
  // 国内生产总值: a figure of the whole country is no place's named before, nor the title's
  // (a scope named before, 我国 or 全国, it may take).
  const national = label !== null && ctx.rules.marker('national-scope').findAll(toMatchText(label)).length > 0;
  // Carried from the sentences before: the subject of the last one that names a place
  // near its start (上半年,青岛全市… / 如苏州启动…), in this or the previous paragraph;
  // a place as a word of its own, not the head of a longer name (临沂机场, 青岛港), nor
  // the object of a preposition (在合肥的这家工厂, 从淄博起步): there it is a setting.
  const floor = sentence.paragraph - 1;
  for (let i = usable.lowerBound(sentence.start) - 1; i >= 0; i--) {
    const g = usable.items[i]!;
    if (ctx.paragraphOf(g.start) < floor) break;
    if (!isWord(ctx, g) || (national && !g.scope)) continue;
    // 济南、青岛都市圈: a place in a list owns none of what follows alone.
    if (inList(ctx, usable, g)) continue;
    const s = ctx.sentenceAt(g.start);
    if (!s) continue;
    const clause = splitClauses(ctx.doc.match, s.start, s.end).find((c) => g.start >= c.start && g.start < c.end);
    if (!clause || !opensClause(ctx, clause.start, g.start)) continue;
    // In a clause with a figure the place owns it (我国工业互联网产业规模约为3.1万亿元); in one
    // without, it must read as the subject (临沂机场航站楼投用 says nothing of 临沂).
    // The text's own place, the title's, is never a mere modifier (江苏健儿…成绩优异 is about 江苏).
    if (!/\d/.test(ctx.doc.match.slice(clause.start, clause.end)) && g.name !== titleRegion(ctx) && !isSubject(ctx, g))
      continue;
    // A scope (我国, 全国) owns figures only in its own sentence; as the subject of an earlier
    // sentence of this paragraph it still says the figures are not of a place named before.
    if (g.scope) {
      if (ctx.paragraphOf(g.start) === sentence.paragraph)
        return s.index === sentence.index - 1 ? g.name : national ? null : titleRegion(ctx);
      continue;
    }
    // In a text about one place (its title's), another place named as an example owns the
    // sentence after it at most (…青岛获批…。新改造村卫生室2.1万个 is the province's).
    const home = titleRegion(ctx);
    if (home && g.name !== home && s.index < sentence.index - 1) return home;
    return g.name;
  }
  return national ? null : titleRegion(ctx);
}

/**
 * 广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%: k rates listed with 分别
 * after a list of exactly k places belong to those places, in order.
 */
function zipRegions(
  ctx: Context,
  usable: SpanIndex<RegionMention>,
  sentence: Sentence,
  cands: readonly Candidate[],
): Map<Candidate, string> {
  const out = new Map<Candidate, string>();
  const text = ctx.doc.match;
  const each = ctx.rules.marker('respectively');
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    if (
      !first.rate?.respectively &&
      each.findAll(text, Math.max(first.clause.start, first.q.start - 6), first.q.start).length === 0
    )
      continue;
    let k = 1;
    while (i + k < cands.length && listed(text, cands[i + k - 1]!, cands[i + k]!)) k++;
    // The last run of places before the rates, joined by list words only.
    const places = usable.within(sentence.start, first.q.start).filter((g) => !g.scope);
    let run = places.length ? [places[places.length - 1]!] : [];
    for (
      let j = places.length - 2;
      j >= 0 && /^\s*(?:和|、|及|与)\s*$/.test(text.slice(places[j]!.end, run[0]!.start));
      j--
    )
      run = [places[j]!, ...run];
    if (run.length === k) for (let j = 0; j < k; j++) out.set(cands[i + j]!, run[j]!.name);
    i += k - 1;
  }
  return out;
}

/** Is [start, pos) nothing but what may precede a clause's subject: a date or a lead word (上半年, 目前, 如, 其中)? */
function opensClause(ctx: Context, start: number, pos: number): boolean {
  for (let p = start; p < pos;) {
    const date = ctx.dateIndex.startingAt(p, pos);
    const lead = ctx.rules.labelLead.matchAt(ctx.doc.match, p, pos);
    const next = Math.max(date?.expr.end ?? p, lead?.end ?? p);
    if (next === p) return false;
    p = next;
  }
  return true;
}

/** A place name read as a word, not the middle of one (隆重庆祝 holds 重庆): checked with jieba, once per mention. */
function isWord(ctx: Context, g: RegionMention): boolean {
  return ctx.cache(`region-word:${g.start}`, () => {
    const s = ctx.sentenceAt(g.start);
    if (!s) return true;
    const tokens = ctx.tokensAround(g.start, g.end);
    // It starts a word, and ends one, or starts a proper noun jieba knows whole (苏州企业/nz, 青岛港/ns).
    const first = tokens.find((t) => t.start === g.start);
    return first !== undefined && (tokens.some((t) => t.end === g.end) || /^(ns|nz|nt)$/.test(first.tag));
  });
}

/** Is the place an item of a list of places (济南、青岛; 深圳和广州)? */
function inList(ctx: Context, usable: SpanIndex<RegionMention>, g: RegionMention): boolean {
  const text = ctx.doc.match;
  const sep = /^[、和与及]$/;
  return (
    (sep.test(text[g.end] ?? '') && usable.startingAt(g.end + 1) !== undefined) ||
    (sep.test(text[g.start - 1] ?? '') &&
      usable.overlapping(g.start - 2, g.start - 1).some((x) => x.end === g.start - 1))
  );
}

/** Tags of the words that make a place before them a modifier (临沂机场, 青岛港, 苏州工业园区), not a subject. */
const NOUN_TAG = /^(n|ng|nr|nrt|nrfg|ns|nt|nz|nl|j)$/;
/** Verbs, adverbs, prepositions, conjunctions, pronouns, particles, adjectives, numerals … */
const GRAMMAR_TAG = /^(v\w*|d|p|c|r\w*|u\w*|a\w*|m\w*|y|e|o|f)$/;

/** A place that reads as a clause's subject: a word of its own, not the head of a longer name nor a preposition's object. */
function isSubject(ctx: Context, g: RegionMention): boolean {
  const tokens = ctx.tokensAround(g.start, g.end);
  const i = tokens.findIndex((t) => t.end === g.end);
  if (i < 0) return false;
  const first = tokens.findIndex((t) => t.start === g.start);
  if (first > 0 && tokens[first - 1]!.tag === 'p') return false;
  const next = tokens[i + 1];
  // 青岛全市…: a lead word after the place leaves it the subject.
  return (
    !next ||
    !NOUN_TAG.test(next.tag) ||
    ctx.rules.labelLead.has(next.word) ||
    ctx.rules.marker('home-scope').has(next.word)
  );
}

/** The one place a page's title names (2012年大庆市…统计公报): the owner of figures no sentence near them gives one. */
function titleRegion(ctx: Context): string | null {
  return ctx.cache('indicators:title-region', () => {
    const title = ctx.doc.title ? toMatchText(ctx.doc.title) : '';
    const names = new Set(
      findRegions(title, ctx.rules)
        .filter((r) => !r.scope)
        .map((r) => r.name),
    );
    return names.size === 1 ? [...names][0]! : null;
  });
}

/** A date names an indicator's period unless it is a starting point (从2015年). */
const usableAsPeriod = (d: ResolvedDate) => d.period !== null && !d.expr.since;

/**
 * What carries to the figures of later sentences: a period (not a day, not a target
 * year) from the same paragraph; from the paragraph before, only a part of a year or
 * "now" (上半年, 目前) — a bare year there usually belongs to another statement.
 */
const carries = (d: ResolvedDate, sameParagraph: boolean, text: string) =>
  usableAsPeriod(d) &&
  !d.expr.weak &&
  // 由2020年的7.2%提升至…: the start of a rise dates that figure only.
  !FROM.has(text[d.expr.start - 1]!) &&
  // “十四五”实现良好开局: a plan's span named in passing dates its own sentence only (五年来 carries).
  d.expr.range === null &&
  d.expr.day === null &&
  !d.expr.deadline &&
  (d.expr.month === null || d.expr.part !== null) &&
  (sameParagraph || d.expr.part !== null || d.expr.year?.kind === 'now' || d.expr.year?.kind === 'relative');

/** 2019年初,…创新联盟成立: the date of something that happened, not a period later figures report on. */
function datesAnEvent(ctx: Context, d: ResolvedDate): boolean {
  // A quarter or a half (一季度,国家公布了…) is the period a report covers, whatever it tells first.
  if (/^[HQ]/.test(d.expr.part ?? '')) return false;
  const s = ctx.sentenceAt(d.expr.start);
  if (!s) return false;
  const clause = splitClauses(ctx.doc.match, s.start, s.end).find(
    (c) => d.expr.start >= c.start && d.expr.start < c.end,
  );
  const next = clause && splitClauses(ctx.doc.match, s.start, s.end).find((c) => c.start >= clause.end);
  // The date's clause, or the next when the date stands alone in its own (2019年初,…).
  const said = clause && (clause.end - clause.start <= d.expr.end - d.expr.start + 2 && next ? next : clause);
  if (!said) return false;
  const triggers = ctx.rules.triggers.findAll(ctx.doc.match, Math.max(said.start, d.expr.end), said.end);
  // A clause with figures may report them (2020年,新签约项目20个); one whose verb follows the date at once tells what happened then.
  return (
    triggers.length > 0 &&
    (!/\d/.test(ctx.doc.match.slice(d.expr.end, said.end)) || triggers[0]!.start - d.expr.end <= 3)
  );
}

/** The nearest period before `pos` in the clause, then the sentence, then carried from the paragraph or the one before. */
function periodFor(ctx: Context, sentence: Sentence, clause: Clause, pos: number): ResolvedDate | null {
  // A date in an aside (（2015和2016年同期增速…）) dates only the figures inside it.
  const aside = ctx.asideAt(pos, pos + 1);
  // 由2020年的7.2%提升至7.4%: the year dates the starting figure, not the one it rose to.
  const said = ctx.doc.match.slice(sentence.start, pos);
  const reached = said.includes('由') && /[至到]/.test(said.slice(said.lastIndexOf('由') + 1));
  const startOfRise = (d: ResolvedDate) => reached && FROM.has(ctx.doc.match[d.expr.start - 1]!);
  const usable = (d: ResolvedDate) =>
    usableAsPeriod(d) &&
    !ctx.isQuoted(d.expr.start, d.expr.end) &&
    ctx.asideAt(d.expr.start, d.expr.end) === aside &&
    !startOfRise(d);
  const before = ctx.dateIndex.within(sentence.start, pos).filter(usable);
  const after = ctx.dateIndex.within(pos, clause.end).filter(usable);
  // A weak word (年度目标) is tried after every other date of the sentence.
  for (const strength of [false, true]) {
    const ok = (d: ResolvedDate) => d.expr.weak === strength;
    const inSentence = before.filter(ok);
    const pick = inSentence.filter((d) => d.expr.start >= clause.start).at(-1) ?? inSentence.at(-1) ?? after.find(ok);
    if (pick) return pick;
  }
  // Carried from before, but not across a heading: what a section says before its heading is another item's.
  const sectionStart = ctx.sectionStart(sentence.start);
  for (let i = ctx.dateIndex.lowerBound(sentence.start) - 1; i >= 0; i--) {
    const d = ctx.dateIndex.items[i]!;
    const paragraph = ctx.paragraphOf(d.expr.start);
    if (paragraph < sentence.paragraph - 1 || d.expr.start < sectionStart) break;
    if (
      carries(d, paragraph === sentence.paragraph, ctx.doc.match) &&
      !ctx.isQuoted(d.expr.start, d.expr.end) &&
      !datesAnEvent(ctx, d)
    )
      return d;
  }
  return ctx.sectionDate(sentence.start);
}

/** 由22.4%提高到40.3% over 2016/2020: the first figure is the baseline (2015), the second the end (2020). */
function rangeEnd(ctx: Context, q: QuantityMatch, clause: Clause, period: string | null): string | null {
  if (!period || !/^\d{4}\/\d{4}$/.test(period)) return period;
  const [from, to] = period.split('/').map(Number) as [number, number];
  const before = ctx.doc.match.slice(clause.start, q.start);
  if (/由$/.test(before)) return String(from - 1);
  if (/由.*[到至]$/.test(before)) return String(to);
  return period;
}

function statusFor(
  ctx: Context,
  sentence: Sentence,
  clause: Clause,
  q: QuantityMatch,
  period: ResolvedDate | null,
): Status {
  const text = ctx.doc.match;
  const r = ctx.rules;
  if (period?.expr.deadline) return 'target';
  const found = r.status.findAll(text, sentence.start, clause.end).filter((m) => m.start < q.start || m.start >= q.end);
  if (
    found.some(
      (m) =>
        m.value.rule.status === 'target' && (m.value.rule.noun ? namesGoalOf(text, m, q, clause) : m.start < q.start),
    )
  )
    return 'target';
  for (const m of found) {
    if (m.value.rule.status !== 'plan' || m.start >= q.start) continue;
    const tokens = ctx.tokensAround(m.start, m.end);
    // a plan word must be a word of its own (将近 is "nearly"), and not open a prepositional phrase (将凭借 …)
    if (!tokens.some((t) => t.start === m.start) || !tokens.some((t) => t.end === m.end)) continue;
    // 将2.8万亿元资金纳入…: 将 right before a figure is 把 (it moves the figure), not "will".
    if (m.end === q.numberStart) continue;
    const i = tokens.findIndex((t) => t.end === m.end);
    const next = tokens[i + 1];
    if (next && (next.tag === 'p' || (ctx.rules.labelLead.has(next.word) && next.word !== '将'))) continue;
    return 'plan';
  }
  return 'actual';
}

/** A goal noun (目标) holds a figure just before it in its clause (5000个的年度目标), or one it introduces (目标是…). */
function namesGoalOf(text: string, goal: { start: number; end: number }, q: QuantityMatch, clause: Clause): boolean {
  if (goal.start >= q.end) return goal.start - q.end <= 6 && goal.start < clause.end;
  return goal.start >= clause.start || /^\s*(?:是|为|:|：)/.test(text.slice(goal.end, goal.end + 2));
}

/** Is a bare number an index value (两化融合指数达到83)? */
function indexContext(ctx: Context, q: QuantityMatch, clause: Clause): boolean {
  const text = ctx.doc.match;
  // Index values are written in digits; a word numeral after 指数 is prose (指数一涨一落).
  if (!/\d/.test(text.slice(q.start, q.end))) return false;
  const glue = ctx.rules.marker('change-glue').matchEndingAt(text, q.start, clause.start);
  return ctx.rules.marker('index-word').matchEndingAt(text, glue ? glue.start : q.start, clause.start) !== null;
}

/** Why a quantity is not a figure, or null when it may be one. */
function whyNotAFigure(ctx: Context, orgs: readonly OrgEntity[], q: QuantityMatch, clause: Clause): string | null {
  const text = ctx.doc.match;
  if (ctx.isQuoted(q.start, q.end)) return 'inside a title (《…》) or the page header';
  if (q.chineseOnly && inShortQuotation(text, q.start, q.end, ctx.rules))
    return 'a numeral in a quoted slogan (塑造“十个新优势”, markers.yaml#slogan-quote)';
  if (nameIndex(ctx, orgs).contains(q.numberStart, q.numberEnd)) return "part of an organization's name";
  if (ctx.dateIndex.overlapping(q.numberStart, q.numberEnd).length) return 'part of a date';
  // 5-7倍, 3至5家: a range is not one figure, and reporting either end would be wrong.
  const range = ctx.rules.marker('range').matchEndingAt(text, q.start);
  if (range && /[\d一二三四五六七八九十]/.test(text[range.start - 1] ?? ''))
    return 'the end of a range (markers.yaml#range)';
  if (!q.unit)
    return indexContext(ctx, q, clause) ? null : 'no unit (a bare number is a figure only after an index word)';
  // 每50公斤提高7.4元: the quantity a price is per, not a figure.
  if (ctx.rules.marker('per').matchEndingAt(text, q.start, clause.start)?.word === '每')
    return 'what a price is per (markers.yaml#per)';
  // Counts of people (人, 位) are figures only when they count what a metric names (常住人口1026万人): decided once labelled.
  if (!q.unit.value.rule.indicator && q.unit.value.rule.class !== 'count')
    return `its unit is not an indicator's (${q.unit.value.ref}: ${q.unit.value.rule.class})`;
  if (q.chineseOnly && q.number < 10 && (q.unit.value.rule.class === 'count' || q.unit.value.rule.class === 'index'))
    return 'a small number in Chinese numerals (两座, 三位, 一点) is wording, not a figure';
  return null;
}

export function extractIndicators(ctx: Context, orgs: readonly OrgEntity[]): IndicatorDraft[] {
  const { doc, rules } = ctx;
  const text = doc.match;
  const out: IndicatorDraft[] = [];
  // The last labelled figure, for figures whose own label names nothing (同期则新增567家);
  // it carries across the sentences of a paragraph.
  let prevLabeled: Candidate | null = null;
  let prevLabeledParagraph = -1;
  const regions = ownerRegions(ctx, orgs);

  for (const sentence of ctx.sentences) {
    const found = findQuantities(text, rules, sentence.start, sentence.end);
    if (found.length === 0) continue;
    const clauses = splitClauses(text, sentence.start, sentence.end);
    const clauseOf = (pos: number) =>
      clauses.find((c) => pos >= c.start && pos < c.end) ?? clauses[clauses.length - 1]!;

    const cands: Candidate[] = [];
    for (const q of found) {
      const clause = clauseOf(q.numberStart);
      const why = whyNotAFigure(ctx, orgs, q, clause);
      if (why) {
        if (ctx.tracing)
          ctx.note({
            stage: 'quantity',
            start: q.start,
            end: q.end,
            rule: q.unit?.value.ref ?? null,
            verdict: 'dropped',
            message: why,
          });
        continue;
      }
      const quantity = q.unit ? resolveQuantity(q, doc.text) : resolveQuantity(q, doc.text, 'index');
      if (ctx.tracing)
        ctx.note({
          stage: 'quantity',
          start: q.start,
          end: q.end,
          rule: quantity.ref,
          verdict: 'info',
          message: `${quantity.raw} → ${quantity.value} ${quantity.unit}${quantity.measure ? ` (${quantity.measure})` : ''}${quantity.approx ? `, ${quantity.approx}` : ''}`,
        });
      cands.push({
        q,
        quantity,
        clause,
        rate: null,
        label: null,
        metric: null,
        metricRef: null,
        change: null,
        changeEnd: q.end,
        paired: false,
        compared: false,
        consumed: false,
      });
    }
    if (cands.length === 0) continue;

    // 1. Which quantities are rates of change.
    cands.forEach((c, i) => {
      if (c.quantity.class === 'money' || c.quantity.class === 'count' || c.quantity.class === 'duration') return;
      c.rate = rateBefore(ctx, c.q, c.clause.start);
      const prev = cands[i - 1];
      // 增长17.3%和15.1%: a listed rate shares the phrase of the one before.
      if (!c.rate && prev?.rate && /^\s*(?:和|、|及|与)\s*$/.test(text.slice(prev.q.end, c.q.start)))
        c.rate = { ...prev.rate, start: c.q.start };
      if (!c.rate && c.quantity.class === 'percent' && rateNounAfter(ctx, c.q, c.clause))
        c.rate = { start: c.q.start, basis: null, sign: 1, words: '', respectively: false };
    });

    // 2a. Levels and rates paired by 分别: 增值税12.8亿元、城镇土地使用税9.5亿元,同比分别增长
    // 210.8%、29.5% (or 分别达6.9万元、3.4万元,增长4.2%、5.3%): the i-th rate is the i-th level's change.
    pairRespectively(ctx, cands);

    // 2. A rate right after a level is that level's change (9385.6亿元,同比增长3.4%).
    for (let i = 1; i < cands.length; i++) {
      const c = cands[i]!;
      const prev = cands[i - 1]!;
      if (!c.rate || prev.rate || prev.change || prev.consumed) continue;
      if (c.rate.basis === 'two_year_avg' || c.rate.basis === 'cagr') continue;
      // …A、B，分别提升5.3和12.4个百分点: a list of rates is not the change of the last level alone.
      if (c.rate.respectively && cands[i + 1]?.rate?.respectively) continue;
      // Between them only punctuation, or a stated baseline (…67.7%,较2015年提升36个百分点).
      const gap = text.slice(prev.q.end, c.rate.start);
      const baseline = ctx.dateIndex.within(prev.q.end, c.rate.start).some((d) => d.expr.since);
      if (!/^[\s,，、;；]*$/.test(gap) && !(baseline && /^[\s,，、;；]*[^,，、;；]*[\s,，]*$/.test(gap))) continue;
      const value = c.rate.sign * c.quantity.value;
      prev.change = { basis: c.rate.basis, value, unit: c.quantity.unit };
      prev.changeEnd = c.q.end;
      c.consumed = true;
    }
    // …,与上年持平: a direction of sign 0 after a level is a change of 0.
    for (const c of cands) {
      if (c.rate || c.change) continue;
      const flat = flatAfter(ctx, c.q.end, sentence.end);
      if (flat) {
        c.change = { basis: flat.basis, value: 0, unit: '%' };
        c.changeEnd = flat.end;
      }
    }

    // 3. Labels and metrics.
    const listHeads = new Map<Candidate, { text: string; start: number }>();
    if (prevLabeled && prevLabeledParagraph !== sentence.paragraph) prevLabeled = null;
    cands.forEach((c, i) => {
      const prev = cands[i - 1];
      const windowStart =
        prev && prev.clause === c.clause
          ? Math.max(c.clause.start, prev.paired ? prev.q.end : prev.changeEnd)
          : c.clause.start;
      const windowEnd = c.rate ? Math.max(windowStart, c.rate.start) : c.q.start;
      const t = trimLabel(ctx, windowStart, windowEnd);
      let label = t.end > t.start ? { text: doc.text.slice(t.start, t.end), start: t.start } : null;
      const inheritsRate = !label && c.rate && prevLabeled && prevLabeled.clause.start >= sentence.start;
      const after = c.rate && !label && !inheritsRate ? subjectAfter(ctx, sentence, c.q, c.clause) : null;
      if (after) label = { text: after.label, start: after.start };
      else if (c.quantity.class === 'count') {
        const noun = nounAfter(ctx, sentence, c.q, c.clause);
        if (noun) {
          const nounText = doc.text.slice(noun.start, noun.end);
          // 建成81个数字车间: a short verb right before the count; not one a list mark parts from it (领衔、112家).
          const verb =
            label && label.text.length <= 3 && label.start + label.text.length === c.q.start ? label.text : '';
          label = { text: verb + nounText, start: verb ? label!.start : noun.start };
        }
      }
      // 年均分别增长17.3%和15.1% after "A、B": the i-th rate gets the i-th label.
      if (c.rate?.respectively) {
        const listed = cands.filter(
          (x) => x.rate?.respectively && x.clause === c.clause && x.rate.words === c.rate!.words,
        );
        const first = listed[0]!;
        if (first === c && label) listHeads.set(c, label);
        const head = listHeads.get(first);
        const parts = head?.text.split(/[、和及与]/).filter(Boolean) ?? [];
        if (head && parts.length === listed.length) {
          const i = listed.indexOf(c);
          const part = parts[i]!;
          // An item that ends in a measure of its own (货物运输总量、货物运输周转量) takes none.
          const own = ctx.rules.marker('metric-tail').matchEndingAt(toMatchText(part), part.length) !== null;
          const shared = i < parts.length - 1 && !own ? sharedHead(ctx, head, parts) : '';
          // 高技术制造业 + 制造业增加值 is 高技术制造业增加值: what the item already ends with is not written twice.
          let overlap = shared.length;
          while (overlap > 0 && !part.endsWith(shared.slice(0, overlap))) overlap--;
          label = { text: part + shared.slice(overlap), start: head.start + head.text.indexOf(part) };
        }
      }
      // A label that names nothing takes the previous figure's: 同期青岛的数据为… → 第二产业增加值;
      // a qualifier (新增, 累计) is kept in front of it; a second rate names its basis (…两年平均增长).
      // From an earlier sentence, a metric named in this one comes first (…技改投资…,其中,2021年增长29.7%).
      const sameSentence = prevLabeled !== null && prevLabeled.clause.start >= sentence.start;
      const metricBefore = (): { text: string; start: number } | null => {
        const names = rules.metrics.findAll(text, sentence.start, c.q.start);
        const m = names[names.length - 1];
        return m ? { text: doc.text.slice(m.start, m.end), start: m.start } : null;
      };
      // 高于全国1.7个百分点 after a rate: how far that rate is above another's; its label says whose.
      const comparedRate =
        label !== null &&
        c.quantity.class === 'pp' &&
        rules.marker('rate-comparison').matchAt(toMatchText(label.text), 0) !== null &&
        prevLabeled !== null &&
        !prevLabeled.compared &&
        prevLabeled.clause.start >= sentence.start &&
        prevLabeled.label !== null;
      if (comparedRate) {
        label = { text: prevLabeled!.label!.text + label!.text, start: label!.start };
        c.compared = true;
      } else if (!label || isVague(ctx, label.text)) {
        const own = label?.text ?? '';
        const fromSentence = sameSentence ? null : metricBefore();
        // Only a figure of the same kind lends its label: a count is not "资金到位率".
        const kin = prevLabeled !== null && sameKind(prevLabeled, c);
        const base = kin ? prevLabeled!.label?.text : undefined;
        if (fromSentence && !own) label = fromSentence;
        else if (base) {
          const name = prevLabeled!.metric ? (metricNameIn(ctx, base) ?? base) : base;
          let t: string;
          if (!own && c.rate && c.rate.basis !== (prevLabeled!.change?.basis ?? prevLabeled!.rate?.basis ?? null))
            t = base + c.rate.words;
          else if (own && rules.labelQualifier.has(own)) t = own + name;
          else if (own && rules.labelQualifierAfter.has(own)) t = name + own;
          else t = base;
          label = { text: t, start: label?.start ?? c.q.start };
          c.metric = prevLabeled!.metric;
          c.metricRef = prevLabeled!.metricRef;
        } else if (!own) label = metricBefore();
      }
      c.label = label;
      if (label && !c.metric) {
        const metric = isShare(ctx, label.text) ? null : longestMetric(ctx, label.text, c.quantity.class, label.start);
        if (metric) {
          c.metric = metric.id;
          c.metricRef = metric.ref;
        }
      }
      // A rate folded into the figure before it (its change) lends no label of its own.
      if (label && !c.consumed) {
        prevLabeled = c;
        prevLabeledParagraph = sentence.paragraph;
      }
      if (c.q.unit && !c.q.unit.value.rule.indicator && !c.metric) {
        c.consumed = true;
        if (ctx.tracing)
          ctx.note({
            stage: 'quantity',
            start: c.q.start,
            end: c.q.end,
            rule: c.q.unit.value.ref,
            verdict: 'dropped',
            message: `${c.q.unit.word} counts people: a figure only when its label names a metric (label ${label?.text ?? '—'})`,
          });
      }
    });

    // 4. Region, period, status; then the draft.
    const zipped = zipRegions(ctx, regions, sentence, cands);
    for (const c of cands) {
      if (c.consumed) continue;
      const period = periodFor(ctx, sentence, c.clause, c.q.start);
      const start = c.label && c.label.start < c.q.start && c.label.start >= c.clause.start ? c.label.start : c.q.start;
      const end = Math.max(c.q.end, c.changeEnd);
      const rate = c.rate;
      const value = rate ? rate.sign * c.quantity.value : c.quantity.value;
      const change = c.change ?? (rate && rate.basis ? { basis: rate.basis, value, unit: c.quantity.unit } : null);
      const draft: IndicatorDraft = {
        start,
        end,
        rule: c.metricRef ?? c.quantity.ref,
        metric: c.metric,
        label: c.label ? labelName(ctx, c.label, c.metric) : null,
        region: zipped.get(c) ?? regionFor(ctx, regions, sentence, c.clause, c.q.start, c.label?.text ?? null),
        period: rangeEnd(ctx, c.q, c.clause, period?.period ?? null),
        quantity: c.quantity,
        valueStart: c.q.start,
        valueEnd: c.q.end,
        value,
        change,
        status: statusFor(ctx, sentence, c.clause, c.q, period),
      };
      out.push(draft);
      if (ctx.tracing)
        ctx.note({ stage: 'indicator', start, end, rule: draft.rule, verdict: 'kept', message: describeDraft(draft) });
    }
  }
  out.push(...tableIndicators(ctx, regions, out));
  return mergePatternIndicators(
    ctx,
    orgs,
    out.sort((a, b) => a.start - b.start || a.end - b.end),
  );
}

/**
 * Figures of the rows of tables (indicators/tables.ts): a row's first value column is its
 * figure, a growth column its change, further value columns figures of their own
 * (金融机构存款余额比年初增加额). The period is the table title's (2012年末全市金融机构存贷),
 * else the text's around it; the place, as for any figure there. A row the prose states as
 * well is left to the prose.
 */
function tableIndicators(
  ctx: Context,
  regions: SpanIndex<RegionMention>,
  found: readonly IndicatorDraft[],
): IndicatorDraft[] {
  const text = ctx.doc.match;
  const out: IndicatorDraft[] = [];
  for (const table of findTables(text)) {
    const titleDate = table.title
      ? (ctx.dateIndex.within(table.title.start, table.title.end).find(usableAsPeriod) ?? null)
      : null;
    for (const row of table.rows) {
      if (found.some((d) => d.start < row.end && row.start < d.end)) continue;
      const sentence = ctx.sentenceAt(row.labelStart);
      if (!sentence) continue;
      const clause = { start: sentence.start, end: sentence.end };
      // #水稻: a sub-item's mark; 其中：非农业: a lead word.
      // 大牲畜（万头）: the unit in brackets is the row's unit, not part of what it measures.
      const unitNote = /[（(][^（）()]{1,6}[）)]$/.exec(text.slice(row.labelStart, row.labelEnd));
      const labelEnd =
        unitNote && row.unit && unitNote[0].includes(row.unit) ? row.labelEnd - unitNote[0].length : row.labelEnd;
      const t = trimLabel(ctx, row.labelStart + (/^[#＃]/.test(text[row.labelStart]!) ? 1 : 0), labelEnd);
      if (t.end <= t.start) continue;
      const label = ctx.doc.text.slice(t.start, t.end);
      const changeAt = table.columns.findIndex((c) => c.change);
      const changeCell = changeAt >= 0 ? row.cells[changeAt] : undefined;
      const basis = changeAt >= 0 && /同比|比上年/.test(table.columns[changeAt]!.header) ? 'yoy' : null;
      const period = titleDate ?? periodFor(ctx, sentence, clause, row.labelStart);
      let first = true;
      const unitAt = table.columns.findIndex((c) => c.unitColumn);
      table.columns.forEach((col, k) => {
        const cell = row.cells[k];
        const unit = unitAt >= 0 ? row.cells[unitAt]!.number : (row.unit ?? col.unit);
        if (col.change || col.unitColumn || !unit || !cell) return;
        const written = `${cell.number}${unit}`;
        const q = findQuantities(written, ctx.rules).find((x) => x.unit && x.start === 0 && x.end === written.length);
        if (!q) return;
        const quantity = resolveQuantity(q, written);
        const name = first ? label : `${label}${col.header}`;
        const metric = longestMetric(ctx, name, quantity.class);
        // Counts of people (万人) are figures only of a metric, as in the text.
        if (!q.unit!.value.rule.indicator && !metric) return;
        // A figure the text states too (地区生产总值4000.5亿元) is the text's: one fact, quoted from the prose.
        if (found.some((d) => d.value === quantity.value && d.quantity.unit === quantity.unit)) return;
        out.push({
          start: row.start,
          end: first && changeCell ? Math.max(cell.end, changeCell.end) : cell.end,
          rule: metric?.ref ?? quantity.ref,
          metric: metric?.id ?? null,
          label: name,
          region: regionFor(ctx, regions, sentence, clause, row.labelStart),
          period: period?.period ?? null,
          quantity,
          valueStart: cell.start,
          valueEnd: cell.end,
          value: quantity.value,
          change:
            first && changeCell
              ? { basis, value: changeCell.number === '持平' ? 0 : Number(changeCell.number), unit: '%' }
              : null,
          status: 'actual',
        });
        if (ctx.tracing)
          ctx.note({
            stage: 'indicator',
            start: row.start,
            end: out.at(-1)!.end,
            rule: out.at(-1)!.rule,
            verdict: 'kept',
            message: `table row: ${describeDraft(out.at(-1)!)}`,
          });
        first = false;
      });
    }
  }
  return out;
}

function describeDraft(d: IndicatorDraft): string {
  const change = d.change ? `, change ${d.change.basis ?? 'unstated'} ${d.change.value}${d.change.unit}` : '';
  return `${d.value} ${d.quantity.unit}: label ${d.label ?? '—'}, metric ${d.metric ?? '—'}, region ${d.region ?? '—'}, period ${d.period ?? '—'}, ${d.status}${change}`;
}

/**
 * Figures from the rules' indicator patterns. A pattern's figure replaces the one the
 * built-in rules read from the same number (the user's rule is the more specific),
 * keeping its change when the pattern says nothing of one.
 */
function mergePatternIndicators(ctx: Context, orgs: readonly OrgEntity[], builtin: IndicatorDraft[]): IndicatorDraft[] {
  const matches = findPatternMatches(ctx, 'indicator');
  if (matches.length === 0) return builtin;
  const text = ctx.doc.match;
  let out = builtin;
  for (const m of matches) {
    const v = m.groups.value!;
    const q = findQuantities(text, ctx.rules, v.start, v.end).find((x) => x.unit);
    const sentence = ctx.sentenceAt(m.start);
    if (!q || !sentence) {
      if (ctx.tracing)
        ctx.note({
          stage: 'pattern',
          start: m.start,
          end: m.end,
          rule: m.ref,
          verdict: 'dropped',
          message: 'the value group holds no number with a unit',
        });
      continue;
    }
    const clause = splitClauses(text, sentence.start, sentence.end).find(
      (c) => q.start >= c.start && q.start < c.end,
    ) ?? { start: sentence.start, end: sentence.end };
    const quantity = resolveQuantity(q, ctx.doc.text);
    const replaced = out.find((d) => d.valueStart < q.end && q.start < d.valueEnd);
    const period = periodFor(ctx, sentence, clause, q.start);
    const group = (name: string) =>
      m.groups[name] ? ctx.doc.text.slice(m.groups[name]!.start, m.groups[name]!.end) : null;
    const metricName = m.rule.metric
      ? ctx.rules.loaded.sections.metrics.find((x) => x.entry.id === m.rule.metric)?.entry.names[0]
      : undefined;
    const draft: IndicatorDraft = {
      start: m.start,
      end: Math.max(m.end, replaced?.end ?? 0),
      rule: m.ref,
      metric: m.rule.metric ?? null,
      label: group('label') ?? m.rule.label ?? metricName ?? replaced?.label ?? null,
      region: group('region') ?? regionFor(ctx, ownerRegions(ctx, orgs), sentence, clause, q.start),
      period: period?.period ?? replaced?.period ?? null,
      quantity,
      valueStart: q.start,
      valueEnd: q.end,
      value: quantity.value,
      change: replaced?.change ?? null,
      status: m.rule.status ?? statusFor(ctx, sentence, clause, q, period),
    };
    out = [...out.filter((d) => d !== replaced), draft];
    if (ctx.tracing)
      ctx.note({
        stage: 'pattern',
        start: m.start,
        end: m.end,
        rule: m.ref,
        verdict: 'kept',
        message: `${describeDraft(draft)}${replaced ? ' (replaces the built-in reading of the same number)' : ''}`,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A share of something (…占生产总值比重, …占比): its figure is not the metric it names. */
function isShare(ctx: Context, written: string): boolean {
  const label = toMatchText(written);
  const share = ctx.rules.marker('share');
  return share.matchEndingAt(label, label.length) !== null || share.findAll(label).length >= 2;
}

/**
 * The metric a label names: the longest metric name that ends it (净增高新技术企业,
 * GDP增幅). A name followed by more (对GDP增长的贡献率), or narrowed by the word before it
 * (海洋生产总值), measures something else.
 */
function longestMetric(
  ctx: Context,
  written: string,
  unitClass: Quantity['class'],
  at: number | null = null,
): { id: string; ref: string } | null {
  // ５Ｇ基站 is 5G基站; 地区生产总值（GDP） names what 地区生产总值 names.
  const label = toMatchText(written).replace(/[（(][^（）()]*[）)]$/, '');
  const tail = ctx.rules.marker('metric-tail');
  // A rate or share may be of any metric; a level must be in the metric's own class
  // (15个副省级城市上半年GDP counts cities: it is not a GDP figure).
  const fits = (m: { value: { rule: { class?: string } } }) =>
    unitClass === 'percent' || unitClass === 'pp' || !m.value.rule.class || m.value.rule.class === unitClass;
  const heads = ctx.rules.metrics
    .findEvery(label)
    .filter((m) => (m.end === label.length || tail.matchAt(label, m.end)?.end === label.length) && fits(m));
  if (heads.length === 0) return null;
  const best = heads.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  // 海洋生产总值, 人均生产总值: a word that narrows the name makes it another measure.
  if (ctx.rules.marker('metric-narrowing').matchEndingAt(label, best.start)) return null;
  // 农业生产总值, 交通固定资产投资, 装备制造业增加值: so does any other word before it but a
  // scope (规模以上, 全社会), a place, a time, or a word that opens a label (实现, 新增).
  // (Where the label is the text at `at`, jieba says which word stands before the name.)
  const where = at !== null && ctx.doc.text.startsWith(written, at) ? at : null;
  // 居民消费价格指数CPI, 国内生产总值GDP: a name before the name is the same measure, said twice.
  const apposition = ctx.rules.metrics.findEvery(label.slice(0, best.start)).length > 0;
  if (
    best.value.rule.aggregate &&
    !apposition &&
    narrowedBy(ctx, label.slice(0, best.start), where === null ? null : where + best.start)
  )
    return null;
  return { id: best.value.rule.id, ref: best.value.ref };
}

/** Dates written with numbers (2020年, 1—2月, 前11个月): a time, not a sector. */
const NUMERIC_TIME =
  /^(?:[前近]?[\d一二三四五六七八九十]+(?:[—\-~至][\d一二三四五六七八九十]+)?(?:年|月份?|个月|季度|日|号)|[\s、，,的和与及])+/u;

/**
 * Does anything before a metric's name make it a narrower measure? What is left once
 * scopes, places, times and label words are read off does, when it ends in a noun
 * (交通, 农业) or runs into the name (装备制造业|增加值); a verb there (培育, 登记) does not.
 * Without the name's place in the text (`nameStart`), only the words are read.
 */
function narrowedBy(ctx: Context, before: string, nameStart: number | null): boolean {
  const r = ctx.rules;
  const lexicons = [
    r.marker('metric-scope'),
    r.regions,
    r.regionSuffixes,
    r.periods,
    r.labelLead,
    r.labelQualifier,
    r.labelQualifierAfter,
  ];
  let rest = before;
  while (rest.length > 0) {
    const time = NUMERIC_TIME.exec(rest);
    if (time) {
      rest = rest.slice(time[0].length);
      continue;
    }
    const m = lexicons.map((l) => l.matchAt(rest, 0)).find((x) => x !== null);
    if (!m) break;
    rest = rest.slice(m.end);
  }
  if (rest.length === 0) return false;
  if (nameStart === null) return false;
  const words = ctx.tokensAround(nameStart - 1, nameStart + 1);
  const across = words.find((w) => w.start < nameStart && w.end > nameStart);
  if (across) return true;
  const last = words.find((w) => w.end === nameStart);
  return !!last && NOUN_TAG.test(last.tag);
}

function metricNameIn(ctx: Context, written: string): string | null {
  const all = ctx.rules.metrics.findEvery(toMatchText(written));
  if (all.length === 0) return null;
  const best = all.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return written.slice(best.start, best.end); // as written: folding keeps offsets
}

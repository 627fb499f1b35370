// Finding quantities: a numeral, its approximation words and its unit, as spans
// of the (width-folded) text. What a quantity is worth in base units is decided
// in numbers/resolve.ts; here we only find where it is and what it is made of.
import type { ApproxRule, MetricRule, UnitRule } from '../rules/schema.js';
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { clean, parseNumeral } from './numerals.js';
import { perRuleSet } from '../rules/compiled.js';

export interface QuantityMatch {
  /** Whole span: approximation words, numeral and unit. */
  readonly start: number;
  readonly end: number;
  /** The numeral alone. */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** Value of the numeral (before the unit's factor): 9385.6亿 → 938560000000. */
  readonly number: number;
  /** The numeral is written in Chinese characters only (两千, 三百). */
  readonly chineseOnly: boolean;
  readonly approx: LexiconMatch<Ref<ApproxRule>> | null;
  /** Null for a bare number (83 in 指数达到83): only some contexts accept one. */
  readonly unit: LexiconMatch<Ref<UnitRule>> | null;
  /** What a price is per (600元/头, 每公斤20元): a unit word after "/" or after 每 before the number. */
  readonly per?: LexiconMatch<Ref<UnitRule>> | null;
  /** The unit is that of a later number of a list (3.5 of 3.5、1.8个百分点). */
  readonly shared?: boolean;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Characters a numeral may contain, per the rule set, as a bitmap over UTF-16 code units (scans read it per character). */
const charsOf = perRuleSet((rules): { has(c: string): boolean; code: Uint8Array } => {
  const code = new Uint8Array(65536);
  for (const c of '0123456789') code[c.charCodeAt(0)] = 1;
  for (const table of [rules.numerals.digits, rules.numerals.multipliers, rules.numerals.sections])
    for (const k of table.keys()) code[k.charCodeAt(0)] = 1;
  return { has: (c: string) => code[c.charCodeAt(0)] === 1, code };
});

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

interface ReadOptions {
  /** Spaces between Chinese numeral characters (一百 五 十 二, 7 万5 千): never between two Arabic digits. */
  readonly spaces: boolean;
  /** Chinese decimal points (二点五). */
  readonly points: boolean;
  /** 百/千 may open the numeral (百分之百). */
  readonly leadingMultiplier?: boolean;
}

interface Numeral {
  readonly end: number;
  readonly numeral: string;
  readonly inside: LexiconMatch<Ref<ApproxRule>> | null;
  /** The reading used a space or a decimal point: read again without them if it does not parse. */
  readonly spaced: boolean;
  readonly pointed: boolean;
}

/** After `k` and any spaces, the position of the first other character. */
function skipSpaces(text: string, k: number, end: number): number {
  while (k < end && isSpace(text[k])) k++;
  return k;
}

/** `word` at `k`, spaces allowed between its characters (分 之); the end, or -1. */
function spacedWordAt(text: string, k: number, end: number, word: string): number {
  for (let w = 0; w < word.length; w++) {
    if (w > 0) k = skipSpaces(text, k, end);
    if (text[k] !== word[w]) return -1;
    k++;
  }
  return k;
}

/**
 * Reads the longest numeral starting at `i`: Arabic digits (with decimal point and
 * thousands commas), Chinese numerals, or a mixture (1.5万, 3万4000), with at most
 * one inside approximation word (二百三十余万). Returns its end and the inside word.
 */
function readNumeral(text: string, i: number, end: number, rules: RuleSet, opts: ReadOptions): Numeral | null {
  const chars = charsOf(rules);
  const { sections, multipliers, points, digits, notAfterPoint } = rules.numerals;
  let j = i;
  let inside: LexiconMatch<Ref<ApproxRule>> | null = null;
  let numeral = '';
  let spaced = false;
  let pointed = false;
  let arabic = false;
  // A numeral never starts with a section word (万家 is "ten thousand homes", a word).
  if (sections.has(text[i]!)) return null;
  // 百/千 open a numeral only as 百亿, 千万 …
  if (
    !opts.leadingMultiplier &&
    multipliers.has(text[i]!) &&
    !isDigit(text[i]) &&
    multipliers.get(text[i]!)! > 10 &&
    !sections.has(text[i + 1] ?? '')
  )
    return null;
  /** A decimal point at k with a Chinese digit after it (spaces between allowed when spaces are). */
  const pointAt = (k: number): boolean => {
    if (!opts.points || arabic || !points.has(text[k] ?? '')) return false;
    const d = opts.spaces ? skipSpaces(text, k + 1, end) : k + 1;
    const c = text[d] ?? '';
    return digits.has(c) && !notAfterPoint.has(c);
  };
  while (j < end) {
    const c = text[j]!;
    if (isDigit(c)) {
      let k = j;
      while (k < end && isDigit(text[k])) k++;
      // thousands groups: 1,234,567 (exactly three digits after each comma)
      while (
        text[k] === ',' &&
        isDigit(text[k + 1]) &&
        isDigit(text[k + 2]) &&
        isDigit(text[k + 3]) &&
        !isDigit(text[k + 4]) &&
        k + 4 <= end
      )
        k += 4;
      if (text[k] === '.' && isDigit(text[k + 1])) {
        k++;
        while (k < end && isDigit(text[k])) k++;
      }
      numeral += text.slice(j, k);
      arabic = true;
      j = k;
      continue;
    }
    if (chars.has(c)) {
      // 3亿千瓦时, 5千米: a multiplier that begins a unit word belongs to the unit.
      if (numeral && multipliers.has(c) && rules.units.matchAt(text, j, end)) break;
      // 5万亿两个台阶: a lone digit after a section word, with a measure word after it, counts
      // on its own (一万三 is 13000, but 两个 after 5万亿 is "two").
      if (sections.has(numeral[numeral.length - 1] ?? '') && digits.has(c) && rules.units.matchAt(text, j + 1, end))
        break;
      // 七十百分位: a multiplier right after another one starts something else.
      if (multipliers.has(c) && multipliers.has(numeral[numeral.length - 1] ?? '') && !(inside && inside.end === j))
        break;
      numeral += c;
      j++;
      continue;
    }
    if (numeral && pointAt(j)) {
      numeral += c;
      pointed = true;
      j++;
      continue;
    }
    if (numeral && opts.spaces && isSpace(c)) {
      // 一百 五 十 二, 7 万5 千, 四百 点 五: spaces inside a Chinese numeral; 1 234 stays two numbers.
      const k = skipSpaces(text, j, end);
      const next = text[k];
      const continues =
        next !== undefined &&
        (chars.has(next) || pointAt(k) || (!inside && rules.approxInside.matchAt(text, k, end) !== null));
      if (
        continues &&
        !(isDigit(text[j - 1]) && isDigit(next)) &&
        !(numeral && multipliers.has(next!) && rules.units.matchAt(text, k, end))
      ) {
        spaced = true;
        j = k;
        continue;
      }
      break;
    }
    // 余/多 between a number and its section word: 二百三十余万, 1.5万余 is handled after.
    if (!inside && numeral) {
      const m = rules.approxInside.matchAt(text, j, end);
      const after = m ? (opts.spaces ? skipSpaces(text, m.end, end) : m.end) : -1;
      // …and 一百几十 (over 110): 几 between a multiplier and a smaller one.
      const nextPlace = multipliers.get(text[after] ?? '');
      const lastPlace =
        multipliers.get(numeral[numeral.length - 1] ?? '') ?? sections.get(numeral[numeral.length - 1] ?? '');
      if (
        m &&
        (sections.has(text[after] ?? '') ||
          (nextPlace !== undefined && lastPlace !== undefined && nextPlace < lastPlace))
      ) {
        inside = m;
        if (after > m.end) spaced = true;
        j = after;
        continue;
      }
    }
    break;
  }
  if (!numeral) return null;
  return { end: j, numeral, inside, spaced, pointed };
}

/** The numeral at `i` and its value, read with spaces and points first, then without them. */
const FULL: ReadOptions = { spaces: true, points: true };
const FULL_LEADING: ReadOptions = { spaces: true, points: true, leadingMultiplier: true };

function numeralAt(
  text: string,
  i: number,
  end: number,
  rules: RuleSet,
  leadingMultiplier = false,
): { num: Numeral; value: number } | null {
  let opts: ReadOptions = leadingMultiplier ? FULL_LEADING : FULL;
  for (;;) {
    const num = readNumeral(text, i, end, rules, opts);
    if (!num) return null;
    const value = parseNumeral(num.numeral, rules.numerals);
    if (value !== null) return { num, value };
    if (num.spaced && opts.spaces) opts = { ...opts, spaces: false };
    else if (num.pointed && opts.points) opts = { ...opts, points: false };
    else return { num, value: NaN };
  }
}

/** A sign before `i` (负三十二, -10000): its start, or -1. "-" is a sign only after a space, punctuation or the start. */
function signBefore(text: string, i: number, from: number, rules: RuleSet): number {
  const m = rules.minus.matchEndingAt(text, i, from);
  if (!m) return -1;
  const prev = text[m.start - 1];
  if (prev !== undefined && (isDigit(prev) || /[A-Za-z.\-]/.test(prev) || charsOf(rules).has(prev))) return -1;
  if (m.word === '-' && prev !== undefined && !/[\s,，、:：;；(（\[【=~～<>《“"'为是至到]/.test(prev)) return -1;
  return m.start;
}

/**
 * A fraction after a numeral ending at `at`: 五分之一 (the numeral is the denominator),
 * 三又三分之一 (the numeral is the whole part). Its value and end, or null.
 */
function fractionAfter(
  text: string,
  at: number,
  end: number,
  rules: RuleSet,
  whole: number,
): { value: number; end: number } | null {
  const over = (denominator: number, k: number): { value: number; end: number } | null => {
    for (const w of rules.fractionWords) {
      const f = spacedWordAt(text, skipSpaces(text, k, end), end, w);
      if (f < 0) continue;
      let n = skipSpaces(text, f, end);
      const sign = rules.minus.matchAt(text, n, end);
      if (sign) n = sign.end;
      const r = numeralAt(text, n, end, rules);
      if (!r || Number.isNaN(r.value) || denominator === 0) return null;
      return { value: ((sign ? -1 : 1) * r.value) / denominator, end: r.num.end };
    }
    return null;
  };
  const direct = over(whole, at);
  if (direct) return direct;
  for (const w of rules.mixedWords) {
    const k = skipSpaces(text, at, end);
    if (!text.startsWith(w, k)) continue;
    const d = numeralAt(text, skipSpaces(text, k + w.length, end), end, rules);
    if (!d || Number.isNaN(d.value)) return null;
    const f = over(d.value, d.num.end);
    if (!f) return null;
    return { value: whole < 0 ? whole - f.value : whole + f.value, end: f.end };
  }
  return null;
}

function precededBy(text: string, pos: number, words: readonly string[]): boolean {
  return words.some((w) => text.endsWith(w, pos));
}

function followedBy(text: string, pos: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, pos));
}

/** The longest approximation word of `lexicon` ending at `end` that is not cut out of a longer word (签约, 附近). */
function approxEndingAt(
  lexicon: RuleSet['approxBefore'],
  text: string,
  end: number,
  from: number,
): LexiconMatch<Ref<ApproxRule>> | null {
  for (const m of lexicon.allEndingAt(text, end, from))
    if (!precededBy(text, m.start, m.value.rule.notPrecededBy)) return m;
  return null;
}

/**
 * A scale word written without a digit after a `bare` approximation word: 上千 → 1000,
 * 数百 → 100, 超过万亿 → 10¹² (one of that scale). Only scale characters (十百千万亿):
 * 上千三百 or 数十5 are not bare, and a scale word alone (万家) stays a word.
 */
function bareScaleAt(
  text: string,
  i: number,
  end: number,
  from: number,
  rules: RuleSet,
): { word: LexiconMatch<Ref<ApproxRule>>; numeral: string; end: number; value: number } | null {
  const { multipliers, sections, digits, points } = rules.numerals;
  const isScale = (c: string | undefined) => c !== undefined && !isDigit(c) && (multipliers.has(c) || sections.has(c));
  if (!isScale(text[i])) return null;
  const word = approxEndingAt(rules.approxBare, text, i, from);
  // 一百几十: 几 inside a numeral is read with it, not as a bare scale word.
  if (!word || charsOf(rules).has(text[word.start - 1] ?? '')) return null;
  let k = i;
  while (k < end && isScale(text[k])) k++;
  const next = text[k];
  if (next !== undefined && (isDigit(next) || digits.has(next) || points.has(next))) return null;
  // 千瓦, 百分点: a scale character that begins a unit word belongs to the unit.
  while (k > i + 1 && rules.units.matchAt(text, k - 1, end)) k--;
  if (rules.units.matchAt(text, i, end) && !sections.has(text[i]!)) return null;
  const numeral = text.slice(i, k);
  const value = parseNumeral(`1${numeral}`, rules.numerals);
  return value === null ? null : { word, numeral, end: k, value };
}

/** A unit word in Latin letters at `pos` that ends there (GWh, MW; not the G of 5G nor GW of 10GWX). */
function latinUnitAt(text: string, pos: number, end: number, rules: RuleSet): boolean {
  const m = rules.units.matchAt(text, pos, end);
  return m !== null && /^[A-Za-z]+$/.test(m.word) && !/[A-Za-z0-9]/.test(text[m.end] ?? '');
}

/** The unit at `pos`, honouring each unit's notFollowedBy / notPrecededBy. */
function unitAt(
  text: string,
  pos: number,
  end: number,
  numberStart: number,
  rules: RuleSet,
): LexiconMatch<Ref<UnitRule>> | null {
  const direct = rules.units.matchAt(text, pos, end);
  // 个 百 分 点: a unit word spelled out with spaces (only where the word needs them: 个 alone stays 个).
  let gap = false;
  for (let k = pos + 1; k < pos + 8 && k < end && !gap; k++) gap = isSpace(text[k]);
  const spaced = gap ? rules.units.matchAtSpaced(text, pos, end) : null;
  const m = spaced && (!direct || spaced.word.length > direct.word.length) ? spaced : direct;
  if (!m) return null;
  const u = m.value.rule;
  if (followedBy(text, m.end, u.notFollowedBy)) return null;
  if (precededBy(text, numberStart, u.notPrecededBy)) return null;
  return m;
}

/** A unit a price may be per: a measure word, a physical unit or a span of time (头, 公斤, 平方米, 月). */
const perClass = (u: UnitRule) => u.class === 'count' || u.class === 'physical' || u.class === 'duration';

/**
 * 元/头, 美元/吨 after a money unit ending at `pos`: the unit it is per and the end. `unknown`
 * when a per word is followed by a word that is no unit (元/股): the figure is a price of
 * something unread, not an amount.
 */
function perAfter(
  text: string,
  pos: number,
  end: number,
  numberStart: number,
  rules: RuleSet,
): { per: LexiconMatch<Ref<UnitRule>> | null; unknown: boolean } {
  const word = rules.marker('per').matchAt(text, pos, end);
  if (!word) return { per: null, unknown: false };
  const per = unitAt(text, word.end, end, numberStart, rules);
  if (per && perClass(per.value.rule)) return { per, unknown: false };
  return { per: null, unknown: word.word === '/' && /[\u4e00-\u9fffA-Za-z]/.test(text[word.end] ?? '') };
}

/** 每公斤20元: a per word and a unit right before the number at `i`; the unit and where the phrase starts. */
function perBefore(
  text: string,
  i: number,
  from: number,
  rules: RuleSet,
): { per: LexiconMatch<Ref<UnitRule>>; start: number } | null {
  for (const u of rules.units.allEndingAt(text, i, from)) {
    if (!perClass(u.value.rule) || u.value.rule.class === 'duration') continue; // 每年1000亿元 is a yearly amount
    const word = rules.marker('per').matchEndingAt(text, u.start, from);
    if (word && word.word !== '/') return { per: u, start: word.start };
  }
  return null;
}

/** The section words closing a numeral (1.8亿 → 1e8, 3万亿 → 1e12), or 1. */
function trailingScale(numeral: string, rules: RuleSet): number {
  let scale = 1;
  for (let k = numeral.length - 1; k >= 0 && rules.numerals.sections.has(numeral[k]!); k--)
    scale *= rules.numerals.sections.get(numeral[k]!)!;
  return scale;
}

/**
 * 快3.5、1.8个百分点, 分别为3.2、1.5亿元: numbers listed before the last share its unit
 * and its scale word. Only between list words (markers.yaml#shared-unit), only numbers
 * with neither a unit nor a scale word of their own, and only in Arabic digits (五、六倍 is
 * "five or six times").
 */
function shareUnits(text: string, rules: RuleSet, out: QuantityMatch[], numerals: readonly string[]): QuantityMatch[] {
  const sep = rules.marker('shared-unit');
  const result = out.slice();
  for (let k = out.length - 1; k > 0; k--) {
    const last = result[k]!;
    if (!last.unit) continue;
    const scale = trailingScale(numerals[k]!, rules);
    for (let j = k - 1; j >= 0; j--) {
      const q = result[j]!;
      const next = result[j + 1]!;
      const between = text.slice(q.end, next.start).trim();
      // 高于全国12.7个、12个百分点: an item whose unit is the start of the last one's (个 of
      // 个百分点) wrote it short; it takes the whole.
      if (q.unit && sep.has(between) && elided(q.unit.word, last.unit.word) && next.unit?.word === last.unit.word) {
        result[j] = { ...q, unit: last.unit, shared: true };
        continue;
      }
      // 五、六倍, 二、三十亿斤 are "five or six", "twenty or thirty": Chinese numerals in a row are a guess, not a list.
      if (q.unit || !sep.has(between) || q.chineseOnly || last.chineseOnly) break;
      if (trailingScale(numerals[j]!, rules) !== 1 || q.approx) break;
      // 运-20、3架: a number after a hyphen names a model.
      if (/[-–—A-Za-z]/.test(text[q.start - 1] ?? '')) break;
      result[j] = { ...q, number: clean(q.number * scale), unit: last.unit, per: last.per ?? null, shared: true };
    }
  }
  return result;
}

/** Is `short` the start of `whole` written on its own (个 of 个百分点)? */
const elided = (short: string, whole: string) => short.length < whole.length && whole.startsWith(short);

/**
 * 33万农民工, 95万低保和特困人员 (a noun of people right after), 人口超千万 (right before, past
 * approximation and trail words): a number with 万 or 亿 and no unit counts people
 * (markers.yaml#people-noun). Whether it is a figure is decided as for any count of people:
 * a metric must name what it counts.
 */
function impliedPeople(text: string, start: number, end: number, from: number, to: number, rules: RuleSet): boolean {
  const nouns = rules.marker('people-noun');
  if (nouns.matchAt(text, end, to)) return true;
  let p = start;
  const trail = rules.labelTrail.matchEndingAt(text, p, from);
  if (trail) p = trail.start;
  return nouns.matchEndingAt(text, p, from) !== null;
}

/**
 * 1100亿 with no 元: yuan only where money is certain — a money noun or a money metric
 * right before it (固定资产投资总额突破60亿, GDP突破万亿) or in the phrase right after it
 * (超过1000亿的民生事业投资). `start` is where the number's approximation words begin.
 */
function impliedMoney(text: string, start: number, end: number, from: number, to: number, rules: RuleSet): boolean {
  const nouns = rules.marker('money-noun');
  const tail = rules.marker('metric-tail');
  // 53.8亿手, 9.95亿沙特里亚尔: a word right after the number is its unit, one not known.
  const next = text[end];
  if (
    next !== undefined &&
    /[\u4e00-\u9fff]/.test(next) &&
    next !== '的' &&
    !rules.approxAfter.matchAt(text, end, to) &&
    !rules.labelLead.matchAt(text, end, to)
  )
    return false;
  const isMoneyMetric = (m: LexiconMatch<Ref<MetricRule>> | null) => m !== null && m.value.rule.class === 'money';
  // before: trail words (为, 达到, 了) off, then a money noun or metric, maybe with its tail (总额, 规模)
  let p = start;
  let listed = false;
  for (let k = 0; k < 3; k++) {
    const t = rules.labelTrail.matchEndingAt(text, p, from);
    if (!t) break;
    // 成交量、成交额分别为53.8亿…: the noun before a respective list names its last item only
    listed ||= rules.marker('respectively').findAll(t.word).length > 0;
    p = t.start;
  }
  if (listed) return false;
  const t = tail.matchEndingAt(text, p, from);
  for (const q of t ? [p, t.start] : [p]) {
    if (nouns.matchEndingAt(text, q, from) || isMoneyMetric(rules.metrics.matchEndingAt(text, q, from))) return true;
  }
  // after: 的 and a short noun phrase headed by a money noun
  let k = end;
  if (text[k] === '的') k++;
  const stop = Math.min(to, k + 12);
  let phraseEnd = k;
  while (phraseEnd < stop && !/[\s,，。;；、:：!！?？()（）“”]/.test(text[phraseEnd]!)) phraseEnd++;
  // …as its head: 投资 of 民生事业投资 (then the phrase ends or a function word follows), not of 投资者.
  return (
    k > end &&
    nouns
      .findAll(text, k, phraseEnd)
      .some((m) => m.end === phraseEnd || rules.labelLead.matchAt(text, m.end, phraseEnd) !== null)
  );
}

/** All quantities in `text[from, to)`, left to right, not overlapping. */
export function findQuantities(text: string, rules: RuleSet, from = 0, to = text.length): QuantityMatch[] {
  const { found, numerals } = scanQuantities(text, rules, from, to);
  return numerals.length === found.length && found.length > 1 ? shareUnits(text, rules, found, numerals) : found;
}

function scanQuantities(
  text: string,
  rules: RuleSet,
  from: number,
  to: number,
): { found: QuantityMatch[]; numerals: string[] } {
  const numerals: string[] = [];
  const out: QuantityMatch[] = [];
  const chars = charsOf(rules);
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Most characters start nothing: one array read each.
    if (!chars.code[code] && !rules.prefixUnits.couldStart(code)) continue;
    const c = text[i]!;
    let prefixUnit: LexiconMatch<Ref<UnitRule>> | null = null;
    if (
      rules.prefixUnits.couldStart(code) &&
      (prefixUnit =
        rules.prefixUnits.matchAt(text, i, to) ??
        (isSpace(text[i + 1]) ? rules.prefixUnits.matchAtSpaced(text, i, to) : null))
    ) {
      // 百分之十三 (百 分 之 2): the unit comes first.
      const r = numeralAt(text, skipSpaces(text, prefixUnit.end, to), to, rules, true);
      // …and a letter after the number (百分之15K) is not read.
      if (r && !Number.isNaN(r.value) && !/[A-Za-z]/.test(text[r.num.end] ?? '')) {
        numerals.push(r.num.numeral);
        out.push({
          start: i,
          end: r.num.end,
          numberStart: skipSpaces(text, prefixUnit.end, to),
          numberEnd: r.num.end,
          number: r.value,
          chineseOnly: !/\d/.test(r.num.numeral),
          approx: null,
          unit: prefixUnit,
        });
        i = r.num.end - 1;
        continue;
      }
    }
    if (!chars.has(c)) continue;
    // Inside a longer token: a digit right after a letter or digit (A60, 5G, 8K) is a model name;
    // after ^, e- or / it is an exponent or a ratio (2^5, 2e-1, 3/5), not read.
    const prev = text[i - 1];
    // …but after an acronym of capitals (GDP9602.72亿元) a digit starts the figure it names,
    // when the figure is an amount, a percentage or carries a scale word (checked below).
    const glued =
      prev !== undefined && isDigit(c) && /(?:^|[^A-Za-z0-9.\-])[A-Z]{2,}$/.test(text.slice(Math.max(from, i - 12), i));
    if (
      !glued &&
      prev !== undefined &&
      (/[A-Za-z.^]/.test(prev) ||
        // 3/5, 0.6人/百亿元: after / a number is a ratio's other side or a unit's denominator.
        prev === '/' ||
        (/[+-]/.test(prev) && /[A-Za-z^]|[+-][A-Za-z^]/.test(text.slice(Math.max(0, i - 3), i - 1))))
    ) {
      while (i + 1 < to && chars.has(text[i + 1]!)) i++;
      continue;
    }
    // 一切, 四川: words, not numbers.
    const word = rules.notNumbers.matchAt(text, i, to);
    if (word) {
      i = word.end - 1;
      continue;
    }
    const bare = bareScaleAt(text, i, to, from, rules);
    const read = bare
      ? {
          num: { end: bare.end, numeral: bare.numeral, inside: null, spaced: false, pointed: false },
          value: bare.value,
        }
      : numeralAt(text, i, to, rules);
    if (!read) continue;
    const num = read.num;
    let value: number | null = Number.isNaN(read.value) ? null : read.value;
    let numberEnd = num.end;
    // …followed by a letter (5G, 8K, 4G/5G): a model name as well, unless the letters are a unit
    // word of their own (100GWh, 10GW, 1MWh); by ^ or /digit, an exponent or a ratio.
    if (
      (/[A-Za-z^]/.test(text[numberEnd] ?? '') && !latinUnitAt(text, numberEnd, to, rules)) ||
      (text[numberEnd] === '/' && isDigit(text[numberEnd + 1]))
    ) {
      i = numberEnd - 1;
      continue;
    }
    // Ordinals (第8, 第二) and top-N selectors (前十家) are ranks, not quantities; 目前30家 is a count.
    const rank = rules.marker('rank-before').matchEndingAt(text, i, from);
    if (value === null || prev === '第' || (rank && !rules.marker('rank-before-not').matchEndingAt(text, i, from))) {
      i = numberEnd - 1;
      continue;
    }
    const signStart = bare ? -1 : signBefore(text, i, from, rules);
    if (signStart >= 0) value = -value;
    const fraction = fractionAfter(text, numberEnd, to, rules, value);
    // 陆地, 收拾: a financial numeral alone is a word.
    if (!fraction && num.numeral.length === 1 && rules.numerals.notAlone.has(num.numeral)) {
      i = numberEnd - 1;
      continue;
    }
    if (fraction) {
      // 五分之一, 三又三分之一: a number without a unit.
      numerals.push('');
      out.push({
        start: signStart >= 0 ? signStart : i,
        end: fraction.end,
        numberStart: i,
        numberEnd: fraction.end,
        number: clean(fraction.value),
        chineseOnly: !/\d/.test(num.numeral),
        approx: null,
        unit: null,
      });
      i = fraction.end - 1;
      continue;
    }
    let pos = numberEnd;
    let approx = num.inside;
    // 一百五十 个百分点: spaces may stand between a number and its unit.
    const gap = skipSpaces(text, pos, to);
    if (!approx) {
      const inside = rules.approxInside.matchAt(text, gap, to);
      if (inside && unitAt(text, inside.end, to, i, rules)) {
        approx = inside;
        pos = inside.end;
      }
    }
    let unit = unitAt(text, pos === numberEnd ? gap : pos, to, i, rules);
    if (unit) pos = unit.end;
    if (
      glued &&
      !(unit && /^(money|percent|pp)$/.test(unit.value.rule.class)) &&
      trailingScale(num.numeral, rules) === 1
    ) {
      while (i + 1 < to && chars.has(text[i + 1]!)) i++;
      continue;
    }
    // 600元/头, 每公斤20元: a price per something, not an amount.
    let per: LexiconMatch<Ref<UnitRule>> | null = null;
    let perStart = -1;
    if (unit && unit.value.rule.class === 'money') {
      const after = perAfter(text, pos, to, i, rules);
      if (after.per) {
        per = after.per;
        pos = after.per.end;
      } else if (after.unknown) unit = null;
      else {
        const b = signStart >= 0 || bare ? null : perBefore(text, i, from, rules);
        if (b) {
          per = b.per;
          perStart = b.start;
        }
      }
    }
    const wordBefore = bare
      ? bare.word
      : signStart >= 0
        ? null
        : approxEndingAt(rules.approxBefore, text, perStart >= 0 ? perStart : i, from);
    // 迈上4个万亿元台阶: a word that marks only some classes of quantity leaves the others as they are.
    const classes = wordBefore?.value.rule.classes;
    const before = !bare && classes && unit && !classes.includes(unit.value.rule.class) ? null : wordBefore;
    // 突破60亿 after 固定资产投资总额: yuan, when money is certain; else no unit, as before.
    if (
      !unit &&
      trailingScale(num.numeral, rules) >= 1e8 &&
      impliedMoney(text, before ? before.start : i, num.end, from, to, rules)
    ) {
      const yuan = rules.units.matchAt('元', 0);
      if (yuan) unit = { start: num.end, end: num.end, word: '', value: yuan.value };
    }
    // 33万农民工, 惠及76万群众, 人口超千万: people, when a noun of people is right after or before.
    if (
      !unit &&
      trailingScale(num.numeral, rules) >= 1e4 &&
      impliedPeople(text, before ? before.start : i, num.end, from, to, rules)
    ) {
      const person = rules.units.matchAt('人', 0);
      if (person) unit = { start: num.end, end: num.end, word: '', value: person.value };
    }
    const after = unit ? rules.approxAfter.matchAt(text, pos, to) : null;
    if (after) pos = after.end;
    numberEnd = num.end;
    numerals.push(num.numeral);
    out.push({
      start: signStart >= 0 ? signStart : before ? before.start : perStart >= 0 ? perStart : i,
      end: pos,
      numberStart: i,
      numberEnd,
      number: value,
      chineseOnly: !/\d/.test(num.numeral),
      approx: before ?? approx ?? after,
      unit,
      per,
    });
    i = pos - 1;
  }
  return { found: out, numerals };
}

/**
 * Is [start, end) inside a short quotation (“十个新优势”, “三个十大”): an opening quote a few
 * characters before it and its closing quote a few after, per markers.yaml#slogan-quote
 * (quotes listed opening, closing, in pairs)?
 */
export function inShortQuotation(text: string, start: number, end: number, rules: RuleSet): boolean {
  const quotes = rules.marker('slogan-quote').words();
  const opens = new Set(quotes.filter((_, k) => k % 2 === 0));
  const closes = new Set(quotes.filter((_, k) => k % 2 === 1));
  const stops = /[。；;\n]/;
  let open = -1;
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    if (closes.has(text[k]!) || stops.test(text[k]!)) return false;
    if (opens.has(text[k]!)) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = end; k < Math.min(text.length, open + 16); k++) {
    if (closes.has(text[k]!)) return true;
    if (opens.has(text[k]!) || stops.test(text[k]!)) return false;
  }
  return false;
}

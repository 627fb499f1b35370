// The words around a number that make it a quantity: its unit (个百分点, 亿元), what a
// price is per (元/头, 每公斤), the approximation words before it, a scale word alone
// after one (上千, 数百), and yuan implied where money is certain (投资总额突破60亿).
import type { ApproxRule, MetricRule, UnitRule } from '../rules/schema.js';
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { parseNumeral } from './numerals.js';
import { charsOf, isDigit } from './chars.js';
import { perRuleSet } from '../rules/compiled.js';
import { codeBits, hasCode } from '../segment/code-table.js';

// Loops, not words.some(…): a closure per call, and these run for every unit and approximation word found.
function precededBy(text: string, pos: number, words: readonly string[]): boolean {
  for (const w of words) if (text.endsWith(w, pos)) return true;
  return false;
}

function followedBy(text: string, pos: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, pos)) return true;
  return false;
}

/** The longest approximation word of `lexicon` ending at `end` that is not cut out of a longer word (签约, 附近). */
export function approxEndingAt(
  lexicon: RuleSet['approxBefore'],
  text: string,
  end: number,
  from: number,
): LexiconMatch<Ref<ApproxRule>> | null {
  for (const m of lexicon.allEndingAt(text, end, from))
    if (!precededBy(text, m.start, m.value.rule.notPrecededBy)) return m;
  return null;
}

/** The scale characters (十百千万亿: multipliers and sections, never a digit), as bits over UTF-16 code units. */
const scaleChars = perRuleSet((rules): Int32Array =>
  codeBits(
    [...rules.numerals.multipliers.keys(), ...rules.numerals.sections.keys()].filter(
      (c) => c.length === 1 && !isDigit(c),
    ),
  ),
);

/**
 * A scale word written without a digit after a `bare` approximation word: 上千 → 1000,
 * 数百 → 100, 超过万亿 → 10¹² (one of that scale). Only scale characters (十百千万亿):
 * 上千三百 or 数十5 are not bare, and a scale word alone (万家) stays a word.
 */
export function bareScaleAt(
  text: string,
  i: number,
  end: number,
  from: number,
  rules: RuleSet,
): { word: LexiconMatch<Ref<ApproxRule>>; numeral: string; end: number; value: number } | null {
  const { sections, digits, points } = rules.numerals;
  const scale = scaleChars(rules);
  // (most numbers start with no scale character: one table read, no closure, no string)
  if (!hasCode(scale, text.charCodeAt(i))) return null;
  const word = approxEndingAt(rules.approxBare, text, i, from);
  // 一百几十: 几 inside a numeral is read with it, not as a bare scale word.
  if (!word || charsOf(rules).has(text[word.start - 1] ?? '')) return null;
  let k = i;
  while (k < end && hasCode(scale, text.charCodeAt(k))) k++;
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
export function latinUnitAt(text: string, pos: number, end: number, rules: RuleSet): boolean {
  const m = rules.units.matchAt(text, pos, end);
  return m !== null && /^[A-Za-z]+$/.test(m.word) && !/[A-Za-z0-9]/.test(text[m.end] ?? '');
}

/** The unit at `pos`, honouring each unit's notFollowedBy / notPrecededBy. */
export function unitAt(
  text: string,
  pos: number,
  end: number,
  numberStart: number,
  rules: RuleSet,
): LexiconMatch<Ref<UnitRule>> | null {
  const direct = rules.units.matchAt(text, pos, end);
  // 个 百 分 点: a unit word spelled out with spaces (only where the word needs them: 个 alone stays 个).
  // (by code: text[k] would make a string of each Chinese character looked at)
  let gap = false;
  for (let k = pos + 1; k < pos + 8 && k < end && !gap; k++) {
    const c = text.charCodeAt(k);
    gap = c === 0x20 || c === 0x09; // isSpace: a space or a tab
  }
  const spaced = gap ? rules.units.matchAtSpaced(text, pos, end) : null;
  const m = spaced && (!direct || spaced.word.length > direct.word.length) ? spaced : direct;
  if (!m) return null;
  const u = m.value.rule;
  if (followedBy(text, m.end, u.notFollowedBy)) return null;
  if (precededBy(text, numberStart, u.notPrecededBy)) return null;
  // (时速超过600公里: an approximation word may stand between the word and the number)
  const approx = u.notPrecededBy.length > 0 ? rules.approxBefore.matchEndingAt(text, numberStart) : null;
  if (approx && precededBy(text, approx.start, u.notPrecededBy)) return null;
  return m;
}

/** A unit a price may be per: a measure word, a physical unit or a span of time (头, 公斤, 平方米, 月). */
const perClass = (u: UnitRule) => u.class === 'count' || u.class === 'physical' || u.class === 'duration';

/**
 * 元/头, 美元/吨 after a money unit ending at `pos`: the unit it is per and the end. `unknown`
 * when a per word is followed by a word that is no unit (元/股): the figure is a price of
 * something unread, not an amount.
 */
export function perAfter(
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
export function perBefore(
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
export function trailingScale(numeral: string, rules: RuleSet): number {
  let scale = 1;
  for (let k = numeral.length - 1; k >= 0 && rules.numerals.sections.has(numeral[k]!); k--)
    scale *= rules.numerals.sections.get(numeral[k]!)!;
  return scale;
}

/**
 * 1100亿 with no 元: yuan only where money is certain — a money noun or a money metric
 * right before it (固定资产投资总额突破60亿, GDP突破万亿) or in the phrase right after it
 * (超过1000亿的民生事业投资). `start` is where the number's approximation words begin.
 */
export function impliedMoney(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  rules: RuleSet,
): boolean {
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
    listed ||= rules.marker('respectively').firstIn(t.word) !== null;
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

/**
 * 33万农民工, 95万低保和特困人员 (a noun of people right after), 人口超千万 (right before, past
 * approximation and trail words, or a verb of change: 贫困人口减少1240万): a number with 万 or 亿 and no unit counts people
 * (markers.yaml#people-noun). Whether it is a figure is decided as for any count of people:
 * a metric must name what it counts.
 */
export function impliedPeople(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  rules: RuleSet,
): boolean {
  const nouns = rules.marker('people-noun');
  if (nouns.matchAt(text, end, to)) return true;
  let p = start;
  const trail = rules.labelTrail.matchEndingAt(text, p, from);
  if (trail) p = trail.start;
  // 农村贫困人口减少1240万: a verb of change between the noun and its number.
  const change = trail ? null : rules.directions.matchEndingAt(text, p, from);
  if (change) p = change.start;
  return nouns.matchEndingAt(text, p, from) !== null;
}

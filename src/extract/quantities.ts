// Finding quantities: a numeral, its approximation words and its unit, as spans
// of the (width-folded) text. What a quantity is worth in base units is decided
// in resolve/quantity.ts; here we only find where it is and what it is made of.
import type { ApproxRule, UnitRule } from '../rules/schema.js';
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { parseNumeral } from '../resolve/numbers.js';

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
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Characters a numeral may contain, per the rule set, as a bitmap over UTF-16 code units (scans read it per character). */
function charsOf(rules: RuleSet): { has(c: string): boolean; code: Uint8Array } {
  return rules.cached('quantities:numeral-chars', () => {
    const code = new Uint8Array(65536);
    for (const c of '0123456789') code[c.charCodeAt(0)] = 1;
    for (const table of [rules.numerals.digits, rules.numerals.multipliers, rules.numerals.sections]) for (const k of table.keys()) code[k.charCodeAt(0)] = 1;
    return { has: (c: string) => code[c.charCodeAt(0)] === 1, code };
  });
}

/**
 * Reads the longest numeral starting at `i`: Arabic digits (with decimal point and
 * thousands commas), Chinese numerals, or a mixture (1.5万, 3万4000), with at most
 * one inside approximation word (二百三十余万). Returns its end and the inside word.
 */
function readNumeral(
  text: string,
  i: number,
  end: number,
  rules: RuleSet,
): { end: number; numeral: string; inside: LexiconMatch<Ref<ApproxRule>> | null } | null {
  const chars = charsOf(rules);
  const { sections, multipliers } = rules.numerals;
  let j = i;
  let inside: LexiconMatch<Ref<ApproxRule>> | null = null;
  let numeral = '';
  // A numeral never starts with a section word (万家 is "ten thousand homes", a word).
  if (sections.has(text[i]!)) return null;
  // 百/千 open a numeral only as 百亿, 千万 …
  if (multipliers.has(text[i]!) && !isDigit(text[i]) && multipliers.get(text[i]!)! > 10 && !sections.has(text[i + 1] ?? '')) return null;
  while (j < end) {
    const c = text[j]!;
    if (isDigit(c)) {
      let k = j;
      while (k < end && isDigit(text[k])) k++;
      // thousands groups: 1,234,567 (exactly three digits after each comma)
      while (text[k] === ',' && isDigit(text[k + 1]) && isDigit(text[k + 2]) && isDigit(text[k + 3]) && !isDigit(text[k + 4]) && k + 4 <= end) k += 4;
      if (text[k] === '.' && isDigit(text[k + 1])) {
        k++;
        while (k < end && isDigit(text[k])) k++;
      }
      numeral += text.slice(j, k);
      j = k;
      continue;
    }
    if (chars.has(c)) {
      // 3亿千瓦时, 5千米: a multiplier that begins a unit word belongs to the unit.
      if (numeral && multipliers.has(c) && rules.units.matchAt(text, j, end)) break;
      numeral += c;
      j++;
      continue;
    }
    // 余/多 between a number and its section word: 二百三十余万, 1.5万余 is handled after.
    if (!inside && numeral) {
      const m = rules.approxInside.matchAt(text, j, end);
      if (m && sections.has(text[m.end] ?? '')) {
        inside = m;
        j = m.end;
        continue;
      }
    }
    break;
  }
  if (!numeral) return null;
  return { end: j, numeral, inside };
}

function precededBy(text: string, pos: number, words: readonly string[]): boolean {
  return words.some((w) => text.endsWith(w, pos));
}

function followedBy(text: string, pos: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, pos));
}

/** The unit at `pos`, honouring each unit's notFollowedBy / notPrecededBy. */
function unitAt(text: string, pos: number, end: number, numberStart: number, rules: RuleSet): LexiconMatch<Ref<UnitRule>> | null {
  const m = rules.units.matchAt(text, pos, end);
  if (!m) return null;
  const u = m.value.rule;
  if (followedBy(text, m.end, u.notFollowedBy)) return null;
  if (precededBy(text, numberStart, u.notPrecededBy)) return null;
  return m;
}

/** All quantities in `text[from, to)`, left to right, not overlapping. */
export function findQuantities(text: string, rules: RuleSet, from = 0, to = text.length): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  const chars = charsOf(rules);
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Most characters start nothing: one array read each.
    if (!chars.code[code] && !rules.prefixUnits.couldStart(code)) continue;
    const c = text[i]!;
    let prefixUnit: LexiconMatch<Ref<UnitRule>> | null = null;
    if (rules.prefixUnits.couldStart(code) && (prefixUnit = rules.prefixUnits.matchAt(text, i, to))) {
      // 百分之十三: the unit comes first.
      const num = readNumeral(text, prefixUnit.end, to, rules);
      const value = num ? parseNumeral(num.numeral, rules.numerals) : null;
      if (num && value !== null) {
        out.push({
          start: i,
          end: num.end,
          numberStart: prefixUnit.end,
          numberEnd: num.end,
          number: value,
          chineseOnly: !/\d/.test(num.numeral),
          approx: null,
          unit: prefixUnit,
        });
        i = num.end - 1;
        continue;
      }
    }
    if (!chars.has(c)) continue;
    // Inside a longer token: a digit right after a letter or digit (A60, 5G, 8K) is a model name.
    const prev = text[i - 1];
    if (prev !== undefined && /[A-Za-z.]/.test(prev)) {
      while (i + 1 < to && chars.has(text[i + 1]!)) i++;
      continue;
    }
    const num = readNumeral(text, i, to, rules);
    if (!num) continue;
    const value = parseNumeral(num.numeral, rules.numerals);
    const numberEnd = num.end;
    // …followed by a letter (5G, 8K, 4G/5G): a model name as well.
    if (/[A-Za-z]/.test(text[numberEnd] ?? '')) {
      i = numberEnd - 1;
      continue;
    }
    // Ordinals (第8, 第二) are ranks, not quantities.
    if (value === null || prev === '第') {
      i = numberEnd - 1;
      continue;
    }
    let pos = numberEnd;
    let approx = num.inside;
    if (!approx) {
      const inside = rules.approxInside.matchAt(text, pos, to);
      if (inside && unitAt(text, inside.end, to, i, rules)) {
        approx = inside;
        pos = inside.end;
      }
    }
    const unit = unitAt(text, pos, to, i, rules);
    if (unit) pos = unit.end;
    const before = rules.approxBefore.matchEndingAt(text, i, from);
    const after = unit ? rules.approxAfter.matchAt(text, pos, to) : null;
    if (after) pos = after.end;
    out.push({
      start: before ? before.start : i,
      end: pos,
      numberStart: i,
      numberEnd,
      number: value,
      chineseOnly: !/\d/.test(num.numeral),
      approx: before ?? approx ?? after,
      unit,
    });
    i = pos - 1;
  }
  return out;
}

// Numerals to numbers: 9385.6亿 → 938560000000, 二百三十万 → 2300000,
// 3万4000 → 34000, 二〇二〇 → 2020. The characters' values come from the rules
// (numbers.yaml); the arithmetic of sections and multipliers lives here.
import type { NumeralTables } from '../rules/ruleset.js';

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;

/** Floating-point noise off a product of a decimal and a power of ten (4.78 × 1e12). */
export function clean(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * The value of a numeral written with Arabic digits, Chinese numerals or both.
 * Returns null for strings that are not one well-formed number (三四 is "three or
 * four", not 34; a bare 万 is a word, not a number).
 */
export function parseNumeral(s: string, t: NumeralTables): number | null {
  let total = 0; // completed 亿 blocks
  let wan = 0; // completed 万 block inside the current 亿 block
  let small = 0; // below 万
  let num: number | null = null;
  let run = 0; // consecutive Chinese digits, read positionally (二〇二〇)
  let runHasZero = false;
  let seenAny = false;
  const closeRun = () => {
    if (run >= 2 && run <= 3 && !runHasZero) return false;
    run = 0;
    runHasZero = false;
    return true;
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      ARABIC.lastIndex = i;
      const m = ARABIC.exec(s);
      if (!m || num !== null) return null;
      num = Number(m[0].replace(/,/g, ''));
      i += m[0].length;
      seenAny = true;
      continue;
    }
    const d = t.digits.get(c);
    if (d !== undefined) {
      if (run > 0 && num !== null) num = num * 10 + d;
      else if (num !== null) return null;
      else num = d;
      run++;
      if (d === 0) runHasZero = true;
      seenAny = true;
      i++;
      continue;
    }
    if (!closeRun()) return null;
    const mul = t.multipliers.get(c);
    if (mul !== undefined) {
      small += (num ?? 1) * mul;
      num = null;
      seenAny = true;
      i++;
      continue;
    }
    const sec = t.sections.get(c);
    if (sec !== undefined) {
      if (!seenAny) return null;
      const block = wan + small + (num ?? 0);
      if (sec >= 1e8) {
        total = (total + block) * sec;
        wan = 0;
      } else {
        if (small + (num ?? 0) === 0 && wan === 0) return null;
        wan = (wan + small + (num ?? 0)) * sec;
        // 万亿: the 万 block multiplies on into the 亿 that follows.
      }
      small = 0;
      num = null;
      i++;
      continue;
    }
    return null;
  }
  if (!closeRun() || !seenAny) return null;
  return clean(total + wan + small + (num ?? 0));
}

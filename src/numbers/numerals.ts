// Numerals to numbers: 9385.6亿 → 938560000000, 二百三十万 → 2300000,
// 3万4000 → 34000, 二〇二〇 → 2020. The characters' values come from the rules
// (numbers.yaml); the arithmetic of sections and multipliers lives here.
import type { NumeralTables } from '../rules/ruleset.js';

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;

/** Floating-point noise off a product of a decimal and a power of ten (4.78 × 1e12). */
export function clean(value: number): number {
  // Most values are whole and well below 10^15: toPrecision would give them back as they
  // are (but -0 as 0), and it goes through a string. It runs for every numeral read.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value === 0 ? 0 : value;
  return Number(value.toPrecision(15));
}

/**
 * The value of a numeral written with Arabic digits, Chinese numerals or both.
 * Returns null for strings that are not one well-formed number (三四 is "three or
 * four", not 34; a bare 万 is a word, not a number). A lone Chinese digit right after
 * a multiplier or section is the next place down (二百五 → 250, 一万三 → 13000,
 * 九十二万四 → 924000); after 零 it is not (一百零五 → 105). A decimal point (点)
 * takes Chinese digits after it (二点五 → 2.5, 两千万点五五 → 20000000.55).
 */
export function parseNumeral(s: string, t: NumeralTables): number | null {
  let total = 0; // completed 亿 blocks
  let wan = 0; // completed 万 block inside the current 亿 block
  let small = 0; // below 万
  let num: number | null = null;
  let run = 0; // consecutive Chinese digits, read positionally (二〇二〇)
  let runHasZero = false;
  let seenAny = false;
  let lastUnit = 0; // the multiplier or section just before the current digit
  let zeroSinceUnit = false;
  let fraction = false; // the current number has a decimal part: no place-down scaling
  const closeRun = () => {
    if (run >= 2 && run <= 3 && !runHasZero) return false;
    run = 0;
    runHasZero = false;
    return true;
  };
  /** 二百五: a single digit right after a unit is worth a tenth of that unit. */
  const placed = (n: number): number =>
    run === 1 && lastUnit >= 100 && !zeroSinceUnit && !fraction ? (n * lastUnit) / 10 : n;
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      ARABIC.lastIndex = i;
      const m = ARABIC.exec(s);
      // 1千零20: Arabic digits may follow 零.
      if (!m || (num !== null && !(num === 0 && zeroSinceUnit && run === 1))) return null;
      num = Number(m[0].replace(/,/g, ''));
      run = 0;
      runHasZero = false;
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
      if (d === 0) {
        runHasZero = true;
        zeroSinceUnit = true;
      }
      seenAny = true;
      i++;
      continue;
    }
    if (t.points.has(c)) {
      // 二点五, 十点二三三, 一千六点五 (1600.5): Chinese digits only after the point.
      let j = i + 1;
      let digits = '';
      while (j < s.length && t.digits.has(s[j]!) && !t.notAfterPoint.has(s[j]!))
        digits += String(t.digits.get(s[j++]!));
      if (!digits || fraction) return null;
      const whole = num === null ? null : placed(num);
      if (!closeRun()) return null;
      const frac = Number(`0.${digits}`);
      if (num !== null && lastUnit === 0) num += frac;
      else {
        if (whole !== null) small += whole;
        num = frac;
      }
      fraction = true;
      seenAny = true;
      i = j;
      continue;
    }
    if (!closeRun()) return null;
    const mul = t.multipliers.get(c);
    if (mul !== undefined) {
      if (fraction) return null;
      // 零十 is ten: 一百零十万 → 1100000.
      small += (num === null || (num === 0 && zeroSinceUnit) ? 1 : num) * mul;
      num = null;
      lastUnit = mul;
      zeroSinceUnit = false;
      seenAny = true;
      i++;
      continue;
    }
    const sec = t.sections.get(c);
    if (sec !== undefined) {
      if (!seenAny) return null;
      const own = small + (num === null ? 0 : num);
      if (sec >= 1e8) {
        total = (total + wan + own) * sec;
        wan = 0;
      } else {
        if (own === 0 && wan === 0) return null;
        wan = (wan + own) * sec;
        // 万亿: the 万 block multiplies on into the 亿 that follows.
      }
      small = 0;
      num = null;
      lastUnit = sec;
      zeroSinceUnit = false;
      fraction = false;
      i++;
      continue;
    }
    return null;
  }
  const last = num === null ? 0 : placed(num);
  if (!closeRun() || !seenAny) return null;
  return clean(total + wan + small + last);
}

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
  // Most numerals are Arabic digits alone (2020, 3.5, 1,234): read at once, as the reader's first step would.
  // (`test` with the sticky regex's lastIndex: no match array is built.)
  ARABIC.lastIndex = 0;
  if (ARABIC.test(s) && ARABIC.lastIndex === s.length) return clean(Number(s.includes(',') ? s.replace(/,/g, '') : s));
  const reader = new NumeralReader(s, t);
  for (let i = 0; i < s.length;) {
    i = reader.step(i);
    if (i < 0) return null;
  }
  return reader.value();
}

/** The state of reading one numeral, character by character (parseNumeral). */
class NumeralReader {
  private total = 0; // completed 亿 blocks
  private wan = 0; // completed 万 block inside the current 亿 block
  private small = 0; // below 万
  private num: number | null = null;
  private run = 0; // consecutive Chinese digits, read positionally (二〇二〇)
  private runHasZero = false;
  private seenAny = false;
  private lastUnit = 0; // the multiplier or section just before the current digit
  private zeroSinceUnit = false;
  private fraction = false; // the current number has a decimal part: no place-down scaling

  constructor(
    private readonly s: string,
    private readonly t: NumeralTables,
  ) {}

  /** Reads what starts at `i`; the index after it, or -1 when the string is no well-formed numeral. */
  step(i: number): number {
    const c = this.s[i]!;
    if (c >= '0' && c <= '9') return this.arabic(i);
    const d = this.t.digits.get(c);
    if (d !== undefined) return this.digit(d) ? i + 1 : -1;
    if (this.t.points.has(c)) return this.point(i);
    if (!this.closeRun()) return -1;
    const mul = this.t.multipliers.get(c);
    if (mul !== undefined) return this.multiplier(mul) ? i + 1 : -1;
    const sec = this.t.sections.get(c);
    if (sec !== undefined) return this.section(sec) ? i + 1 : -1;
    return -1;
  }

  /** The numeral's value, or null when it is not one well-formed number. */
  value(): number | null {
    const last = this.num === null ? 0 : this.placed(this.num);
    if (!this.closeRun() || !this.seenAny) return null;
    return clean(this.total + this.wan + this.small + last);
  }

  /** 三四 is "three or four": a run of two or three digits with no 零 is not positional. */
  private closeRun(): boolean {
    if (this.run >= 2 && this.run <= 3 && !this.runHasZero) return false;
    this.run = 0;
    this.runHasZero = false;
    return true;
  }

  /** 二百五: a single digit right after a unit is worth a tenth of that unit. */
  private placed(n: number): number {
    return this.run === 1 && this.lastUnit >= 100 && !this.zeroSinceUnit && !this.fraction
      ? (n * this.lastUnit) / 10
      : n;
  }

  private arabic(i: number): number {
    ARABIC.lastIndex = i;
    const m = ARABIC.exec(this.s);
    // 1千零20: Arabic digits may follow 零.
    if (!m || (this.num !== null && !(this.num === 0 && this.zeroSinceUnit && this.run === 1))) return -1;
    this.num = Number(m[0].replace(/,/g, ''));
    this.run = 0;
    this.runHasZero = false;
    this.seenAny = true;
    return i + m[0].length;
  }

  private digit(d: number): boolean {
    if (this.run > 0 && this.num !== null) this.num = this.num * 10 + d;
    else if (this.num !== null) return false;
    else this.num = d;
    this.run++;
    if (d === 0) {
      this.runHasZero = true;
      this.zeroSinceUnit = true;
    }
    this.seenAny = true;
    return true;
  }

  /** 二点五, 十点二三三, 一千六点五 (1600.5): Chinese digits only after the point. */
  private point(i: number): number {
    const { s, t } = this;
    let j = i + 1;
    let digits = '';
    while (j < s.length && t.digits.has(s[j]!) && !t.notAfterPoint.has(s[j]!)) digits += String(t.digits.get(s[j++]!));
    if (!digits || this.fraction) return -1;
    const whole = this.num === null ? null : this.placed(this.num);
    if (!this.closeRun()) return -1;
    const frac = Number(`0.${digits}`);
    if (this.num !== null && this.lastUnit === 0) this.num += frac;
    else {
      if (whole !== null) this.small += whole;
      this.num = frac;
    }
    this.fraction = true;
    this.seenAny = true;
    return j;
  }

  private multiplier(mul: number): boolean {
    if (this.fraction) return false;
    // 零十 is ten: 一百零十万 → 1100000.
    this.small += (this.num === null || (this.num === 0 && this.zeroSinceUnit) ? 1 : this.num) * mul;
    this.num = null;
    this.lastUnit = mul;
    this.zeroSinceUnit = false;
    this.seenAny = true;
    return true;
  }

  private section(sec: number): boolean {
    if (!this.seenAny) return false;
    const own = this.small + (this.num === null ? 0 : this.num);
    if (sec >= 1e8) {
      this.total = (this.total + this.wan + own) * sec;
      this.wan = 0;
    } else {
      if (own === 0 && this.wan === 0) return false;
      // 万亿: the 万 block multiplies on into the 亿 that follows.
      this.wan = (this.wan + own) * sec;
    }
    this.small = 0;
    this.num = null;
    this.lastUnit = sec;
    this.zeroSinceUnit = false;
    this.fraction = false;
    return true;
  }
}

// Reading a numeral off the text: where it ends (一百 五 十 二, 1,234.5, 二百三十余万) and
// what it is worth; a sign before it (负三十二), a fraction after it (五分之一, 三又三分之一).
import type { ApproxRule } from '../rules/schema.js';
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { parseNumeral } from './numerals.js';
import { charsOf, isDigit, skipSpaces, spacedWordAt } from './chars.js';
import { hasCode } from '../segment/code-table.js';

interface ReadOptions {
  /** Spaces between Chinese numeral characters (一百 五 十 二, 7 万5 千): never between two Arabic digits. */
  readonly spaces: boolean;
  /** Chinese decimal points (二点五). */
  readonly points: boolean;
  /** 百/千 may open the numeral (百分之百). */
  readonly leadingMultiplier?: boolean;
}

export interface Numeral {
  readonly end: number;
  readonly numeral: string;
  readonly inside: LexiconMatch<Ref<ApproxRule>> | null;
  /** The reading used a space or a decimal point: read again without them if it does not parse. */
  readonly spaced: boolean;
  readonly pointed: boolean;
}

/**
 * Reads the longest numeral starting at `i`: Arabic digits (with decimal point and
 * thousands commas), Chinese numerals, or a mixture (1.5万, 3万4000), with at most
 * one inside approximation word (二百三十余万). Returns its end and the inside word.
 */
function readNumeral(text: string, i: number, end: number, rules: RuleSet, opts: ReadOptions): Numeral | null {
  if (!opensNumeral(text, i, rules, opts)) return null;
  const read = new NumeralRead(text, i, end, rules, opts);
  while (read.at < end && read.advance());
  return read.result();
}

/** May a numeral start at `i`? Never with a section word (万家 is "ten thousand homes", a word); 百/千 only as 百亿, 千万 … */
function opensNumeral(text: string, i: number, rules: RuleSet, opts: ReadOptions): boolean {
  const { sections, multipliers } = rules.numerals;
  const c = text[i]!;
  if (sections.has(c)) return false;
  return !(
    !opts.leadingMultiplier &&
    multipliers.has(c) &&
    !isDigit(c) &&
    multipliers.get(c)! > 10 &&
    !sections.has(text[i + 1] ?? '')
  );
}

/** The state of reading one numeral (readNumeral): where it is, what it has read. */
class NumeralRead {
  private inside: LexiconMatch<Ref<ApproxRule>> | null = null;
  private numeral = '';
  private spaced = false;
  private pointed = false;
  private arabic = false;
  private readonly chars: ReturnType<typeof charsOf>;

  constructor(
    private readonly text: string,
    public at: number,
    private readonly end: number,
    private readonly rules: RuleSet,
    private readonly opts: ReadOptions,
  ) {
    this.chars = charsOf(rules);
  }

  result(): Numeral | null {
    if (!this.numeral) return null;
    const { at: end, numeral, inside, spaced, pointed } = this;
    return { end, numeral, inside, spaced, pointed };
  }

  /** Reads what is at `at` into the numeral; false when the numeral ends there. */
  advance(): boolean {
    // By code first: the character that ends a numeral (年, 个, 亿元's 元) is most often Chinese,
    // and text[at] would be a new string each time.
    const code = this.text.charCodeAt(this.at);
    if (code >= 0x30 && code <= 0x39) {
      this.arabicDigits();
      return true;
    }
    if (hasCode(this.chars.code, code)) return this.chineseChar(this.text[this.at]!);
    if (this.numeral && this.pointAt(this.at)) {
      this.numeral += this.text[this.at]!;
      this.pointed = true;
      this.at++;
      return true;
    }
    if (this.numeral && this.opts.spaces && (code === 0x20 || code === 0x09)) return this.space();
    return this.insideWord();
  }

  /** Digits, thousands groups (1,234,567: exactly three digits after each comma), a decimal part. */
  private arabicDigits(): void {
    const { text, end } = this;
    let k = this.at;
    while (k < end && isDigit(text[k])) k++;
    while (
      text[k] === ',' &&
      isDigit(text[k + 1]) &&
      isDigit(text[k + 2]) &&
      isDigit(text[k + 3]) &&
      !isDigit(text[k + 4]) &&
      k + 4 <= end
    )
      k += 4;
    const spacedPoint = this.spacedPointAt(k);
    if (spacedPoint > k || (text[k] === '.' && isDigit(text[k + 1]))) {
      const whole = text.slice(this.at, k);
      const from = Math.max(k + 1, spacedPoint);
      k = from;
      while (k < end && isDigit(text[k])) k++;
      this.numeral += `${whole}.${text.slice(from, k)}`;
      this.spaced ||= spacedPoint > 0;
      this.arabic = true;
      this.at = k;
      return;
    }
    this.numeral += text.slice(this.at, k);
    this.arabic = true;
    this.at = k;
  }

  /**
   * 14. 24万亿元, 同比下降3. 2%: a decimal point some pages print with a space after it.
   * Where the decimal digits start, or -1. Not a list's numbering (1. 2020年…, at a line's
   * start) nor a date (3. 5月), so the whole part follows a word and the decimals a unit.
   */
  private spacedPointAt(k: number): number {
    const { text, end } = this;
    if (!this.opts.spaces || text[k] !== '.' || text[k + 1] !== ' ' || !isDigit(text[k + 2])) return -1;
    const before = text[this.at - 1];
    if (before === undefined || /\s/.test(before)) return -1;
    let d = k + 2;
    while (d < end && isDigit(text[d])) d++;
    return d < end && !isDigit(text[d]) && !/[\s.年月日号]/.test(text[d]!) ? k + 2 : -1;
  }

  private chineseChar(c: string): boolean {
    const { multipliers, sections, digits } = this.rules.numerals;
    // 3亿千瓦时, 5千米: a multiplier that begins a unit word belongs to the unit.
    if (this.numeral && multipliers.has(c) && this.rules.units.matchAt(this.text, this.at, this.end)) return false;
    const last = this.numeral[this.numeral.length - 1] ?? '';
    // 5万亿两个台阶: a lone digit after a section word, with a measure word after it, counts
    // on its own (一万三 is 13000, but 两个 after 5万亿 is "two").
    if (sections.has(last) && digits.has(c) && this.rules.units.matchAt(this.text, this.at + 1, this.end)) return false;
    // 七十百分位: a multiplier right after another one starts something else.
    if (multipliers.has(c) && multipliers.has(last) && !(this.inside && this.inside.end === this.at)) return false;
    this.numeral += c;
    this.at++;
    return true;
  }

  /** A decimal point at k with a Chinese digit after it (spaces between allowed when spaces are). */
  private pointAt(k: number): boolean {
    const { points, digits, notAfterPoint } = this.rules.numerals;
    if (!this.opts.points || this.arabic || !points.has(this.text[k] ?? '')) return false;
    const d = this.opts.spaces ? skipSpaces(this.text, k + 1, this.end) : k + 1;
    const c = this.text[d] ?? '';
    return digits.has(c) && !notAfterPoint.has(c);
  }

  /** 一百 五 十 二, 7 万5 千, 四百 点 五: spaces inside a Chinese numeral; 1 234 stays two numbers. */
  private space(): boolean {
    const { text, end, rules } = this;
    const k = skipSpaces(text, this.at, end);
    const next = text[k];
    const continues =
      next !== undefined &&
      (this.chars.has(next) || this.pointAt(k) || (!this.inside && rules.approxInside.matchAt(text, k, end) !== null));
    if (
      !continues ||
      (isDigit(text[this.at - 1]) && isDigit(next)) ||
      (this.numeral && rules.numerals.multipliers.has(next!) && rules.units.matchAt(text, k, end))
    )
      return false;
    this.spaced = true;
    this.at = k;
    return true;
  }

  /** 余/多 between a number and its section word: 二百三十余万 (1.5万余 is handled after); 一百几十 (over 110). */
  private insideWord(): boolean {
    if (this.inside || !this.numeral) return false;
    const { text, end, rules } = this;
    const { multipliers, sections } = rules.numerals;
    const m = rules.approxInside.matchAt(text, this.at, end);
    if (!m) return false;
    const after = this.opts.spaces ? skipSpaces(text, m.end, end) : m.end;
    // 几 between a multiplier and a smaller one.
    const nextPlace = multipliers.get(text[after] ?? '');
    const lastChar = this.numeral[this.numeral.length - 1] ?? '';
    const lastPlace = multipliers.get(lastChar) ?? sections.get(lastChar);
    if (
      !sections.has(text[after] ?? '') &&
      !(nextPlace !== undefined && lastPlace !== undefined && nextPlace < lastPlace)
    )
      return false;
    this.inside = m;
    if (after > m.end) this.spaced = true;
    this.at = after;
    return true;
  }
}

/** The numeral at `i` and its value, read with spaces and points first, then without them. */
const FULL: ReadOptions = { spaces: true, points: true };
const FULL_LEADING: ReadOptions = { spaces: true, points: true, leadingMultiplier: true };

export function numeralAt(
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
export function signBefore(text: string, i: number, from: number, rules: RuleSet): number {
  const m = rules.minus.matchEndingAt(text, i, from);
  if (!m || rules.notMinus.matchEndingAt(text, m.end) !== null) return -1;
  const prev = text[m.start - 1];
  if (prev !== undefined && (isDigit(prev) || /[A-Za-z.-]/.test(prev) || charsOf(rules).has(prev))) return -1;
  if (m.word === '-' && prev !== undefined && !/[\s,，、:：;；(（[【=~～<>《“"'为是至到]/.test(prev)) return -1;
  return m.start;
}

/**
 * A fraction after a numeral ending at `at`: 五分之一 (the numeral is the denominator),
 * 三又三分之一 (the numeral is the whole part). Its value and end, or null.
 */
export function fractionAfter(
  text: string,
  at: number,
  end: number,
  rules: RuleSet,
  whole: number,
): { value: number; end: number } | null {
  const direct = fractionOver(text, at, end, rules, whole);
  if (direct) return direct;
  for (const w of rules.mixedWords) {
    const k = skipSpaces(text, at, end);
    if (!text.startsWith(w, k)) continue;
    const d = numeralAt(text, skipSpaces(text, k + w.length, end), end, rules);
    if (!d || Number.isNaN(d.value)) return null;
    const f = fractionOver(text, d.num.end, end, rules, d.value);
    if (!f) return null;
    return { value: whole < 0 ? whole - f.value : whole + f.value, end: f.end };
  }
  return null;
}

/** 分之一 at `k` (spaces allowed): the numerator over `denominator`, and where it ends; null if none, or unreadable. */
function fractionOver(
  text: string,
  k: number,
  end: number,
  rules: RuleSet,
  denominator: number,
): { value: number; end: number } | null {
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
}

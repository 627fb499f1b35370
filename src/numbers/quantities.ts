// Finding quantities: a numeral, its approximation words and its unit, as spans
// of the (width-folded) text. What a quantity is worth in base units is decided
// in numbers/resolve.ts; here we only find where it is and what it is made of.
// The scan: numeral-read.ts reads numbers, around.ts the words around them, shared-units.ts
// lends a list's unit to the numbers before it.
import type { UnitRule } from '../rules/schema.js';
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { clean } from './numerals.js';
import { perRuleSet } from '../rules/compiled.js';
import { charsOf, closeUp, isDigit, isSpace, skipSpaces } from './chars.js';
import { fractionAfter, numeralAt, signBefore, type Numeral } from './numeral-read.js';
import {
  approxEndingAt,
  bareScaleAt,
  impliedMoney,
  impliedPeople,
  latinUnitAt,
  perAfter,
  perBefore,
  trailingScale,
  unitAt,
} from './around.js';
import { shareUnits } from './shared-units.js';
import { hasCode } from '../segment/code-table.js';
import type { QuantityMatch } from './quantity-match.js';

export type { QuantityMatch } from './quantity-match.js';

/** All quantities in `text[from, to)`, left to right, not overlapping. */
export function findQuantities(text: string, rules: RuleSet, from = 0, to = text.length): QuantityMatch[] {
  const { found, numerals } = scanQuantities(text, rules, from, to);
  return numerals.length === found.length && found.length > 1 ? shareUnits(text, rules, found, numerals) : found;
}

/** One scan over a stretch of text: where it is, what it has found (each quantity with its numeral as written). */
interface Scan {
  readonly text: string;
  readonly rules: RuleSet;
  readonly from: number;
  readonly to: number;
  readonly chars: ReturnType<typeof charsOf>;
  readonly found: QuantityMatch[];
  /** The numeral of each found quantity ('' for a fraction): shareUnits reads their scale words. */
  readonly numerals: string[];
}

function scanQuantities(
  text: string,
  rules: RuleSet,
  from: number,
  to: number,
): { found: QuantityMatch[]; numerals: string[] } {
  const scan: Scan = { text, rules, from, to, chars: charsOf(rules), found: [], numerals: [] };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Most characters start nothing: one array read each.
    if (!hasCode(scan.chars.code, code) && !rules.prefixUnits.couldStart(code)) continue;
    if (rules.prefixUnits.couldStart(code)) {
      const prefixed = prefixedAt(scan, i);
      if (prefixed >= 0) {
        i = prefixed - 1;
        continue;
      }
    }
    if (hasCode(scan.chars.code, code)) i = quantityAt(scan, i);
  }
  return { found: scan.found, numerals: scan.numerals };
}

function push(scan: Scan, q: QuantityMatch, numeral: string): void {
  scan.found.push(q);
  scan.numerals.push(numeral);
}

/** 百分之十三 (百 分 之 2): a unit that comes first, and the number after it. The end of the quantity, or -1. */
function prefixedAt(scan: Scan, i: number): number {
  const { text, rules, to } = scan;
  const prefixUnit =
    rules.prefixUnits.matchAt(text, i, to) ??
    (isSpace(text[i + 1]) ? rules.prefixUnits.matchAtSpaced(text, i, to) : null);
  if (!prefixUnit) return -1;
  const numberStart = skipSpaces(text, prefixUnit.end, to);
  const r = numeralAt(text, numberStart, to, rules, true);
  // …and a letter after the number (百分之15K) is not read.
  if (!r || Number.isNaN(r.value) || /[A-Za-z]/.test(text[r.num.end] ?? '')) return -1;
  push(
    scan,
    {
      start: i,
      end: r.num.end,
      numberStart,
      numberEnd: r.num.end,
      number: r.value,
      chineseOnly: !/\d/.test(r.num.numeral),
      approx: null,
      unit: prefixUnit,
    },
    r.num.numeral,
  );
  return r.num.end;
}

/** The end of a run of numeral characters from `i` (a model name, 5G, A60, is passed over whole), less one. */
function skipRun(scan: Scan, i: number): number {
  while (i + 1 < scan.to && scan.chars.has(scan.text[i + 1]!)) i++;
  return i;
}

/**
 * Inside a longer token: a digit right after a letter or digit (A60, 5G, 8K) is a model name;
 * after ^, e- or / it is an exponent or a ratio (2^5, 2e-1, 3/5), not read. After an acronym
 * of capitals (GDP9602.72亿元) a digit may start the figure it names (`glued`).
 */
function insideToken(text: string, i: number, glued: boolean): boolean {
  // (by code: the character before a number is most often Chinese, and text[i - 1] would be a new string)
  const prev = text.charCodeAt(i - 1);
  return (
    !glued &&
    prev < 128 &&
    (TOKEN_BEFORE[prev] === 1 ||
      (SIGNS[prev] === 1 && /[A-Za-z^]|[+-][A-Za-z^]/.test(text.slice(Math.max(0, i - 3), i - 1))))
  );
}

const asciiTable = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
/**
 * Before a digit, a letter, a point or ^ make it part of a token (A60, .5, 2^5); after / it is
 * a ratio's other side or a unit's denominator (3/5, 0.6人/百亿元).
 */
const TOKEN_BEFORE = asciiTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.^/');
/** A sign before a digit makes it an exponent's when a letter or ^ comes before the sign (2e-1). */
const SIGNS = asciiTable('+-');

/**
 * The quantity whose number starts at `i`, if any, pushed to the scan. Returns where the
 * scan goes on from (the index of the last character it read).
 */
function quantityAt(scan: Scan, i: number): number {
  const { text, rules, from, to } = scan;
  // (by code: text[i] and text[i - 1] would be new strings when Chinese, for every number read)
  const code = text.charCodeAt(i);
  // …but after an acronym a digit starts a figure only when it is an amount, a percentage or carries a scale word.
  // (The test slices the text only after a capital letter: the acronym's last.)
  const glued =
    isCapital(text.charCodeAt(i - 1)) &&
    code >= 0x30 &&
    code <= 0x39 &&
    /(?:^|[^A-Za-z0-9.-])[A-Z]{2,}$/.test(text.slice(Math.max(from, i - 12), i));
  if (insideToken(text, i, glued)) return skipRun(scan, i);
  // 一切, 四川: words, not numbers.
  const word = rules.notNumbers.matchAt(text, i, to);
  if (word) return word.end - 1;
  const bare = bareScaleAt(text, i, to, from, rules);
  const read = bare
    ? { num: { end: bare.end, numeral: bare.numeral, inside: null, spaced: false, pointed: false }, value: bare.value }
    : numeralAt(text, i, to, rules);
  if (!read) return i;
  const num = read.num;
  let value: number | null = Number.isNaN(read.value) ? null : read.value;
  const numberEnd = num.end;
  // …followed by a letter (5G, 8K, 4G/5G): a model name as well, unless the letters are a unit
  // word of their own (100GWh, 10GW, 1MWh); by ^ or /digit, an exponent or a ratio.
  if (
    (/[A-Za-z^]/.test(text[numberEnd] ?? '') && !latinUnitAt(text, numberEnd, to, rules)) ||
    (text[numberEnd] === '/' && isDigit(text[numberEnd + 1]))
  )
    return numberEnd - 1;
  // Ordinals (第8, 第二) and top-N selectors (前十家) are ranks, not quantities; 目前30家 is a count.
  const rank = rules.marker('rank-before').matchEndingAt(text, i, from);
  if (
    value === null ||
    serialNumber(text, i, numberEnd) ||
    text.charCodeAt(i - 1) === ORDINAL ||
    (rank && !rules.marker('rank-before-not').matchEndingAt(text, i, from))
  )
    return numberEnd - 1;
  const signStart = bare ? -1 : signBefore(text, i, from, rules);
  if (signStart >= 0) value = -value;
  const fraction = fractionAfter(text, numberEnd, to, rules, value);
  // 陆地, 收拾: a financial numeral alone is a word.
  if (!fraction && num.numeral.length === 1 && rules.numerals.notAlone.has(num.numeral)) return numberEnd - 1;
  if (fraction) {
    // 五分之一, 三又三分之一: a number without a unit.
    push(
      scan,
      {
        start: signStart >= 0 ? signStart : i,
        end: fraction.end,
        numberStart: i,
        numberEnd: fraction.end,
        number: clean(fraction.value),
        chineseOnly: !/\d/.test(num.numeral),
        approx: null,
        unit: null,
      },
      '',
    );
    return fraction.end - 1;
  }
  const unit = unitAfter(scan, i, num);
  if (
    glued &&
    !(unit.unit && /^(money|percent|pp)$/.test(unit.unit.value.rule.class)) &&
    trailingScale(num.numeral, rules) === 1
  )
    return skipRun(scan, i);
  return measured(scan, i, num, value, { signStart, bare: bare?.word ?? null }, unit);
}

/** 环境减灾二号01组卫星, 行云二号01/02星: digits with a leading zero number a thing, they do not count it. */
function serialNumber(text: string, start: number, end: number): boolean {
  return end - start > 1 && text.charCodeAt(start) === 0x30 && isDigit(text[start + 1]);
}

/** A number's unit and the approximation word inside or after it: 一百五十 个百分点, 二百三十余万元. */
interface UnitAfter {
  readonly unit: LexiconMatch<Ref<UnitRule>> | null;
  readonly approx: Numeral['inside'];
  /** Where the unit (or the number) ends. */
  readonly pos: number;
}

function unitAfter(scan: Scan, i: number, num: Numeral): UnitAfter {
  const { text, rules, to } = scan;
  let pos = num.end;
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
  const found = unitAt(text, pos === num.end ? gap : pos, to, i, rules);
  const rule = found?.value.rule;
  // 360亿度: a unit word that is one only after 万 or 亿 (38度 is a temperature); 850起 only after a
  // whole number without one (12.99万起 is a price's floor).
  const unit =
    (rule?.scaled && trailingScale(num.numeral, rules) === 1) || (rule?.whole && !wholeUnscaled(num.numeral, rules))
      ? null
      : found;
  return { unit, approx, pos: unit ? unit.end : pos };
}

/** A numeral with neither a decimal point nor a scale word (850, 十六; not 9.9, 12.99万, 三点五). */
function wholeUnscaled(numeral: string, rules: RuleSet): boolean {
  const { sections, points } = rules.numerals;
  for (const c of numeral) if (c === '.' || sections.has(c) || points.has(c)) return false;
  return true;
}

/**
 * The quantity of a number and its unit, with what a price is per (600元/头, 每公斤20元),
 * the approximation words before and after it, and yuan where money is certain.
 */
function measured(
  scan: Scan,
  i: number,
  num: Numeral,
  value: number,
  lead: { readonly signStart: number; readonly bare: QuantityMatch['approx'] },
  found: UnitAfter,
): number {
  const { text, rules, from, to } = scan;
  const { signStart } = lead;
  let { unit, pos } = found;
  let per: LexiconMatch<Ref<UnitRule>> | null = null;
  let perStart = -1;
  if (unit && unit.value.rule.class === 'money') {
    const after = perAfter(text, pos, to, i, rules);
    if (after.per) {
      per = after.per;
      pos = after.per.end;
    } else if (after.unknown) unit = null;
    else {
      const b = signStart >= 0 || lead.bare ? null : perBefore(text, i, from, rules);
      if (b) {
        per = b.per;
        perStart = b.start;
      }
    }
  }
  const wordBefore = lead.bare
    ? lead.bare
    : signStart >= 0
      ? null
      : approxEndingAt(rules.approxBefore, text, closeUp(text, perStart >= 0 ? perStart : i, from), from);
  // 迈上4个万亿元台阶: a word that marks only some classes of quantity leaves the others as they are.
  const classes = wordBefore?.value.rule.classes;
  const before = !lead.bare && classes && unit && !classes.includes(unit.value.rule.class) ? null : wordBefore;
  unit ??= impliedUnit(scan, num, before ? before.start : i);
  const after = unit ? rules.approxAfter.matchAt(text, pos, to) : null;
  if (after) pos = after.end;
  push(
    scan,
    {
      start: signStart >= 0 ? signStart : before ? before.start : perStart >= 0 ? perStart : i,
      end: pos,
      numberStart: i,
      numberEnd: num.end,
      number: value,
      chineseOnly: !/\d/.test(num.numeral),
      approx: before ?? found.approx ?? after,
      unit,
      per,
    },
    num.numeral,
  );
  return pos - 1;
}

/** markers.yaml#slogan-quote's opening and closing quotes (listed in pairs, opening first), built once per rule set. */
const sloganQuotes = perRuleSet((rules) => {
  const quotes = rules.marker('slogan-quote').words();
  return {
    opens: new Set(quotes.filter((_, k) => k % 2 === 0)),
    closes: new Set(quotes.filter((_, k) => k % 2 === 1)),
  };
});

/** 第: a number after it is a rank (第8, 第二). */
const ORDINAL = '第'.charCodeAt(0);

/** A capital Latin letter (NaN, before the text, is none). */
const isCapital = (code: number) => code >= 65 && code <= 90;

/**
 * A unit the words around a number with no unit make certain: 突破60亿 after 固定资产投资总额
 * is yuan; 33万农民工, 惠及76万群众, 人口超千万 are people. Else none, as before.
 * `start` is where the number's approximation words begin.
 */
function impliedUnit(scan: Scan, num: Numeral, start: number): LexiconMatch<Ref<UnitRule>> | null {
  const { text, rules, from, to } = scan;
  const scale = trailingScale(num.numeral, rules);
  const implied = (word: string) => {
    const u = rules.units.matchAt(word, 0);
    return u ? { start: num.end, end: num.end, word: '', value: u.value } : null;
  };
  if (scale >= 1e8 && impliedMoney(text, start, num.end, from, to, rules)) return implied('元');
  if (scale >= 1e4 && impliedPeople(text, start, num.end, from, to, rules)) return implied('人');
  return null;
}

/**
 * Is [start, end) inside a short quotation (“十个新优势”, “三个十大”): an opening quote a few
 * characters before it and its closing quote a few after, per markers.yaml#slogan-quote
 * (quotes listed opening, closing, in pairs)?
 */
export function inShortQuotation(text: string, start: number, end: number, rules: RuleSet): boolean {
  const { opens, closes } = sloganQuotes(rules);
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

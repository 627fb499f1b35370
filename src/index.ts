// The library entry: the pipeline as functions, for programs that embed it.
//
//   import { extractText } from 'extract';
//   const facts = extractText('5月13日,华为云城市峰会在青岛举行。', { refDate: '2021-05-19' });
import { createDocument } from './document/document.js';
import { loadRuleSet, type RuleSet } from './rules/ruleset.js';
import { jiebaSegmenter, type Segmenter } from './segment/tokens.js';
import { extractFacts, type ExtractOptions } from './pipeline.js';
import type { Fact } from './facts.js';
import { toMatchText } from './document/normalize.js';
import { findQuantities } from './numbers/quantities.js';
import { resolveQuantity } from './numbers/resolve.js';
import type { DateBasis } from './dates/resolve.js';
import { datesOfText } from './dates/text-dates.js';
import { splitSentences } from './segment/sentences.js';
import { findSections } from './segment/sections.js';

export type { Fact, Indicator, Event, Organization, DocumentRecord, Output } from './facts.js';
export { FactSchema, OutputSchema } from './facts.js';
export { loadRuleSet, type RuleSet } from './rules/ruleset.js';
export { RuleFileError } from './rules/load.js';
export { createDocument, type Document } from './document/document.js';
export { extractFacts, runExtractors, type ExtractOptions } from './pipeline.js';
export { jiebaSegmenter, type Segmenter } from './segment/tokens.js';

let defaultRules: RuleSet | null = null;
/** The built-in rules, loaded once per process. */
const builtins = (): RuleSet => (defaultRules ??= loadRuleSet());

export interface ExtractTextOptions extends ExtractOptions {
  /** Rules to use; the built-in rules when absent. */
  readonly rules?: RuleSet;
  /** The `doc` field of the facts. */
  readonly doc?: string;
  readonly segmenter?: Segmenter;
}

/** Facts of a text, with the built-in rules unless others are given. */
export function extractText(text: string, opts: ExtractTextOptions = {}): Fact[] {
  const rules = opts.rules ?? builtins();
  const segmenter = opts.segmenter ?? jiebaSegmenter(rules.dictionary);
  return extractFacts(createDocument(opts.doc ?? '-', text), rules, segmenter, opts);
}

/** A number or quantity found by {@link parseQuantities}. */
export interface ParsedQuantity {
  /** Offsets into the given string (UTF-16 code units); `text === input.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Approximation words, numeral and unit, as written. */
  readonly text: string;
  /** In base units, as an indicator's `value`: 9385.6亿元 → 938560000000, 13.8% → 13.8. */
  readonly value: number;
  /** As an indicator's `unit` (CNY, USD, %, pp, count, km …); null for a bare number (一百五十二). */
  readonly unit: string | null;
  /** The measure word of a count (家, 个), else null. */
  readonly measure: string | null;
  readonly approx: 'about' | 'over' | 'under' | null;
}

/**
 * Every number and quantity in a text, read as the facts read them (the built-in
 * rules, findQuantities + resolveQuantity): 近300家 → 300 count 家 about; 百分之十三 → 13 %;
 * 0.9个百分点 → 0.9 pp; a number without a unit (一百五十二, 十多万) comes back with unit null.
 */
export function parseQuantities(text: string): ParsedQuantity[] {
  const rules = builtins();
  return findQuantities(toMatchText(text), rules).map((q) => {
    const r = resolveQuantity(q, text);
    return {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      value: r.value,
      unit: q.unit ? r.unit : null,
      measure: r.measure,
      approx: r.approx,
    };
  });
}

/** A date or period found by {@link parseDates}. */
export interface ParsedDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** As an event's `date`: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Hn, YYYY-Qn or a range A/B; null when no year can be had. */
  readonly date: string | null;
  /** Where the year came from: explicit, context, reference (`refDate`); null with a null date. */
  readonly dateBasis: DateBasis | null;
}

/**
 * Every date and period expression in a text, resolved as events' dates are (the
 * built-in rules, findDates + resolveDates): a missing year from the text before it,
 * else from `refDate` toward the past (7月28日 with refDate 2021-05-19 → 2020-07-28);
 * relative words (昨天, 上周, 去年) against `refDate`.
 */
export function parseDates(text: string, opts: { refDate?: string | null } = {}): ParsedDate[] {
  const rules = builtins();
  const match = toMatchText(text);
  const sentences = splitSentences(match);
  const sections = findSections(match, sentences, null);
  return datesOfText(match, rules, sentences, sections, { published: null, refDate: opts.refDate ?? null }).map(
    (d) => ({
      start: d.expr.start,
      end: d.expr.end,
      text: text.slice(d.expr.start, d.expr.end),
      date: d.date,
      dateBasis: d.date ? d.basis : null,
    }),
  );
}

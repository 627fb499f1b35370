// A quantity as found: where its numeral, approximation words and unit are.
import type { ApproxRule, UnitRule } from '../rules/schema.js';
import type { Ref } from '../rules/ruleset.js';
import type { LexiconMatch } from '../rules/lexicon.js';

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

// What resolving dates reads (the text's layout, the reference date) and gives (a
// resolved date that says where its year came from).
import type { DateExpr } from './expr.js';
import type { Evidence } from '../document/metadata.js';
import type { Sentence } from '../segment/sentences.js';

/** Where an offset is in the text's structure. */
export interface TextLayout {
  /** The sentence holding (or last starting before) an offset. */
  sentenceOf(offset: number): Pick<Sentence, 'paragraph' | 'index' | 'heading'> | undefined;
  /** The heading sentences a sentence is under, outermost first (segment/sections.ts). */
  headingsOver(sentence: number): readonly number[];
}

export type DateBasis = 'explicit' | 'publication' | 'context' | 'reference';

export interface ResolvedDate {
  readonly expr: DateExpr;
  /** For an event: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Hn, YYYY-Qn, or a range A/B. */
  readonly date: string | null;
  /** For an indicator: the same, except that point words give a day (年底 → YYYY-12-31). */
  readonly period: string | null;
  readonly basis: DateBasis | null;
  /** Where a context year was read. */
  readonly yearFrom: Evidence | null;
}

export interface DateReference {
  /** YYYY-MM-DD */
  readonly published: string | null;
  /** Where the page states its publication date: that expression is the reference itself, no context for others. */
  readonly publishedAt?: { readonly start: number; readonly end: number } | null;
  /** YYYY-MM-DD from --ref-date, used when the page gives no publication date. */
  readonly refDate: string | null;
}

// One input's bytes (or one collection record) through the whole pipeline: decode,
// document, extract. The same function runs in the main thread (--jobs 1) and in each worker.
import { documentFromBytes, documentFromRecord, type ReadResult } from '../read/read.js';
import type { RecordParts } from '../read/record-fields.js';
import { factsOf, runExtractors, yearlessDates, type ExtractOptions } from '../pipeline.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Segmenter } from '../segment/tokens.js';
import type { Document } from '../document/document.js';
import { bugFailure, documentRecord, type Failure } from '../emit/outcome.js';
import type { DocumentRecord, Fact } from '../facts.js';

export interface ProcessOptions extends ExtractOptions {
  readonly encoding?: string;
}

/** A DocumentOutcome of a whole document: its record and facts, or why there are none. */
export type ProcessResult =
  | {
      readonly ok: true;
      readonly record: DocumentRecord;
      readonly facts: readonly Fact[];
      /** See OutcomeNotes (emit/outcome.ts); absent when 0. */
      readonly yearless?: number;
    }
  | Failure;

/** What a document is made from: the bytes of a file, or a record of a collection. */
export type Source =
  { readonly doc: string; readonly bytes: Uint8Array } | { readonly doc: string; readonly record: RecordParts };

export function processSource(src: Source, rules: RuleSet, segmenter: Segmenter, opts: ProcessOptions = {}) {
  const read: ReadResult =
    'bytes' in src
      ? documentFromBytes(src.doc, src.bytes, opts.encoding ? { encoding: opts.encoding } : {})
      : { ok: true, document: documentFromRecord(src.doc, src.record) };
  return processRead(read, rules, segmenter, opts);
}

export function processBytes(
  doc: string,
  bytes: Uint8Array,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: ProcessOptions = {},
): ProcessResult {
  return processSource({ doc, bytes }, rules, segmenter, opts);
}

function processRead(read: ReadResult, rules: RuleSet, segmenter: Segmenter, opts: ProcessOptions): ProcessResult {
  if (!read.ok) return read;
  const doc = read.document.doc;
  try {
    const { facts, yearless } = extractWithNotes(read.document, rules, segmenter, opts);
    return { ok: true, record: documentRecord(read.document, facts.length), facts, ...(yearless ? { yearless } : {}) };
  } catch (e) {
    // A bug on one document must not cost the others their facts.
    return bugFailure(doc, e);
  }
}

/** The facts, and how many dates had no year to be had because nothing gave one (OutcomeNotes). */
export function extractWithNotes(
  document: Document,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: ExtractOptions,
): { facts: Fact[]; yearless: number } {
  const x = runExtractors(document, rules, segmenter, opts);
  const undated = document.published === null && !opts.refDate;
  return { facts: factsOf(document, rules, x), yearless: undated ? yearlessDates(x) : 0 };
}

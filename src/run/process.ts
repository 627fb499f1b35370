// One input's bytes through the whole pipeline: decode, document, extract. The same
// function runs in the main thread (--jobs 1) and in each worker.
import { documentFromBytes } from '../read/read.js';
import { extractFacts, type ExtractOptions } from '../pipeline.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Segmenter } from '../segment/tokens.js';
import { documentRecord } from '../emit/outcome.js';
import type { DocumentRecord, Fact } from '../facts.js';

export interface ProcessOptions extends ExtractOptions {
  readonly encoding?: string;
}

/** A DocumentOutcome of a whole document: its record and facts, or why there are none. */
export type ProcessResult =
  | { readonly ok: true; readonly record: DocumentRecord; readonly facts: readonly Fact[] }
  | { readonly ok: false; readonly doc: string; readonly message: string };

export function processBytes(
  doc: string,
  bytes: Uint8Array,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: ProcessOptions = {},
): ProcessResult {
  const read = documentFromBytes(doc, bytes, opts.encoding ? { encoding: opts.encoding } : {});
  if (!read.ok) return read;
  try {
    const facts = extractFacts(read.document, rules, segmenter, opts);
    return { ok: true, record: documentRecord(read.document, facts.length), facts };
  } catch (e) {
    // A bug on one document must not cost the others their facts.
    return { ok: false, doc, message: `internal error while extracting: ${(e as Error).message}` };
  }
}

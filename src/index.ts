// The library entry: the pipeline as functions, for programs that embed it.
//
//   import { extractText } from 'extract';
//   const facts = extractText('5月13日,华为云城市峰会在青岛举行。', { refDate: '2021-05-19' });
import { createDocument } from './document/document.js';
import { loadRuleSet, type RuleSet } from './rules/ruleset.js';
import { jiebaSegmenter, type Segmenter } from './segment/tokens.js';
import { extractFacts, type ExtractOptions } from './pipeline.js';
import type { Fact } from './facts.js';

export type { Fact, Indicator, Event, Organization, DocumentRecord, Output } from './facts.js';
export { FactSchema, OutputSchema } from './facts.js';
export { loadRuleSet, type RuleSet } from './rules/ruleset.js';
export { RuleFileError } from './rules/load.js';
export { createDocument, type Document } from './document/document.js';
export { extractFacts, runExtractors, type ExtractOptions } from './pipeline.js';
export { jiebaSegmenter, type Segmenter } from './segment/tokens.js';

let defaultRules: RuleSet | null = null;

export interface ExtractTextOptions extends ExtractOptions {
  /** Rules to use; the built-in rules when absent. */
  readonly rules?: RuleSet;
  /** The `doc` field of the facts. */
  readonly doc?: string;
  readonly segmenter?: Segmenter;
}

/** Facts of a text, with the built-in rules unless others are given. */
export function extractText(text: string, opts: ExtractTextOptions = {}): Fact[] {
  const rules = opts.rules ?? (defaultRules ??= loadRuleSet());
  const segmenter = opts.segmenter ?? jiebaSegmenter(rules.dictionary);
  return extractFacts(createDocument(opts.doc ?? '-', text), rules, segmenter, opts);
}

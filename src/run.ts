// The whole run: inputs in, one result per input out, in input order.
import type { Input } from './read/inputs.js';
import { readInput, type ReadOptions } from './read/read.js';
import type { RuleSet } from './rules/ruleset.js';
import type { Segmenter } from './segment/tokens.js';
import { extractFacts, type ExtractOptions } from './pipeline.js';
import type { DocumentResult } from './emit/records.js';

export interface RunOptions extends ExtractOptions, ReadOptions {}

export async function* processInputs(inputs: readonly Input[], rules: RuleSet, segmenter: Segmenter, opts: RunOptions = {}): AsyncGenerator<DocumentResult> {
  for (const input of inputs) {
    const read = await readInput(input, opts);
    if (!read.ok) {
      yield read;
      continue;
    }
    try {
      yield { ok: true, document: read.document, facts: extractFacts(read.document, rules, segmenter, opts) };
    } catch (e) {
      // A bug on one document must not cost the others their facts.
      yield { ok: false, doc: input.path, message: `internal error while extracting: ${(e as Error).message}` };
    }
  }
}

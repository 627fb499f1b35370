// A worker thread of the pool (--jobs N): its own compiled rules and its own jieba,
// loaded only when a document first needs tokens. It sends back text, not fact objects:
// the facts as JSON lines (and CSV rows when asked), which cross to the main thread as a
// copy of one string each, and which the main thread only has to write.
import { workerData } from 'node:worker_threads';
import { compileRules } from '../rules/ruleset.js';
import type { LoadedRules } from '../rules/load.js';
import { jiebaSegmenter } from '../segment/tokens.js';
import { processSource, type ProcessOptions, type Source } from './process.js';
import type { DocumentRecord, FactType } from '../facts.js';
import { csvOf, jsonlOf } from '../emit/render.js';
import type { Failure } from '../emit/outcome.js';

export interface WorkerData {
  readonly loaded: LoadedRules;
}

/** A batch of documents (run/pool.ts), processed in order. */
export interface Task {
  readonly docs: readonly Source[];
  readonly refDate: string | null;
  readonly encoding?: string;
  readonly types?: readonly FactType[];
  /** Also write the facts as CSV rows. */
  readonly csv: boolean;
}

/** What a task sends back for each document: outcome.ts's fromJsonl() makes it a DocumentOutcome again. */
export type TaskResult =
  | {
      readonly ok: true;
      readonly record: DocumentRecord;
      readonly jsonl: string;
      readonly csv?: string;
      readonly yearless?: number;
    }
  | Failure;

const rules = compileRules((workerData as WorkerData).loaded);
const segmenter = jiebaSegmenter(rules.dictionary);

export default function run(task: Task): TaskResult[] {
  const opts: ProcessOptions = {
    refDate: task.refDate,
    ...(task.encoding ? { encoding: task.encoding } : {}),
    ...(task.types ? { types: new Set(task.types) } : {}),
  };
  return task.docs.map((src) => {
    const outcome = processSource(src, rules, segmenter, opts);
    if (!outcome.ok) return outcome;
    return {
      ok: true,
      record: outcome.record,
      jsonl: jsonlOf(outcome.facts),
      ...(task.csv ? { csv: csvOf(outcome.facts, outcome.record) } : {}),
      ...(outcome.yearless ? { yearless: outcome.yearless } : {}),
    };
  });
}

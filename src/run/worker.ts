// A worker thread of the pool (--jobs N): its own compiled rules and its own jieba,
// loaded only when a document first needs tokens.
import { workerData } from 'node:worker_threads';
import { compileRules } from '../rules/ruleset.js';
import type { LoadedRules } from '../rules/load.js';
import { jiebaSegmenter } from '../segment/tokens.js';
import { processBytes, type ProcessOptions } from './process.js';
import type { DocumentOutcome } from './outcome.js';
import type { FactType } from '../facts.js';

export interface WorkerData {
  readonly loaded: LoadedRules;
}

export interface Task {
  readonly doc: string;
  readonly bytes: Uint8Array;
  readonly refDate: string | null;
  readonly encoding?: string;
  readonly types?: readonly FactType[];
}

const rules = compileRules((workerData as WorkerData).loaded);
const segmenter = jiebaSegmenter(rules.dictionary);

export default function run(task: Task): DocumentOutcome {
  const opts: ProcessOptions = {
    refDate: task.refDate,
    ...(task.encoding ? { encoding: task.encoding } : {}),
    ...(task.types ? { types: new Set(task.types) } : {}),
  };
  return processBytes(task.doc, task.bytes, rules, segmenter, opts);
}

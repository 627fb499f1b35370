// The whole run: inputs in, one outcome per input out, in input order. Cached
// outcomes are read back first; the rest are processed in this thread (--jobs 1) or
// by a pool of worker threads, each with its own jieba, a bounded number at a time.
import fs from 'node:fs';
import os from 'node:os';
import type { Piscina } from 'piscina';
import type { Input } from '../read/inputs.js';
import { describe } from '../read/inputs.js';
import { readStdin } from '../read/read.js';
import type { RuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter, type Segmenter } from '../segment/tokens.js';
import type { FactType } from '../facts.js';
import { processBytes } from './process.js';
import { cacheKey, type ResultCache } from './cache.js';
import { fromJsonl, type DocumentOutcome } from './outcome.js';
import type { Task, TaskResult, WorkerData } from './worker.js';
import { jsonlOf } from '../emit/render.js';
import { LARGE_FILE_BYTES, processLargeFile } from './large.js';

export interface RunConfig {
  readonly rules: RuleSet;
  /** Worker threads; 1 processes in this thread. */
  readonly jobs: number;
  readonly refDate: string | null;
  readonly encoding?: string;
  readonly types?: ReadonlySet<FactType>;
  readonly cache: ResultCache | null;
  /** The tool's version, part of every cache key. */
  readonly version: string;
  /** csv output: workers write the facts as CSV rows too, so the main thread only copies text. */
  readonly csv?: boolean;
}

export const defaultJobs = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/** Documents in flight per worker: enough to keep workers busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_JOB = 4;

async function readBytes(input: Input): Promise<Uint8Array | { message: string }> {
  if (input.kind === 'unreadable') return { message: input.message };
  try {
    return input.kind === 'stdin' ? await readStdin() : fs.readFileSync(input.path);
  } catch (e) {
    return { message: describe(e) };
  }
}

export async function* runInputs(inputs: readonly Input[], cfg: RunConfig): AsyncGenerator<DocumentOutcome> {
  const types = cfg.types ? [...cfg.types].sort() : null;
  const jobs = Math.max(1, Math.min(cfg.jobs, inputs.length));
  let segmenter: Segmenter | null = null;
  let pool: Promise<Piscina> | null = null;

  const extractOne = async (doc: string, bytes: Uint8Array): Promise<DocumentOutcome> => {
    if (jobs === 1) {
      return processBytes(doc, bytes, cfg.rules, mainSegmenter(), { refDate: cfg.refDate, ...(cfg.encoding ? { encoding: cfg.encoding } : {}), ...(cfg.types ? { types: cfg.types } : {}) });
    }
    // The pool (and piscina) starts at the first document that is not in the cache: a fully
    // cached run, or a run with --jobs 1, starts no worker.
    pool ??= import('piscina').then(({ Piscina }) => new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      workerData: { loaded: cfg.rules.loaded } satisfies WorkerData,
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 1000,
    }));
    const task: Task = { doc, bytes, refDate: cfg.refDate, ...(cfg.encoding ? { encoding: cfg.encoding } : {}), ...(types ? { types: types as FactType[] } : {}), csv: cfg.csv ?? false };
    const r = (await (await pool).run(task)) as TaskResult;
    return r.ok ? fromJsonl(r.record, r.jsonl, r.csv) : r;
  };

  const mainSegmenter = () => (segmenter ??= jiebaSegmenter(cfg.rules.dictionary));
  const large = (input: Input) => {
    if (input.kind !== 'file') return false;
    try {
      return fs.statSync(input.path).size > LARGE_FILE_BYTES;
    } catch {
      return false;
    }
  };

  const start = async (input: Input): Promise<DocumentOutcome> => {
    const bytes = await readBytes(input);
    if (!(bytes instanceof Uint8Array)) return { ok: false, doc: input.path, message: bytes.message };
    const key = cfg.cache
      ? cacheKey({ version: cfg.version, rules: cfg.rules.hash, doc: input.path, bytes, refDate: cfg.refDate, encoding: cfg.encoding ?? null, types })
      : null;
    const cached = key ? cfg.cache!.get(key) : null;
    if (cached) return cached;
    let outcome = await extractOne(input.path, bytes);
    if (key) {
      // The cache stores JSON lines: written once here, they serve jsonl output too.
      if (outcome.ok && outcome.jsonl === undefined) outcome = { ...outcome, jsonl: jsonlOf(outcome.facts) };
      cfg.cache!.put(key, outcome);
    }
    return outcome;
  };

  // In flight, in input order: one outcome to come, or a large file to stream in parts
  // (in this thread, when it is its turn, while the workers go on with what follows).
  type Pending = { readonly one: Promise<DocumentOutcome> } | { readonly parts: Input };
  try {
    const window = jobs === 1 ? 1 : jobs * IN_FLIGHT_PER_JOB;
    const pending: Pending[] = [];
    let next = 0;
    while (next < inputs.length || pending.length) {
      while (next < inputs.length && pending.length < window) {
        const input = inputs[next++]!;
        pending.push(large(input) ? { parts: input } : { one: start(input) });
      }
      const head = pending.shift()!;
      // Let the event loop turn between documents: work done in this thread would otherwise
      // starve I/O callbacks and next-tick queues for the whole run.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if ('one' in head) yield await head.one;
      else {
        try {
          yield* processLargeFile(head.parts.path, cfg.rules, mainSegmenter(), {
            refDate: cfg.refDate,
            ...(cfg.encoding ? { encoding: cfg.encoding } : {}),
            ...(cfg.types ? { types: cfg.types } : {}),
          });
        } catch (e) {
          // As for any document: a failure is this input's, reported, and the run goes on.
          yield { ok: false, doc: head.parts.path, message: `internal error while extracting: ${(e as Error).message}` };
        }
      }
    }
  } finally {
    if (pool) await (await pool).destroy();
  }
}

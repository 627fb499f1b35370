// The whole run: inputs in, one outcome per input out, in input order. Cached
// outcomes are read back first; the rest are processed in this thread (--jobs 1) or
// by a pool of worker threads, each with its own jieba, a bounded number at a time.
import fs from 'node:fs';
import os from 'node:os';
import type { Input } from '../read/inputs.js';
import { describe } from '../read/inputs.js';
import { readStdin } from '../read/read.js';
import type { RuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter, type Segmenter } from '../segment/tokens.js';
import type { FactType } from '../facts.js';
import { processBytes } from './process.js';
import { cacheKey, type ResultCache } from './cache.js';
import type { DocumentOutcome } from '../emit/outcome.js';
import { BATCH_BYTES, BATCH_DOCS, WorkerPool } from './pool.js';
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

export const defaultJobs = (): number =>
  typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

/** Documents in flight per worker, however large: enough to keep workers busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_JOB = 4;
/**
 * Input bytes in flight per worker, when documents are small. Outcomes come back in the
 * order workers finish and wait here for their turn: while one worker is still loading
 * jieba (a second or two, longer when all load at once) the others go on, and this is
 * the work they can get ahead by.
 */
const IN_FLIGHT_BYTES_PER_JOB = 1 << 20;

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
  let pool = null as WorkerPool | null; // (not narrowed to null: extractOne sets it)

  const extractOne = (doc: string, bytes: Uint8Array): DocumentOutcome | Promise<DocumentOutcome> => {
    if (jobs === 1) {
      return processBytes(doc, bytes, cfg.rules, mainSegmenter(), {
        refDate: cfg.refDate,
        ...(cfg.encoding ? { encoding: cfg.encoding } : {}),
        ...(cfg.types ? { types: cfg.types } : {}),
      });
    }
    // The pool starts at the first document that is not in the cache: a fully cached run,
    // or a run with --jobs 1, starts no worker.
    pool ??= new WorkerPool(jobs, cfg.rules, {
      refDate: cfg.refDate,
      ...(cfg.encoding ? { encoding: cfg.encoding } : {}),
      ...(types ? { types: types as FactType[] } : {}),
      csv: cfg.csv ?? false,
    });
    return pool.submit(doc, bytes);
  };

  const mainSegmenter = () => (segmenter ??= jiebaSegmenter(cfg.rules.dictionary));
  /** The size of a file input (0 when it cannot be had: the read will say why). */
  const sizeOf = (input: Input) => {
    if (input.kind !== 'file') return 0;
    try {
      return fs.statSync(input.path).size;
    } catch {
      return 0;
    }
  };

  const start = async (input: Input): Promise<DocumentOutcome> => {
    const bytes = await readBytes(input);
    if (!(bytes instanceof Uint8Array)) return { ok: false, doc: input.path, message: bytes.message };
    const key = cfg.cache
      ? cacheKey({
          version: cfg.version,
          rules: cfg.rules.hash,
          doc: input.path,
          bytes,
          refDate: cfg.refDate,
          encoding: cfg.encoding ?? null,
          types,
        })
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
  // With workers, at least IN_FLIGHT_PER_JOB documents per worker are in flight, and more
  // up to IN_FLIGHT_BYTES_PER_JOB: memory stays bounded whatever the corpus.
  type Pending = { readonly bytes: number } & ({ readonly one: Promise<DocumentOutcome> } | { readonly parts: Input });
  try {
    const fewest = jobs === 1 ? 1 : jobs * IN_FLIGHT_PER_JOB;
    const most = jobs === 1 ? 1 : jobs * (IN_FLIGHT_BYTES_PER_JOB / BATCH_BYTES) * BATCH_DOCS;
    const mostBytes = jobs * IN_FLIGHT_BYTES_PER_JOB;
    const pending: Pending[] = [];
    let bytesInFlight = 0;
    let next = 0;
    while (next < inputs.length || pending.length) {
      while (
        next < inputs.length &&
        (pending.length < fewest || (pending.length < most && bytesInFlight < mostBytes))
      ) {
        const input = inputs[next++]!;
        const size = sizeOf(input);
        bytesInFlight += size;
        pending.push(size > LARGE_FILE_BYTES ? { bytes: size, parts: input } : { bytes: size, one: start(input) });
      }
      const head = pending.shift()!;
      bytesInFlight -= head.bytes;
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
          yield {
            ok: false,
            doc: head.parts.path,
            message: `internal error while extracting: ${(e as Error).message}`,
          };
        }
      }
    }
  } finally {
    if (pool) await pool.destroy();
  }
}

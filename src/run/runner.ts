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
import { processSource, type Source } from './process.js';
import { cacheKey, type ResultCache } from './cache.js';
import type { DocumentOutcome } from '../emit/outcome.js';
import { BATCH_BYTES, BATCH_DOCS, WorkerPool } from './pool.js';
import { jsonlOf } from '../emit/render.js';
import { LARGE_FILE_BYTES, processLargeFile } from './large.js';
import { batchesOf, unitsOf, type Unit } from './units.js';
import type { FieldChoice } from '../read/record-fields.js';

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
  /** Where a collection's records keep their text, title, date and id (detected when absent). */
  readonly fields?: FieldChoice;
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

// eslint-disable-next-line max-lines-per-function -- issue 12 splits this
export async function* runInputs(inputs: readonly Input[], cfg: RunConfig): AsyncGenerator<DocumentOutcome> {
  const types = cfg.types ? [...cfg.types].sort() : null;
  // A collection holds any number of documents: its size, not the inputs' count, caps the workers.
  const jobs = Math.max(1, Math.min(cfg.jobs, batchesOf(inputs, BATCH_BYTES)));
  let segmenter: Segmenter | null = null;
  let pool = null as WorkerPool | null; // (not narrowed to null: extractOne sets it)

  const extractOne = (src: Source): DocumentOutcome | Promise<DocumentOutcome> => {
    if (jobs === 1) {
      return processSource(src, cfg.rules, mainSegmenter(), {
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
    return pool.submit(src);
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

  /** A unit's source: a file's bytes, or a record (keyed in the cache by its parts). */
  const sourceOf = async (unit: Unit): Promise<{ src: Source; bytes: Uint8Array } | { message: string }> => {
    if (unit.kind === 'failed') return unit;
    if (unit.kind === 'record')
      return {
        src: unit,
        bytes: Buffer.from(JSON.stringify([unit.record.text, unit.record.title, unit.record.published])),
      };
    const bytes = await readBytes(unit.input);
    return bytes instanceof Uint8Array ? { src: { doc: unit.input.path, bytes }, bytes } : bytes;
  };

  const start = async (unit: Unit): Promise<DocumentOutcome> => {
    const source = await sourceOf(unit);
    const doc = unit.kind === 'input' ? unit.input.path : unit.doc;
    if ('message' in source) return { ok: false, doc, message: source.message };
    const { src, bytes } = source;
    const key = cfg.cache
      ? cacheKey({
          version: cfg.version,
          rules: cfg.rules.hash,
          doc,
          bytes,
          refDate: cfg.refDate,
          encoding: cfg.encoding ?? null,
          types,
        })
      : null;
    const cached = key ? cfg.cache!.get(key) : null;
    if (cached) return cached;
    let outcome = await extractOne(src);
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
  const units = unitsOf(inputs, { ...cfg.fields, ...(cfg.encoding ? { encoding: cfg.encoding } : {}) });
  let exhausted = false;
  const pull = async (): Promise<Unit | null> => {
    const r = await units.next();
    exhausted = r.done === true;
    return r.done ? null : r.value;
  };
  /** Bytes a unit brings into flight: a file's size, a record's text in UTF-8. */
  const sizeOfUnit = (u: Unit) =>
    u.kind === 'input' ? sizeOf(u.input) : u.kind === 'record' ? Buffer.byteLength(u.record.text) : 0;
  try {
    const fewest = jobs === 1 ? 1 : jobs * IN_FLIGHT_PER_JOB;
    const most = jobs === 1 ? 1 : jobs * (IN_FLIGHT_BYTES_PER_JOB / BATCH_BYTES) * BATCH_DOCS;
    const mostBytes = jobs * IN_FLIGHT_BYTES_PER_JOB;
    const pending: Pending[] = [];
    let bytesInFlight = 0;
    while (!exhausted || pending.length) {
      while (!exhausted && (pending.length < fewest || (pending.length < most && bytesInFlight < mostBytes))) {
        const unit = await pull();
        if (!unit) break;
        const size = sizeOfUnit(unit);
        bytesInFlight += size;
        pending.push(
          unit.kind === 'input' && size > LARGE_FILE_BYTES
            ? { bytes: size, parts: unit.input }
            : { bytes: size, one: start(unit) },
        );
      }
      if (pending.length === 0) break;
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
    await units.return(undefined); // closes a collection being read
    if (pool) await pool.destroy();
  }
}

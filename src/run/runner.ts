// The whole run: inputs in, one outcome per document out, in input order. An input is
// a document, or a collection of them (units.ts: one per record). Cached outcomes are
// read back first; the rest are processed in this thread (--jobs 1) or by a pool of
// worker threads, each with its own jieba, a bounded number at a time.
import fs from 'node:fs';
import os from 'node:os';
import type { Input } from '../read/inputs.js';
import { describe } from '../read/inputs.js';
import type { RuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter, type Segmenter } from '../segment/tokens.js';
import type { FactType } from '../facts.js';
import type { ProcessOptions, Source } from './process.js';
import { cacheKey, type ResultCache } from './cache.js';
import { bugFailure, type DocumentOutcome } from '../emit/outcome.js';
import { BATCH_BYTES, BATCH_DOCS, WorkerPool } from './pool.js';
import { jsonlOf } from '../emit/render.js';
import { LARGE_FILE_BYTES, batchesOf, unitsOf, type Unit } from './units.js';
import type { FieldChoice } from '../read/record-fields.js';

export interface RunConfig {
  readonly rules: RuleSet;
  /** Worker threads; 1 processes in this thread. */
  readonly jobs: number;
  readonly refDate: string | null;
  readonly encoding?: string;
  readonly types?: ReadonlySet<FactType>;
  readonly cache: ResultCache | null;
  /** The tool's version and build (cli/common.ts cacheVersion), part of every cache key. */
  readonly version: string;
  /** csv output: workers write the facts as CSV rows too, so the main thread only copies text. */
  readonly csv?: boolean;
  /** Where a collection's records keep their text, title, date and id (detected when absent). */
  readonly fields?: FieldChoice;
  /** Reads standard input, for an input `-` (the command line passes it in). */
  readonly stdin?: () => Promise<Uint8Array>;
}

export const defaultJobs = (): number =>
  typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

export async function* runInputs(inputs: readonly Input[], cfg: RunConfig): AsyncGenerator<DocumentOutcome> {
  // A collection holds any number of documents: its size, not the inputs' count, caps the workers.
  const engine = new Engine(cfg, Math.max(1, Math.min(cfg.jobs, batchesOf(inputs, BATCH_BYTES))));
  const units = unitsOf(inputs, { ...cfg.fields, ...(cfg.encoding ? { encoding: cfg.encoding } : {}) });
  try {
    yield* inInputOrder(units, engine);
  } finally {
    await units.return(undefined); // closes a collection being read
    await engine.destroy();
  }
}

/** Documents in flight per worker, however large: enough to keep workers busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_JOB = 4;
/**
 * Input bytes in flight per worker, when documents are small. Outcomes come back in the
 * order workers finish and wait here for their turn: while one worker is still loading
 * jieba (a second or two, longer when all load at once) the others go on, and this is
 * the work they can get ahead by.
 */
const IN_FLIGHT_BYTES_PER_JOB = 1 << 20;

/** A unit in flight: one outcome to come, or a large file to stream in parts when it is its turn. */
type Pending = { readonly bytes: number } & ({ readonly one: Promise<DocumentOutcome> } | { readonly parts: Input });

/** Starts units ahead, within bounds, and yields their outcomes in order. */
async function* inInputOrder(units: AsyncGenerator<Unit>, engine: Engine): AsyncGenerator<DocumentOutcome> {
  const window = new InFlight(units, engine);
  try {
    for (let head = await window.take(); head; head = await window.take()) {
      // Let the event loop turn between documents: work done in this thread would otherwise
      // starve I/O callbacks and next-tick queues for the whole run.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if ('one' in head) yield await head.one;
      else yield* engine.parts(head.parts);
    }
  } finally {
    window.abandon();
  }
}

/**
 * The units started and not yet yielded. A large file is not started: it is processed
 * in parts in this thread when its turn comes, while the workers go on with what follows.
 * With workers, at least IN_FLIGHT_PER_JOB documents per worker are in flight, and more
 * up to IN_FLIGHT_BYTES_PER_JOB: memory stays bounded whatever the corpus.
 */
class InFlight {
  private readonly pending: Pending[] = [];
  private bytes = 0;
  private exhausted = false;
  private readonly fewest: number;
  private readonly most: number;
  private readonly mostBytes: number;

  constructor(
    private readonly units: AsyncGenerator<Unit>,
    private readonly engine: Engine,
  ) {
    const jobs = engine.jobs;
    this.fewest = jobs === 1 ? 1 : jobs * IN_FLIGHT_PER_JOB;
    this.most = jobs === 1 ? 1 : jobs * (IN_FLIGHT_BYTES_PER_JOB / BATCH_BYTES) * BATCH_DOCS;
    this.mostBytes = jobs * IN_FLIGHT_BYTES_PER_JOB;
  }

  /** The next unit in order, after starting as many more as the bounds allow; null at the end. */
  async take(): Promise<Pending | null> {
    while (!this.exhausted && this.hasRoom()) {
      const next = await this.units.next();
      if (next.done) this.exhausted = true;
      else this.start(next.value);
    }
    const head = this.pending.shift() ?? null;
    if (head) this.bytes -= head.bytes;
    return head;
  }

  private hasRoom(): boolean {
    const n = this.pending.length;
    return n < this.fewest || (n < this.most && this.bytes < this.mostBytes);
  }

  private start(unit: Unit): void {
    const size = sizeOfUnit(unit);
    this.bytes += size;
    this.pending.push(
      unit.kind === 'input' && size > LARGE_FILE_BYTES
        ? { bytes: size, parts: unit.input }
        : { bytes: size, one: this.engine.outcome(unit) },
    );
  }

  /**
   * The run ended early (the output failed, the reader went away): the outcomes still
   * to come are not wanted, and workers stopping must not make them unhandled rejections.
   */
  abandon(): void {
    for (const p of this.pending) if ('one' in p) p.one.catch(() => {});
  }
}

/** Bytes a unit brings into flight: a file's size (0 when it cannot be had: the read will say why), a record's text. */
function sizeOfUnit(unit: Unit): number {
  if (unit.kind === 'record') return Buffer.byteLength(unit.record.text);
  if (unit.kind !== 'input' || unit.input.kind !== 'file') return 0;
  try {
    return fs.statSync(unit.input.path).size;
  } catch {
    return 0;
  }
}

/** Where documents are processed: the cache, this thread's jieba, or the worker pool. */
class Engine {
  private segmenter: Segmenter | null = null;
  private pool: WorkerPool | null = null;
  private readonly types: readonly FactType[] | null;
  private readonly processOptions: ProcessOptions;

  constructor(
    private readonly cfg: RunConfig,
    readonly jobs: number,
  ) {
    this.types = cfg.types ? [...cfg.types].sort() : null;
    this.processOptions = {
      refDate: cfg.refDate,
      ...(cfg.encoding ? { encoding: cfg.encoding } : {}),
      ...(cfg.types ? { types: cfg.types } : {}),
    };
  }

  /** One unit's outcome: from the cache when it is there, else extracted (and then cached). */
  async outcome(unit: Unit): Promise<DocumentOutcome> {
    const doc = unit.kind === 'input' ? unit.input.path : unit.doc;
    const source = await this.sourceOf(unit);
    if ('message' in source) return { ok: false, doc, message: source.message };
    const cache = this.cfg.cache;
    const key = cache ? this.keyOf(doc, source.bytes) : null;
    const cached = key ? cache!.get(key) : null;
    if (cached) return cached;
    let outcome = await this.extract(source.src);
    if (key) {
      // The cache stores JSON lines: written once here, they serve jsonl output too.
      if (outcome.ok && outcome.jsonl === undefined) outcome = { ...outcome, jsonl: jsonlOf(outcome.facts) };
      cache!.put(key, outcome);
    }
    return outcome;
  }

  /** A large file's outcomes, part by part, in this thread. */
  async *parts(input: Input): AsyncGenerator<DocumentOutcome> {
    try {
      const { processLargeFile } = await import('./large.js');
      yield* processLargeFile(input.path, this.cfg.rules, this.mainSegmenter(), this.processOptions);
    } catch (e) {
      // As for any document: a failure is this input's, reported, and the run goes on.
      yield bugFailure(input.path, e);
    }
  }

  async destroy(): Promise<void> {
    if (this.pool) await this.pool.destroy();
  }

  /** A unit's source: a file's bytes, or a record (keyed in the cache by its parts). */
  private async sourceOf(unit: Unit): Promise<{ src: Source; bytes: Uint8Array } | { message: string }> {
    if (unit.kind === 'failed') return unit;
    if (unit.kind === 'record') {
      const { text, title, published } = unit.record;
      return { src: unit, bytes: Buffer.from(JSON.stringify([text, title, published])) };
    }
    const bytes = await this.read(unit.input);
    return bytes instanceof Uint8Array ? { src: { doc: unit.input.path, bytes }, bytes } : bytes;
  }

  private async read(input: Input): Promise<Uint8Array | { message: string }> {
    if (input.kind === 'unreadable') return { message: input.message };
    try {
      if (input.kind === 'file') return fs.readFileSync(input.path);
      if (!this.cfg.stdin) return { message: 'standard input is not available here' };
      return await this.cfg.stdin();
    } catch (e) {
      return { message: describe(e) };
    }
  }

  private keyOf(doc: string, bytes: Uint8Array): string {
    const { cfg } = this;
    return cacheKey({
      version: cfg.version,
      rules: cfg.rules.hash,
      doc,
      bytes,
      refDate: cfg.refDate,
      encoding: cfg.encoding ?? null,
      types: this.types,
    });
  }

  /**
   * In this thread with --jobs 1; else by the pool, which starts at the first document
   * not in the cache: a fully cached run starts no worker.
   */
  private async extract(src: Source): Promise<DocumentOutcome> {
    if (this.jobs === 1) {
      // The extraction code (the pipeline and every stage) loads at the first document the
      // cache does not hold: a run over cached documents never loads it (a warm run of
      // npm run bench's --cache check spent a third of its time loading it).
      const { processSource } = await import('./process.js');
      return processSource(src, this.cfg.rules, this.mainSegmenter(), this.processOptions);
    }
    this.pool ??= new WorkerPool(this.jobs, this.cfg.rules, {
      refDate: this.cfg.refDate,
      ...(this.cfg.encoding ? { encoding: this.cfg.encoding } : {}),
      ...(this.types ? { types: this.types } : {}),
      csv: this.cfg.csv ?? false,
    });
    return this.pool.submit(src);
  }

  private mainSegmenter(): Segmenter {
    return (this.segmenter ??= jiebaSegmenter(this.cfg.rules.dictionary));
  }
}

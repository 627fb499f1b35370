// The worker pool (--jobs N): documents in, outcomes out, each worker with its own rules
// and jieba. Documents go out in batches, and each worker is sent its next batch while it
// works on the one before: a message per document, and a worker that waits for the main
// thread to hand it each next one, cost more than small documents take to process (on a
// busy machine each hand-over is a thread wake-up that may wait for a core). A batch goes
// out when it is full and a worker has room for it, or at once, however small, when some
// worker has nothing queued.
import type { Piscina } from 'piscina';
import type { RuleSet } from '../rules/ruleset.js';
import type { FactType } from '../facts.js';
import { fromJsonl, type DocumentOutcome } from '../emit/outcome.js';
import type { Task, TaskResult, WorkerData } from './worker.js';
import type { Source } from './process.js';

/** A batch is sent once it holds this many bytes of input, or this many documents. */
export const BATCH_BYTES = 64 << 10;
export const BATCH_DOCS = 32;
/** Batches a worker holds at once: the one it works on and the next. */
const BATCHES_PER_WORKER = 2;

export interface PoolOptions {
  readonly refDate: string | null;
  readonly encoding?: string;
  readonly types?: readonly FactType[];
  readonly csv: boolean;
}

interface Waiting {
  readonly resolve: (o: DocumentOutcome) => void;
  readonly reject: (e: unknown) => void;
}

interface Batch {
  readonly docs: Source[];
  readonly waiting: Waiting[];
  bytes: number;
}

const emptyBatch = (): Batch => ({ docs: [], waiting: [], bytes: 0 });

export class WorkerPool {
  private readonly piscina: Promise<Piscina>;
  /** Full batches waiting for room at a worker, in input order. */
  private readonly ready: Batch[] = [];
  /** The batch documents are being added to. */
  private open: Batch = emptyBatch();
  /** Batches sent and not yet back. */
  private inFlight = 0;

  constructor(
    private readonly jobs: number,
    rules: RuleSet,
    private readonly opts: PoolOptions,
  ) {
    // piscina itself loads only when a run needs workers (a cached run, or --jobs 1, does not).
    this.piscina = import('piscina').then(
      ({ Piscina }) =>
        new Piscina({
          filename: new URL('./worker.js', import.meta.url).href,
          workerData: { loaded: rules.loaded } satisfies WorkerData,
          minThreads: jobs,
          maxThreads: jobs,
          concurrentTasksPerWorker: BATCHES_PER_WORKER,
          idleTimeout: 1000,
        }),
    );
  }

  /** The outcome of one document, which goes out with the open batch. */
  submit(src: Source): Promise<DocumentOutcome> {
    const p = new Promise<DocumentOutcome>((resolve, reject) => this.open.waiting.push({ resolve, reject }));
    this.open.docs.push(src);
    // A record's text counts as its length: what is in flight is bounded alike.
    this.open.bytes += 'bytes' in src ? src.bytes.length : src.record.text.length;
    if (this.open.bytes >= BATCH_BYTES || this.open.docs.length >= BATCH_DOCS) {
      this.ready.push(this.open);
      this.open = emptyBatch();
    }
    this.dispatch();
    return p;
  }

  /**
   * Full batches go out while workers have room for them; the open one, however small,
   * when none is ready and some worker has nothing queued.
   */
  private dispatch(): void {
    while (this.ready.length > 0 && this.inFlight < this.jobs * BATCHES_PER_WORKER) this.send(this.ready.shift()!);
    if (this.ready.length === 0 && this.open.docs.length > 0 && this.inFlight < this.jobs) {
      this.send(this.open);
      this.open = emptyBatch();
    }
  }

  private send(batch: Batch): void {
    const task: Task = {
      docs: batch.docs,
      refDate: this.opts.refDate,
      ...(this.opts.encoding ? { encoding: this.opts.encoding } : {}),
      ...(this.opts.types ? { types: this.opts.types } : {}),
      csv: this.opts.csv,
    };
    this.inFlight++;
    this.piscina
      .then((p) => p.run(task) as Promise<TaskResult[]>)
      .then(
        (results) =>
          results.forEach((r, i) =>
            batch.waiting[i]!.resolve(r.ok ? fromJsonl(r.record, r.jsonl, { csv: r.csv, yearless: r.yearless }) : r),
          ),
        (e: unknown) => batch.waiting.forEach((w) => w.reject(e)),
      )
      .finally(() => {
        this.inFlight--;
        this.dispatch();
      });
  }

  async destroy(): Promise<void> {
    await (await this.piscina).destroy();
  }
}

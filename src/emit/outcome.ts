// One input's outcome, as it travels from a worker, through the cache, to an emitter:
// plain data (the document record and its facts), or why the input could not be read.
import type { Document } from '../document/document.js';
import type { DocumentRecord, Fact } from '../facts.js';

/**
 * The facts already written out, by a worker thread or read from the cache: an emitter
 * copies the text of its format when it is there, and makes it from `facts` otherwise.
 */
interface Rendered {
  /** The facts as JSON lines, exactly as jsonl output writes them. */
  readonly jsonl?: string;
  /** The facts as CSV rows (no header), exactly as csv output writes them. */
  readonly csv?: string;
}

/** What a run tells its user about a document, beside its facts. */
export interface OutcomeNotes {
  /**
   * Dates whose year could not be had, in a document that states no publication date
   * and with no --ref-date (5月13日 alone): events on them are left out.
   */
  readonly yearless?: number;
}

export type DocumentOutcome =
  | ({
      readonly ok: true;
      readonly partial?: false;
      readonly record: DocumentRecord;
      readonly facts: readonly Fact[];
    } & Rendered &
      OutcomeNotes)
  /**
   * Facts of one part of a large file (run/large.ts); the document's last outcome has its
   * record, and each part what its rows need of it (publication date, title).
   */
  | ({
      readonly ok: true;
      readonly partial: true;
      readonly record: null;
      readonly document: Pick<DocumentRecord, 'published' | 'title'>;
      readonly facts: readonly Fact[];
    } & Rendered &
      OutcomeNotes)
  | Failure;

/** An input with no facts, and why; `bug` when the why is a bug in extract, not the input (the run exits 3). */
export interface Failure {
  readonly ok: false;
  readonly doc: string;
  readonly message: string;
  readonly bug?: true;
}

/** What a bug while extracting one input makes of it: that input's failure, the others go on. */
export function bugFailure(doc: string, e: unknown): Failure {
  return { ok: false, doc, message: `internal error while extracting: ${(e as Error).message}`, bug: true };
}

/**
 * An outcome whose facts travelled as JSON lines: they are parsed back only if someone
 * reads `facts` (json output does; jsonl output, and csv when rows came too, do not).
 */
export function fromJsonl(
  record: DocumentRecord,
  jsonl: string,
  extra: { readonly csv?: string | undefined } & OutcomeNotes = {},
): DocumentOutcome {
  let facts: Fact[] | null = null;
  return {
    ok: true,
    record,
    jsonl,
    ...(extra.csv !== undefined ? { csv: extra.csv } : {}),
    ...(extra.yearless ? { yearless: extra.yearless } : {}),
    get facts(): Fact[] {
      return (facts ??= jsonl
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Fact));
    },
  };
}

export function documentRecord(d: Document, facts: number): DocumentRecord {
  return {
    doc: d.doc,
    sha256: d.sha256,
    chars: d.text.length,
    encoding: d.encoding,
    published: d.published,
    title: d.title,
    source: d.source,
    facts,
    error: null,
    dateline: d.dateline,
    format: d.format,
  };
}

export function failureRecord(doc: string, message: string): DocumentRecord {
  return {
    doc,
    sha256: null,
    chars: null,
    encoding: null,
    published: null,
    title: null,
    source: null,
    facts: 0,
    error: message,
    dateline: null,
    format: null,
  };
}

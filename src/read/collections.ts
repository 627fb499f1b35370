// Collections: a file that holds many documents, one per record — JSON lines
// (.jsonl, .ndjson), a JSON array (.json whose text starts with `[`), or a CSV table
// with a text column (.csv). Records are read one at a time, so an archive of any size
// is read in the memory of a few records. Each becomes a document named
// `file.jsonl#<id>` (or `#<line>` when it has no id; `#<n>`, the n-th element, for a
// JSON array); a record that cannot be read is reported under that name with its line,
// and the others go on.
import fs from 'node:fs';
import path from 'node:path';
import { textBlocks, textLines, TextStreamError } from './text-stream.js';
import { fieldFor, recordId, recordParts, type FieldChoice, type RecordParts } from './record-fields.js';

export type CollectionKind = 'jsonl' | 'json' | 'csv';

export type CollectionItem =
  | { readonly ok: true; readonly doc: string; readonly parts: RecordParts }
  | { readonly ok: false; readonly doc: string; readonly message: string };

export interface CollectionOptions extends FieldChoice {
  readonly encoding?: string;
}

/** Does a .json file hold an array? Its first character (after a BOM and blanks) says. */
function startsWithBracket(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(1024);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return /^\uFEFF?\s*\[/.test(head.subarray(0, n).toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false; // read as a document, which reports why it cannot be read
  }
}

/** The kind of collection a file is, by its name (and, for .json, its first character); null for a document. */
export function collectionKind(file: string): CollectionKind | null {
  switch (path.extname(file).toLowerCase()) {
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.csv':
      return 'csv';
    case '.json':
      return startsWithBracket(file) ? 'json' : null;
    default:
      return null;
  }
}

/** A record's document: named by its id, else by where it is; `line` goes into every message. */
function item(file: string, where: number, record: unknown, choice: FieldChoice, what = 'line'): CollectionItem {
  const at = `${what} ${where}`;
  if (typeof record === 'string') return { ok: true, doc: `${file}#${where}`, parts: textOnly(record) };
  if (record === null || typeof record !== 'object' || Array.isArray(record))
    return { ok: false, doc: `${file}#${where}`, message: `${at}: not an object with a text field` };
  const parsed = recordParts(record as Record<string, unknown>, choice);
  const doc = `${file}#${recordId(record as Record<string, unknown>, choice) ?? where}`;
  return parsed.ok ? { ok: true, doc, parts: parsed.parts } : { ok: false, doc, message: `${at}: ${parsed.message}` };
}

const textOnly = (text: string): RecordParts => ({ text, title: null, published: null, id: null });

async function* jsonLines(file: string, opts: CollectionOptions): AsyncGenerator<CollectionItem> {
  for await (const { line, text } of textLines(file, opts)) {
    if (!text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (e) {
      yield { ok: false, doc: `${file}#${line}`, message: `line ${line}: not valid JSON (${(e as Error).message})` };
      continue;
    }
    yield item(file, line, record, opts);
  }
}

/** Elements of a JSON array, parsed as the text streams in (@streamparser/json). */
async function* jsonArray(file: string, opts: CollectionOptions): AsyncGenerator<CollectionItem> {
  const { JSONParser } = await import('@streamparser/json');
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
  const ready: unknown[] = [];
  parser.onValue = ({ value }) => void ready.push(value);
  let n = 0;
  for await (const block of textBlocks(file, opts)) {
    try {
      parser.write(block);
    } catch (e) {
      yield* ready.splice(0).map((r) => item(file, ++n, r, opts, 'element'));
      yield { ok: false, doc: file, message: `not a valid JSON array after element ${n} (${(e as Error).message})` };
      return;
    }
    yield* ready.splice(0).map((r) => item(file, ++n, r, opts, 'element'));
  }
}

/** Rows of a CSV table with a header, parsed as the text streams in (csv-parse). */
async function* csvRows(file: string, opts: CollectionOptions): AsyncGenerator<CollectionItem> {
  const { parse } = await import('csv-parse');
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  const feed = (async () => {
    try {
      for await (const block of textBlocks(file, opts)) {
        if (parser.destroyed) return;
        if (!parser.write(block)) await drainedOrClosed(parser);
      }
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  let lastLine = 1; // the header's
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: CsvInfo }>) {
      // A table without a text column is one failure, not one per row.
      if (lastLine === 1 && fieldFor(Object.keys(record), 'text', opts) === null) {
        const header = Object.keys(record).join(', ');
        yield { ok: false, doc: file, message: `no text column (header: ${header}; name one with --text-field)` };
        return;
      }
      const line = lastLine + 1;
      lastLine = info.lines;
      yield item(file, line, record, opts);
    }
  } finally {
    parser.destroy();
    await feed;
  }
}

interface CsvInfo {
  readonly lines: number;
}

const drainedOrClosed = (stream: NodeJS.EventEmitter) =>
  new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('close', done);
  });

/** The documents of a collection, in file order; a file that cannot be read at all ends with one failure. */
export async function* readCollection(
  file: string,
  kind: CollectionKind,
  opts: CollectionOptions = {},
): AsyncGenerator<CollectionItem> {
  try {
    if (kind === 'jsonl') yield* jsonLines(file, opts);
    else if (kind === 'json') yield* jsonArray(file, opts);
    else yield* csvRows(file, opts);
  } catch (e) {
    yield { ok: false, doc: file, message: e instanceof TextStreamError ? e.message : describeFailure(e) };
  }
}

function describeFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { code?: string };
  if (err?.code === 'ENOENT') return 'no such file or folder';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  return err?.message ?? String(e);
}

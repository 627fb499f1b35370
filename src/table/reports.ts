// Where `extract table` gets its indicators: the output of an earlier run (json or
// jsonl, a file or standard input), or texts and collections it extracts from itself.
// json output says when each document was published (its documents); jsonl does not,
// so a table made from jsonl ranks disagreeing reports by their order alone.
import fs from 'node:fs';
import path from 'node:path';
import type { Indicator } from '../facts.js';
import type { Report } from './pivot.js';
import { detectFormat, InvalidRunError, parseRun } from '../diff/load.js';
import { periodSpan } from '../dates/period-span.js';
import { valueKind } from '../indicators/value-kind.js';

export { InvalidRunError };

const FACT_LINE_TYPES = new Set(['indicator', 'event', 'organization', 'error']);

/** The first `bytes` of a file as text ('' when it cannot be read: the reader will say why). */
function head(file: string, bytes = 65536): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(bytes);
      return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0)).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/**
 * Is a path the output of `extract` (rather than texts to extract from)? Standard input
 * is; a .json file holding an object is (an array is a collection); a .jsonl file is
 * when its first line is a fact or an error record (news.jsonl, one article a line, is not).
 */
export function isRunFile(file: string): boolean {
  if (file === '-') return true;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return /^\uFEFF?\s*\{/.test(head(file, 1024));
  if (ext !== '.jsonl' && ext !== '.ndjson') return false;
  const first = head(file)
    .split('\n')
    .find((l) => l.trim() !== '');
  try {
    const value = JSON.parse(first ?? '') as { type?: unknown; doc?: unknown };
    return typeof value.type === 'string' && FACT_LINE_TYPES.has(value.type) && typeof value.doc === 'string';
  } catch {
    return false;
  }
}

/** The indicators of a run, with their documents' dates and titles where the run has them (json). */
export async function reportsOfRun(text: string, file: string): Promise<Report[]> {
  const run = parseRun(text, file);
  const documents = new Map<string, { published: string | null; title: string | null }>();
  if (detectFormat(text.replace(/^\uFEFF/, '')) === 'json') {
    const output = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      documents: { doc: string; published: string | null; title: string | null }[];
    };
    for (const d of output.documents) documents.set(d.doc, { published: d.published, title: d.title });
  }
  return run.facts
    .filter((f): f is Indicator => f.type === 'indicator')
    .map((f) => {
      const d = documents.get(f.doc);
      return { fact: withDerivedFields(f), published: d?.published ?? null, title: d?.title ?? null };
    });
}

/** A run written before valueKind and periodStart/End existed gets them, as they are read from the fact. */
function withDerivedFields(f: Indicator): Indicator {
  if (f.valueKind !== undefined && f.periodStart !== undefined) return f;
  const span = periodSpan(f.period);
  return { ...f, valueKind: valueKind(f), periodStart: span?.start ?? null, periodEnd: span?.end ?? null };
}

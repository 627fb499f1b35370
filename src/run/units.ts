// What the runner processes, one at a time and in order: a whole input (a file or
// standard input), or one record of a collection (read/collections.ts). Collections are
// read lazily, record by record, as the runner asks for more: an archive of any size
// costs the memory of the records in flight.
import fs from 'node:fs';
import { collectionKind, readCollection, type CollectionOptions } from '../read/collections.js';
import type { Input } from '../read/inputs.js';
import type { RecordParts } from '../read/record-fields.js';

/** Files above this size are processed in parts (run/large.ts). */
export const LARGE_FILE_BYTES = 32 << 20;

export type Unit =
  | { readonly kind: 'input'; readonly input: Input }
  | { readonly kind: 'record'; readonly doc: string; readonly record: RecordParts }
  /** A record, or a whole collection, that could not be read: reported, never dropped. */
  | { readonly kind: 'failed'; readonly doc: string; readonly message: string };

const isCollection = (i: Input) => i.kind === 'file' && collectionKind(i.path) !== null;

/** Is any input a collection? Then the number of inputs says nothing of the number of documents. */
export const hasCollections = (inputs: readonly Input[]) => inputs.some(isCollection);

/**
 * How many batches of work the inputs make, at the least: one per input, and one per
 * `batchBytes` of collections. Workers beyond it would only load jieba: a small archive
 * runs in this thread, as a single file does.
 */
export function batchesOf(inputs: readonly Input[], batchBytes: number): number {
  let bytes = 0;
  for (const i of inputs) {
    if (!isCollection(i)) continue;
    try {
      bytes += fs.statSync(i.path).size;
    } catch {
      // The reader reports it.
    }
  }
  return inputs.length + Math.floor(bytes / batchBytes);
}

export async function* unitsOf(inputs: readonly Input[], opts: CollectionOptions = {}): AsyncGenerator<Unit> {
  for (const input of inputs) {
    const kind = input.kind === 'file' ? collectionKind(input.path) : null;
    if (!kind) {
      yield { kind: 'input', input };
      continue;
    }
    for await (const r of readCollection(input.path, kind, opts))
      yield r.ok ? { kind: 'record', doc: r.doc, record: r.parts } : { kind: 'failed', doc: r.doc, message: r.message };
  }
}

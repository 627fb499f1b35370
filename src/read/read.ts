// Reading one input into a Document, or into the reason it could not be read.
import fs from 'node:fs/promises';
import { createDocument, type Document } from '../document/document.js';
import { decode } from './decode.js';
import { describe, type Input } from './inputs.js';

export type ReadResult = { readonly ok: true; readonly document: Document } | { readonly ok: false; readonly doc: string; readonly message: string };

export interface ReadOptions {
  readonly encoding?: string;
  /** Bytes of standard input, read once by the caller. */
  readonly stdin?: () => Promise<Uint8Array>;
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(input: Input, opts: ReadOptions = {}): Promise<ReadResult> {
  if (input.kind === 'unreadable') return { ok: false, doc: input.path, message: input.message };
  let bytes: Uint8Array;
  try {
    bytes = input.kind === 'stdin' ? await (opts.stdin ?? readStdin)() : await fs.readFile(input.path);
  } catch (e) {
    return { ok: false, doc: input.path, message: describe(e) };
  }
  return documentFromBytes(input.path, bytes, opts);
}

export function documentFromBytes(doc: string, bytes: Uint8Array, opts: { encoding?: string } = {}): ReadResult {
  const decoded = decode(bytes, opts.encoding ? { encoding: opts.encoding } : {});
  if (!decoded.ok) return { ok: false, doc, message: decoded.message };
  return { ok: true, document: createDocument(doc, decoded.text, { encoding: decoded.encoding, bytes }) };
}

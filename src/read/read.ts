// Reading one input into a Document, or into the reason it could not be read.
import fs from 'node:fs/promises';
import { createDocument, type Document } from '../document/document.js';
import { decode } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { describe, type Input } from './inputs.js';

export type ReadResult =
  | { readonly ok: true; readonly document: Document }
  | { readonly ok: false; readonly doc: string; readonly message: string };

export interface ReadOptions {
  readonly encoding?: string;
  /** Bytes of standard input, read once by the caller (the command line has the process's). */
  readonly stdin?: () => Promise<Uint8Array>;
}

export async function readInput(input: Input, opts: ReadOptions = {}): Promise<ReadResult> {
  if (input.kind === 'unreadable') return { ok: false, doc: input.path, message: input.message };
  if (input.kind === 'stdin' && !opts.stdin)
    return { ok: false, doc: input.path, message: 'standard input is not available here' };
  let bytes: Uint8Array;
  try {
    bytes = input.kind === 'stdin' ? await opts.stdin!() : await fs.readFile(input.path);
  } catch (e) {
    return { ok: false, doc: input.path, message: describe(e) };
  }
  return documentFromBytes(input.path, bytes, opts);
}

const HTML_NAME = /\.x?html?$/i;

/**
 * Bytes to a Document: decoded (see decode.ts), and for an HTML page (by its name
 * or its first characters) the visible text, which is then what offsets refer to.
 */
export function documentFromBytes(doc: string, bytes: Uint8Array, opts: { encoding?: string } = {}): ReadResult {
  const decoded = decode(bytes, opts.encoding ? { encoding: opts.encoding } : {});
  if (!decoded.ok) return { ok: false, doc, message: decoded.message };
  const { text, encoding } = decoded;
  if (HTML_NAME.test(doc) || looksLikeHtml(text)) {
    const page = htmlToText(text);
    return {
      ok: true,
      document: createDocument(doc, page.text, { encoding, format: 'html', bytes, title: page.title }),
    };
  }
  return { ok: true, document: createDocument(doc, text, { encoding, bytes }) };
}

/** A collection record's text as a Document: its title and date come with it; HTML is read for its text. */
export function documentFromRecord(
  doc: string,
  record: { readonly text: string; readonly title: string | null; readonly published: string | null },
): Document {
  const html = looksLikeHtml(record.text) ? htmlToText(record.text) : null;
  return createDocument(doc, html ? html.text : record.text, {
    encoding: 'utf-8',
    format: html ? 'html' : 'text',
    title: record.title ?? html?.title ?? null,
    published: record.published,
  });
}

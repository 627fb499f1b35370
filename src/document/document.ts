// A Document owns the decoded text; everything downstream refers to it by offsets.
import { createHash } from 'node:crypto';
import { findMetadata, type Metadata } from './metadata.js';
import { toMatchText } from './normalize.js';

export interface Document extends Metadata {
  /** The input path as the user gave it (`-` for stdin). */
  readonly doc: string;
  /** The decoded source: the one string every offset refers to. */
  readonly text: string;
  /**
   * The same string with full-width forms folded to ASCII (２０２０ → 2020, ， → ,).
   * Same length as `text`, character for character, so an offset found in one is
   * an offset in the other. Rules match against this; facts quote `text`.
   */
  readonly match: string;
  readonly sha256: string;
  readonly encoding: string;
  /** What the text was extracted from, when it was not plain text (e.g. `html`). */
  readonly format: 'text' | 'html';
}

export function createDocument(doc: string, text: string, opts: { encoding?: string; format?: 'text' | 'html'; bytes?: Uint8Array } = {}): Document {
  const match = toMatchText(text);
  return {
    doc,
    text,
    match,
    sha256: createHash('sha256')
      .update(opts.bytes ?? Buffer.from(text, 'utf8'))
      .digest('hex'),
    encoding: opts.encoding ?? 'utf-8',
    format: opts.format ?? 'text',
    ...findMetadata(text, match),
  };
}

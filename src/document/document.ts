// A Document owns the decoded text; everything downstream refers to it by offsets.
import crypto from 'node:crypto';
import { findMetadata, type Metadata } from './metadata.js';
import { toMatchText } from './normalize.js';
import { headingOf, holdsLine } from './declared-title.js';

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
  /**
   * The title as the page's headline line reads: a title the input declares apart from its
   * text (a collection record's `title`, an HTML `<title>`) without the site's name a
   * `<title>` adds (declared-title.ts), else the one found in the text. The text's sections
   * are read under it (segment/sections.ts finds the line that is it).
   */
  readonly titleLine: string | null;
  /**
   * True when that line was declared apart and no line of the text is it: the text is then
   * read with it as its first line, the way a page opens (reading.ts); no fact is taken from it.
   */
  readonly titleApart: boolean;
}

export interface DocumentOptions {
  readonly encoding?: string;
  readonly format?: 'text' | 'html';
  /** The bytes the text was decoded from; the hash is of these. */
  readonly bytes?: Uint8Array;
  /**
   * A title the page declares apart from its text (an HTML `<title>`). The headline
   * found in the text is kept when the declared title contains it (a `<title>`
   * often adds the site's name: `标题_凤凰网`); otherwise the declared one is used.
   */
  readonly title?: string | null;
  /**
   * A publication date (YYYY-MM-DD) the input states apart from its text (a collection
   * record's `date`): it is the document's, whatever the text's furniture says.
   */
  readonly published?: string | null;
}

/**
 * One-shot hashing (crypto.hash, Node 20.12+) where there is one: a hash object, its update and
 * its digest were three calls into native code and an object per page.
 */
const sha256Hex: (bytes: Uint8Array) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (bytes) => (crypto as unknown as { hash: (alg: string, data: Uint8Array) => string }).hash('sha256', bytes)
    : (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

export function createDocument(doc: string, text: string, opts: DocumentOptions = {}): Document {
  const match = toMatchText(text);
  const metadata = findMetadata(text, match);
  const declared = opts.title?.trim() || null;
  const title = declared && !(metadata.title && declared.includes(metadata.title)) ? declared : metadata.title;
  const line = declared && title === declared ? headingOf(declared) : null;
  // the metadata field by field, in its order: spreading it copied by generic property lookups
  return {
    doc,
    text,
    match,
    sha256: sha256Hex(opts.bytes ?? Buffer.from(text, 'utf8')),
    encoding: opts.encoding ?? 'utf-8',
    format: opts.format ?? 'text',
    published: opts.published || metadata.published,
    publishedEvidence: opts.published ? null : metadata.publishedEvidence,
    dateline: metadata.dateline,
    title,
    source: metadata.source,
    sourceEvidence: metadata.sourceEvidence,
    sources: metadata.sources,
    titleLine: line ?? title,
    titleApart: line !== null && !holdsLine(match, toMatchText(line)),
  };
}

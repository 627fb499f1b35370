// The text a document is read as. A page opens with its title, and the frames it sets
// its figures in (src/frames/) read the page's time, place and kind from that line:
// 前9个月我国实际使用外资同比增长19.6% frames the country's figures of 2021-01/2021-09.
// A collection record keeps its title in a field of its own (and a web page may keep it
// only in its <title>), so its text is read under that title as its first line, exactly
// as the same article saved as a page is. Facts stay the text's: none is taken from the
// title line, and their offsets are the text's own (pipeline.ts takes `bodyStart` off).
import type { Document } from './document.js';
import type { Evidence } from './metadata.js';
import { toMatchText } from './normalize.js';

export interface Reading {
  /** The document as read: its title line, then its text (the document itself when it has no title apart). */
  readonly doc: Document;
  /** Where the document's own text starts in the reading's: what facts' offsets are taken off by. */
  readonly bodyStart: number;
}

const shifted = (e: Evidence | null, by: number): Evidence | null =>
  e ? { start: e.start + by, end: e.end + by, text: e.text } : null;

/** The document read under its declared title (Document.titleApart), or as it is. */
export function readingOf(doc: Document): Reading {
  if (!doc.titleApart || doc.titleLine === null) return { doc, bodyStart: 0 };
  // (a line of its own: the title's sentence is a heading, as a page's first line is)
  const line = `${doc.titleLine}\n`;
  const by = line.length;
  const read: Document = {
    doc: doc.doc,
    text: line + doc.text,
    match: toMatchText(line) + doc.match,
    sha256: doc.sha256,
    encoding: doc.encoding,
    format: doc.format,
    published: doc.published,
    publishedEvidence: shifted(doc.publishedEvidence, by),
    dateline: doc.dateline,
    title: doc.titleLine,
    source: doc.source,
    sourceEvidence: shifted(doc.sourceEvidence, by),
    sources: doc.sources.map((e) => shifted(e, by)!),
    titleLine: doc.titleLine,
    titleApart: false,
  };
  return { doc: read, bodyStart: by };
}

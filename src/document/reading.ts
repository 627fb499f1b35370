// The text a document is read as. A page opens with its title and its date line, and
// the frames it sets its figures in (src/frames/) read the page's time, place and kind
// from that title: 前9个月我国实际使用外资同比增长19.6% frames the country's figures of
// 2021-01/2021-09. A collection record keeps its title and date in fields of their own
// (and a web page may keep its title only in its <title>), so its text is read under
// them as its first lines, exactly as the same article saved as a page is. The date line
// matters too: it stands between the title and the story, so that a year the title names
// (山东公布2020年地区生产总值最终核实数) frames the figures without dating the story's
// 12月30日, which is the record's day. Facts stay the text's: none is taken from these
// lines, and their offsets are the text's own (pipeline.ts takes `bodyStart` off).
import type { Document } from './document.js';
import type { Evidence } from './metadata.js';
import { toMatchText } from './normalize.js';

export interface Reading {
  /** The document as read: its title and date lines, then its text (the document itself when it has no title apart). */
  readonly doc: Document;
  /** Where the document's own text starts in the reading's: what facts' offsets are taken off by. */
  readonly bodyStart: number;
}

const shifted = (e: Evidence | null, by: number): Evidence | null =>
  e ? { start: e.start + by, end: e.end + by, text: e.text } : null;

/** The document read under its declared title (Document.titleApart), or as it is. */
export function readingOf(doc: Document): Reading {
  if (!doc.titleApart || doc.titleLine === null) return { doc, bodyStart: 0 };
  // (lines of their own: the title's sentence is a heading, as a page's first line is)
  const title = `${doc.titleLine}\n`;
  // A publication date the input gave apart from the text (a record's date) is the page's date line.
  const dated = doc.published !== null && doc.publishedEvidence === null;
  const date = dated ? `${doc.published}\n` : '';
  const head = title + date;
  const by = head.length;
  const dateLine: Evidence | null = dated ? { start: title.length, end: by - 1, text: doc.published! } : null;
  const read: Document = {
    doc: doc.doc,
    text: head + doc.text,
    match: toMatchText(head) + doc.match,
    sha256: doc.sha256,
    encoding: doc.encoding,
    format: doc.format,
    published: doc.published,
    publishedEvidence: dateLine ?? shifted(doc.publishedEvidence, by),
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

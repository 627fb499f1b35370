// A very large text file (a 200 MB dump) is read and processed in parts, cut at
// line breaks, so memory stays bounded however big the file: each part's indicators
// and events are written as soon as it is done; organizations, one fact per
// organization per document, are merged over the parts and written at the end.
// Offsets are into the whole decoded text, as for any document.
import fs from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { TextDecoder } from 'node:util';
import { createDocument, type Document } from '../document/document.js';
import { decode } from '../read/decode.js';
import type { ExtractOptions } from '../pipeline.js';
import { extractWithNotes } from './process.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Segmenter } from '../segment/tokens.js';
import type { Fact, Organization } from '../facts.js';
import { documentRecord, type DocumentOutcome } from '../emit/outcome.js';

/** Bytes read at a time. */
const BLOCK_BYTES = 1 << 20;
/** A part is cut at the last line break after this many characters. */
const PART_CHARS = 256 << 10;

export interface LargeOptions extends ExtractOptions {
  readonly encoding?: string;
  /** Tuning (and tests): characters per part, bytes per read. */
  readonly partChars?: number;
  readonly blockBytes?: number;
}

function shift(f: Fact, by: number): Fact {
  const moved = { ...f, start: f.start + by, end: f.end + by };
  if (moved.type === 'event' && moved.yearFrom)
    moved.yearFrom = { ...moved.yearFrom, start: moved.yearFrom.start + by, end: moved.yearFrom.end + by };
  return moved;
}

/** Organizations seen in several parts become one: the first mention, the fullest name, every form, every mention. */
function mergeOrganization(a: Organization, b: Organization): Organization {
  const name = b.name.length > a.name.length ? b.name : a.name;
  const forms = new Set([a.name, ...a.aliases, b.name, ...b.aliases]);
  forms.delete(name);
  return { ...a, name, aliases: [...forms], mentions: a.mentions + b.mentions };
}

/** What the parts of one file add up to, as they are processed. */
interface Tally {
  /** The first part's document: its publication date, title and source stand for the whole file's. */
  head: Document | null;
  factCount: number;
  yearless: number;
  readonly orgs: Map<string, Organization>;
}

/** A part of the decoded text and where it starts; or why the file cannot be decoded. */
type TextPart =
  { readonly text: string; readonly at: number; readonly encoding: string } | { readonly failure: string };

/**
 * Parts of one large file, in order. Every yielded outcome but the last is `partial`
 * (facts only); the last carries the organizations and the document record.
 */
export async function* processLargeFile(
  path: string,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: LargeOptions = {},
): AsyncGenerator<DocumentOutcome> {
  const fd = fs.openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    const tally: Tally = { head: null, factCount: 0, yearless: 0, orgs: new Map() };
    let chars = 0;
    let encoding = opts.encoding ?? '';
    for (const part of textParts(fd, hash, opts)) {
      if ('failure' in part) {
        yield { ok: false, doc: path, message: part.failure };
        return;
      }
      encoding = part.encoding;
      const facts = extractPart(path, part, tally, { rules, segmenter, opts });
      chars = part.at + part.text.length;
      await new Promise<void>((resolve) => setImmediate(resolve)); // let output drain between parts
      // What each part's rows need of the document (csv): the first part's date and title.
      const document = { published: tally.head?.published ?? null, title: tally.head?.title ?? null };
      yield { ok: true, partial: true, record: null, document, facts };
    }
    yield lastOutcome(path, tally, { sha256: hash.digest('hex'), chars, encoding });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The file's text in parts of about `partChars` characters, cut after a line break (or
 * anywhere in a line longer than two parts). The encoding is decided on the first block,
 * as for any file; bytes that do not decode end the file with a failure.
 */
function* textParts(fd: number, hash: Hash, opts: LargeOptions): Generator<TextPart> {
  const PART = opts.partChars ?? PART_CHARS;
  const block = Buffer.allocUnsafe(opts.blockBytes ?? BLOCK_BYTES);
  let decoder: TextDecoder | null = null;
  let pending = '';
  let offset = 0; // UTF-16 offset of `pending` in the whole text
  for (;;) {
    const n = fs.readSync(fd, block, 0, block.length, null);
    const bytes = block.subarray(0, n);
    hash.update(bytes);
    if (!decoder) {
      const first = decode(bytes, opts.encoding ? { encoding: opts.encoding } : {});
      if (!first.ok) return yield { failure: first.message };
      decoder = new TextDecoder(first.encoding, { fatal: true });
    }
    try {
      pending += decoder.decode(bytes, { stream: n > 0 });
    } catch {
      return yield { failure: `not valid ${decoder.encoding} after character ${offset + pending.length}` };
    }
    const last = n === 0;
    while (pending.length > PART || (last && pending.length > 0)) {
      const cut = cutAt(pending, PART, last);
      yield { text: pending.slice(0, cut), at: offset, encoding: decoder.encoding };
      offset += cut;
      pending = pending.slice(cut);
    }
    if (last) return;
  }
}

/** Where a part ends: after the last line break within two parts; all that is left at the end. */
function cutAt(pending: string, part: number, last: boolean): number {
  if (last) return pending.length;
  const lineBreak = pending.lastIndexOf('\n', part * 2);
  return lineBreak <= 0 ? Math.min(pending.length, part * 2) : lineBreak + 1;
}

interface PartContext {
  readonly rules: RuleSet;
  readonly segmenter: Segmenter;
  readonly opts: LargeOptions;
}

/**
 * One part's indicators and events, with offsets into the whole text; its organizations
 * go into the tally, to be merged over the parts. Every part after the first takes the
 * first's publication date, title and source: a part of a file is not a new document.
 */
function extractPart(
  path: string,
  part: { text: string; at: number; encoding: string },
  tally: Tally,
  c: PartContext,
): Fact[] {
  let doc = createDocument(path, part.text, { encoding: part.encoding });
  if (!tally.head) tally.head = doc;
  else
    doc = {
      ...doc,
      published: tally.head.published,
      publishedEvidence: null,
      dateline: tally.head.dateline,
      title: tally.head.title,
      // (the title's line is no line of this part: its sections are read as before)
      titleLine: tally.head.titleLine,
      source: tally.head.source,
      sourceEvidence: null,
    };
  const { facts, yearless } = extractWithNotes(doc, c.rules, c.segmenter, {
    ...c.opts,
    refDate: c.opts.refDate ?? null,
  });
  tally.yearless += yearless;
  const out: Fact[] = [];
  for (const f of facts.map((x) => shift(x, part.at))) {
    if (f.type !== 'organization') out.push(f);
    else {
      const seen = tally.orgs.get(f.canonical);
      tally.orgs.set(f.canonical, seen ? mergeOrganization(seen, f) : f);
    }
  }
  tally.factCount += out.length;
  return out;
}

/** The file's organizations, and its document record. */
function lastOutcome(
  path: string,
  tally: Tally,
  whole: { sha256: string; chars: number; encoding: string },
): DocumentOutcome {
  const organizations = [...tally.orgs.values()].sort((a, b) => a.start - b.start);
  const first: Document = tally.head ?? createDocument(path, '', { encoding: whole.encoding });
  const record = {
    ...documentRecord(first, tally.factCount + organizations.length),
    sha256: whole.sha256,
    chars: whole.chars,
  };
  return { ok: true, record, facts: organizations, ...(tally.yearless ? { yearless: tally.yearless } : {}) };
}

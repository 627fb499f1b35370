// A very large text file (a 200 MB dump) is read and processed in parts, cut at
// line breaks, so memory stays bounded however big the file: each part's indicators
// and events are written as soon as it is done; organizations, one fact per
// organization per document, are merged over the parts and written at the end.
// Offsets are into the whole decoded text, as for any document.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { TextDecoder } from 'node:util';
import { createDocument, type Document } from '../document/document.js';
import { decode } from '../read/decode.js';
import { extractFacts, type ExtractOptions } from '../pipeline.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Segmenter } from '../segment/tokens.js';
import type { Fact, Organization } from '../facts.js';
import { documentRecord, type DocumentOutcome } from '../emit/outcome.js';

/** Files above this size are processed in parts. */
export const LARGE_FILE_BYTES = 32 << 20;
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

/**
 * Parts of one large file, in order. Every yielded outcome but the last is `partial`
 * (facts only); the last carries the organizations and the document record.
 */
// eslint-disable-next-line max-lines-per-function -- issue 12 splits this
export async function* processLargeFile(
  path: string,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: LargeOptions = {},
): AsyncGenerator<DocumentOutcome> {
  const fd = fs.openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    const PART = opts.partChars ?? PART_CHARS;
    const block = Buffer.allocUnsafe(opts.blockBytes ?? BLOCK_BYTES);
    let decoder: TextDecoder | null = null;
    let encoding = opts.encoding ?? '';
    let pending = '';
    let offset = 0; // UTF-16 offset of `pending` in the whole text
    let head: Document | null = null;
    let factCount = 0;
    const orgs = new Map<string, Organization>();

    const runPart = (text: string, at: number, bytes: Uint8Array | undefined): Fact[] => {
      let doc = createDocument(path, text, { encoding, ...(bytes ? { bytes } : {}) });
      if (!head) head = doc;
      else
        doc = {
          ...doc,
          published: head.published,
          publishedEvidence: null,
          dateline: head.dateline,
          title: head.title,
          source: head.source,
          sourceEvidence: null,
        };
      const facts = extractFacts(doc, rules, segmenter, { ...opts, refDate: opts.refDate ?? null }).map((f) =>
        shift(f, at),
      );
      const out: Fact[] = [];
      for (const f of facts) {
        if (f.type !== 'organization') out.push(f);
        else {
          const seen = orgs.get(f.canonical);
          orgs.set(f.canonical, seen ? mergeOrganization(seen, f) : f);
        }
      }
      return out;
    };

    for (;;) {
      const n = fs.readSync(fd, block, 0, block.length, null);
      const bytes = block.subarray(0, n);
      hash.update(bytes);
      if (!decoder) {
        // The encoding is decided on the first block, as for any file.
        const first = decode(bytes, opts.encoding ? { encoding: opts.encoding } : {});
        if (!first.ok) {
          yield { ok: false, doc: path, message: first.message };
          return;
        }
        encoding = first.encoding;
        decoder = new TextDecoder(encoding, { fatal: true });
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: n > 0 });
      } catch {
        yield { ok: false, doc: path, message: `not valid ${encoding} after character ${offset + pending.length}` };
        return;
      }
      pending += text;
      while (pending.length > PART || (n === 0 && pending.length > 0)) {
        let cut = n === 0 ? pending.length : pending.lastIndexOf('\n', PART * 2);
        if (cut <= 0)
          cut = Math.min(pending.length, PART * 2); // a line longer than a part: cut it
        else if (n !== 0) cut += 1;
        const part = pending.slice(0, cut);
        pending = pending.slice(cut);
        const facts = runPart(part, offset, undefined);
        offset += part.length;
        factCount += facts.length;
        await new Promise<void>((resolve) => setImmediate(resolve)); // let output drain between parts
        const first = head as Document | null; // (set inside runPart: not narrowed)
        const document = { published: first?.published ?? null, title: first?.title ?? null };
        yield { ok: true, partial: true, record: null, document, facts };
        if (n === 0 && pending.length === 0) break;
      }
      if (n === 0) break;
    }
    const organizations = [...orgs.values()].sort((a, b) => a.start - b.start);
    factCount += organizations.length;
    const first: Document = head ?? createDocument(path, '', { encoding });
    const record = { ...documentRecord(first, factCount), sha256: hash.digest('hex'), chars: offset };
    yield { ok: true, record, facts: organizations };
  } finally {
    fs.closeSync(fd);
  }
}

// Bytes to text. The decoded string is the one source of truth for offsets.
// Binary files are recognized by their signature or by NUL and control bytes and reported.
//
// Order of trust: a byte order mark; then strict UTF-8 (multi-byte UTF-8 is almost
// never valid by accident); then the charset an HTML page declares; then detection,
// restricted to the encodings Chinese text comes in (GB18030/GBK, Big5, UTF-16
// without a mark) and verified: the decode must be free of errors and read as text.
// Detectors are unreliable on a few bytes, so chardet ranks and the text decides.
import { TextDecoder } from 'node:util';
import { createRequire } from 'node:module';
import { readsAsText, textStats, type TextStats } from './hanzi.js';

// chardet is needed only for text that is not UTF-8: loaded then, not at every start.
const require = createRequire(import.meta.url);
const analyse = (bytes: Uint8Array): ReturnType<typeof import('chardet').analyse> =>
  (require('chardet') as typeof import('chardet')).analyse(bytes);

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly message: string };

const SIGNATURES: readonly [string, readonly number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP or other RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a 7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['an RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an old Office document (OLE)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

const startsWith = (b: Uint8Array, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

const SNIFF = 8192;

/** C0 control bytes that never occur in text (all but tab, line feed, form feed, carriage return, escape). */
const isControl = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;

function signature(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (startsWith(bytes, sig)) return name;
  return null;
}

/** NUL or control bytes in the head: binary, unless it is UTF-16 without a byte order mark. */
function suspectBytes(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF);
  let controls = 0;
  // One pass over the head, asking more only below 0x20: most bytes of text are above it.
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x20) continue;
    if (b === 0) return 'binary data (NUL bytes)';
    if (isControl(b)) controls++;
  }
  if (controls > 0 && controls >= n * 0.05) return 'binary data (control bytes)';
  return null;
}

/** What a binary file is by its signature or its NUL and control bytes, or null for text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  const suspect = signature(bytes) ?? suspectBytes(bytes);
  if (suspect === null || signature(bytes)) return suspect;
  return 'text' in detect(bytes, true) ? null : suspect;
}

export interface DecodeOptions {
  /** Force an encoding (any WHATWG label: utf-8, gb18030, gbk, big5, utf-16le …). */
  readonly encoding?: string;
}

/**
 * Fatal decoders by encoding, made once: a whole (not `stream`) decode leaves a decoder
 * as it found it. One that failed is dropped, so no state of a failure is ever reused.
 */
const decoders = new Map<string, TextDecoder>();

function strict(encoding: string, bytes: Uint8Array): string | null {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    decoders.delete(encoding);
    return null;
  }
}

/**
 * UTF-8 with one cut-off character at the very end (a page saved or fetched short):
 * the remains of it become U+FFFD; nothing else may be wrong.
 */
function truncatedUtf8(bytes: Uint8Array): string | null {
  let cut = bytes.length;
  // Back up over continuation bytes to the lead byte of the last character.
  while (cut > 0 && bytes.length - cut < 3 && (bytes[cut - 1]! & 0xc0) === 0x80) cut--;
  const lead = bytes[cut - 1];
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return null;
  const needs = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  if (bytes.length - cut >= needs) return null;
  const head = strict('utf-8', bytes.subarray(0, cut - 1));
  return head === null ? null : head + '\uFFFD';
}

function isLabel(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

/** `<meta charset=gbk>` or `<meta http-equiv=Content-Type content="text/html; charset=gb2312">` in the first 1024 bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!).encoding;
  } catch {
    return null;
  }
}

/** The encodings detection may choose, with chardet's names for them. */
const CHINESE: readonly [string, string][] = [
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
  ['UTF-16LE', 'utf-16le'],
  ['UTF-16BE', 'utf-16be'],
];

interface Candidate {
  readonly encoding: string;
  readonly text: string;
  readonly stats: TextStats;
  readonly confidence: number;
}

/** Share of common characters among the Chinese ones, the higher the more likely the decode is right. */
const commonShare = (s: TextStats) => (s.hanzi === 0 ? 0 : s.common / s.hanzi);

/**
 * Share of double-byte characters that fall in the encoding's everyday block:
 * GB2312's punctuation and first level of characters (A1A1–A3FE, B0A1–D7FE), or
 * Big5's symbols and frequent characters (A140–A3FE, A440–C67E). Text in the one
 * encoding lands mostly outside the other's block, which tells even two
 * characters apart. UTF-16 has no such block and counts as neither.
 */
function usualShare(bytes: Uint8Array, encoding: string): number {
  if (encoding.startsWith('utf-16')) return 0.5;
  const gb = encoding === 'gb18030';
  let multi = 0;
  let usual = 0;
  for (let i = 0; i < bytes.length && i < 1 << 16;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    multi++;
    if (gb && trail >= 0x30 && trail <= 0x39) {
      i += 4; // a four-byte GB18030 sequence: never everyday text
      continue;
    }
    if (
      gb
        ? trail >= 0xa1 && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xd7))
        : lead >= 0xa1 && lead <= 0xc6
    )
      usual++;
    i += 2;
  }
  return multi === 0 ? 0 : usual / multi;
}

function detect(bytes: Uint8Array, utf16Only: boolean): Candidate | { readonly guess: string | null } {
  const ranked = analyse(bytes.subarray(0, 1 << 16));
  const confidence = new Map(ranked.map((m) => [m.name as string, m.confidence]));
  const candidates: Candidate[] = [];
  for (const [name, encoding] of CHINESE) {
    const utf16 = encoding.startsWith('utf-16');
    if (utf16Only && !utf16) continue;
    if (utf16 && bytes.length % 2 !== 0) continue;
    const text = strict(encoding, bytes);
    if (text === null) continue;
    const stats = textStats(text);
    if (readsAsText(stats)) candidates.push({ encoding, text, stats, confidence: confidence.get(name) ?? 0 });
  }
  // A confident detector wins among decodes that read as text; on short input it
  // is not confident, and the decode with the most common characters wins.
  const confident = candidates.filter((c) => c.confidence >= 50).sort((a, b) => b.confidence - a.confidence);
  if (confident[0]) return confident[0];
  const score = (c: Candidate) => commonShare(c.stats) + usualShare(bytes, c.encoding);
  const best = [...candidates].sort((a, b) => score(b) - score(a))[0];
  return best ?? { guess: ranked[0]?.name ?? null };
}

export function decode(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (opts.encoding) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(opts.encoding, { fatal: true });
    } catch {
      return { ok: false, message: `unknown encoding "${opts.encoding}"` };
    }
    try {
      return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
    } catch {
      return { ok: false, message: `not valid ${decoder.encoding} (the encoding given with --encoding)` };
    }
  }
  // TextDecoder drops a byte order mark, so offsets count from the first character of the text.
  for (const [bom, encoding] of [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = strict(encoding, bytes);
    return text === null
      ? {
          ok: false,
          message: `not valid ${encoding.toUpperCase()}, though it starts with a ${encoding.toUpperCase()} byte order mark`,
        }
      : { ok: true, text, encoding };
  }
  const binary = signature(bytes);
  if (binary) return { ok: false, message: `not a text file: ${binary}` };
  const suspect = suspectBytes(bytes);
  if (suspect) {
    // Of text, only UTF-16 has NUL bytes or many control bytes.
    const found = detect(bytes, true);
    return 'text' in found
      ? { ok: true, text: found.text, encoding: found.encoding }
      : { ok: false, message: `not a text file: ${suspect}` };
  }
  // Valid UTF-8 that reads as text is UTF-8. A few bytes of GBK can be valid UTF-8
  // too (业 in GBK is ҵ in UTF-8): such a decode is kept only if no Chinese one reads better.
  const text = strict('utf-8', bytes);
  // The first few hundred characters tell whether a decode reads as text.
  const stats = text === null ? null : textStats(text, 512);
  if (text !== null && stats && readsAsText(stats)) return { ok: true, text, encoding: 'utf-8' };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    const d = strict(declared, bytes);
    if (d !== null && readsAsText(textStats(d))) return { ok: true, text: d, encoding: declared };
  }
  const found = detect(bytes, false);
  if ('text' in found) return { ok: true, text: found.text, encoding: found.encoding };
  if (text !== null) return { ok: true, text, encoding: 'utf-8' };
  const truncated = truncatedUtf8(bytes);
  if (truncated !== null && readsAsText(textStats(truncated.slice(0, -1))))
    return { ok: true, text: truncated, encoding: 'utf-8' };
  const guess = found.guess ? `; it looks most like ${found.guess}` : '';
  const example = found.guess && isLabel(found.guess) ? found.guess.toLowerCase() : 'gb18030';
  return {
    ok: false,
    message: `cannot tell its text encoding: not UTF-8, GB18030, Big5 or UTF-16${guess} (name it with --encoding, e.g. --encoding ${example})`,
  };
}

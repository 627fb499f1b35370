// Bytes to text. The decoded string is the one source of truth for offsets.
// Binary files are recognized by their signature or by NUL bytes and reported.
import { TextDecoder } from 'node:util';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly message: string };

const SIGNATURES: readonly [string, readonly number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['an RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an old Office document (OLE)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** What a binary file is, or null for text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (startsWith(bytes, sig)) return name;
  // UTF-16 text has NUL bytes but announces itself with a BOM.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return 'binary data (NUL bytes)';
  return null;
}

export interface DecodeOptions {
  /** Force an encoding (any WHATWG label: utf-8, gb18030, gbk, big5, utf-16le …). */
  readonly encoding?: string;
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
      return { ok: false, message: `not valid ${decoder.encoding}` };
    }
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, message: `not a text file: ${binary}` };
  try {
    // TextDecoder drops a UTF-8 BOM, so offsets count from the first character of the text.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: false, message: 'not valid UTF-8 (give its encoding with --encoding, e.g. --encoding gb18030)' };
  }
}

// A file as a stream of decoded text, a block at a time, and as lines: how a collection
// of any size (a 1 GB JSONL archive) is read in bounded memory. The encoding is decided
// on the first block, as for any file (decode.ts), and then kept.
import fs from 'node:fs';
import { TextDecoder } from 'node:util';
import { decode } from './decode.js';

/** Bytes read at a time. */
const BLOCK_BYTES = 1 << 20;

export class TextStreamError extends Error {}

/** The first block up to its last line break, so a character cut by the block's end cannot mislead detection. */
function detectionSample(block: Uint8Array): Uint8Array {
  const nl = block.lastIndexOf(0x0a);
  return nl > 0 ? block.subarray(0, nl + 1) : block;
}

/** Decoded text of a file, block by block; throws TextStreamError when it is not text. */
export async function* textBlocks(path: string, opts: { encoding?: string; blockBytes?: number } = {}) {
  const handle = await fs.promises.open(path, 'r');
  try {
    const block = Buffer.allocUnsafe(opts.blockBytes ?? BLOCK_BYTES);
    let decoder: TextDecoder | null = null;
    let chars = 0;
    for (;;) {
      const { bytesRead } = await handle.read(block, 0, block.length, null);
      const bytes = block.subarray(0, bytesRead);
      if (!decoder) {
        const first = decode(detectionSample(bytes), opts.encoding ? { encoding: opts.encoding } : {});
        if (!first.ok) throw new TextStreamError(first.message);
        // The BOM is the decoder's to drop: text starts after it, as for any document.
        decoder = new TextDecoder(first.encoding, { fatal: true });
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: bytesRead > 0 });
      } catch {
        throw new TextStreamError(`not valid ${decoder.encoding} after character ${chars}`);
      }
      chars += text.length;
      if (text) yield text;
      if (bytesRead === 0) return;
    }
  } finally {
    await handle.close();
  }
}

/** Lines of a file (without their line ends) with their 1-based numbers. */
export async function* textLines(
  path: string,
  opts: { encoding?: string; blockBytes?: number } = {},
): AsyncGenerator<{ readonly line: number; readonly text: string }> {
  let pending = '';
  let line = 0;
  for await (const block of textBlocks(path, opts)) {
    pending += block;
    let nl: number;
    let from = 0;
    while ((nl = pending.indexOf('\n', from)) >= 0) {
      yield { line: ++line, text: pending.slice(from, nl).replace(/\r$/, '') };
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  if (pending) yield { line: line + 1, text: pending.replace(/\r$/, '') };
}

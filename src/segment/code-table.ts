// A set of characters as a table over UTF-16 code units: a scan asks at every character of a
// page (is this a digit, a space, a punctuation mark?), and `set.has(text[i])` would cut a
// one-character string each time (V8 keeps them for Latin-1 only, not for 年 or ，).

/** 1 at the code of each character of `chars`, and of each character `test` accepts. */
export function codeTable(chars: Iterable<string>, test?: (c: string) => boolean): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  if (test) for (let code = 0; code < 65536; code++) if (test(String.fromCharCode(code))) t[code] = 1;
  return t;
}

/**
 * The same set as bits, 8 KiB where the byte table is 64: a scan over every character of a page
 * (dates, quantities) reads the table at each one, and between pages jieba and the other stages
 * churn the caches. A page's few hundred distinct characters, spread over the CJK block, touch
 * most of a byte table's lines (each a miss), and at most 41 lines of the bits' CJK part.
 */
export function codeBits(chars: Iterable<string>, test?: (c: string) => boolean): Int32Array {
  const bits = new Int32Array(65536 >>> 5);
  const table = codeTable(chars, test);
  for (let code = 0; code < 65536; code++) if (table[code]) bits[code >>> 5]! |= 1 << (code & 31);
  return bits;
}

/** Whether the set of `codeBits` holds this UTF-16 code unit (NaN, past a text's end, reads as U+0000: keep it out of a set). */
export const hasCode = (bits: Int32Array, code: number): boolean => (bits[code >>> 5]! & (1 << (code & 31))) !== 0;

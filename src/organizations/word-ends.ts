// The characters the words of a list end in, a bit per UTF-16 code unit: a reader going back
// from a word's end (有限公司, 研究院) asks the list only at a character some word ends in
// (司, 院, 局 …, 1 in 20 of a page's characters for the organization suffixes).
import type { Lexicon } from '../rules/lexicon.js';

const built = new WeakMap<Lexicon<unknown>, Int32Array>();

/** The last characters of the list's words: a table for `endsSomeWord`, fetched once per stretch read. */
export function lastCharacters(lexicon: Lexicon<unknown>): Int32Array {
  let lasts = built.get(lexicon);
  if (!lasts) {
    lasts = new Int32Array(65536 >>> 5);
    for (const w of lexicon.words()) {
      const code = w.charCodeAt(w.length - 1);
      lasts[code >>> 5]! |= 1 << (code & 31);
    }
    built.set(lexicon, lasts);
  }
  return lasts;
}

/** Does some word of the list whose `lastCharacters` these are end in this UTF-16 code unit? */
export const endsSomeWord = (lasts: Int32Array, code: number): boolean =>
  (lasts[code >>> 5]! & (1 << (code & 31))) !== 0;

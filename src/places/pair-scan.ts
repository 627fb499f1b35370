// Place names are looked for over every character of every page, and a place's first
// character is a common one: a third of a page's characters (中, 大, 新, 东, 上 …) begin
// some division's name, but hardly one in eighty begins one with the character after it
// (新疆, 大理 but not 新的, 大力). A word list whose words all have two characters or more
// is scanned here asking the lexicon only where the first two characters begin a word.
import type { Lexicon, LexiconMatch } from '../rules/lexicon.js';

/** Slots of the pair table: 2^20 bits, so a few thousand pairs leave a false hit about one time in three hundred. */
const PAIR_BITS = 20;

/** A pair of UTF-16 code units to its slot (Fibonacci hashing of the two as one 32-bit number). */
const pairSlot = (first: number, second: number) => Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - PAIR_BITS);

/** What `Lexicon.findAll` finds (non-overlapping, left to right, longest at each position), over [from, to). */
export type FindAll<T> = (text: string, from: number, to: number) => LexiconMatch<T>[];

export function pairScanner<T>(lexicon: Lexicon<T>): FindAll<T> {
  const words = lexicon.words();
  // A one-character word has no pair to be looked up by: such a list is scanned as it is.
  if (words.some((w) => w.length < 2)) return (text, from, to) => lexicon.findAll(text, from, to);
  const firsts = new Uint8Array(65536);
  const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  for (const w of words) {
    firsts[w.charCodeAt(0)] = 1;
    const slot = pairSlot(w.charCodeAt(0), w.charCodeAt(1));
    pairs[slot >>> 5]! |= 1 << (slot & 31);
  }
  return (text, from, to) => {
    const out: LexiconMatch<T>[] = [];
    // (a word needs two characters before `to`: the last position starts none)
    for (let i = from; i + 1 < to;) {
      const first = text.charCodeAt(i);
      if (firsts[first] === 1) {
        const slot = pairSlot(first, text.charCodeAt(i + 1));
        const m = pairs[slot >>> 5]! & (1 << (slot & 31)) ? lexicon.matchAt(text, i, to) : null;
        if (m) {
          out.push(m);
          i = m.end;
          continue;
        }
      }
      i++;
    }
    return out;
  };
}

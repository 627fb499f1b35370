// Place names are looked for over every character of every page, and a place's first
// character is a common one: a third of a page's characters (中, 大, 新, 东, 上 …) begin
// some division's name, but hardly one in eighty begins one with the character after it
// (新疆, 大理 but not 新的, 大力). A word list whose words all have two characters or more
// is scanned here asking the lexicon only where the first two characters begin a word.
import type { Lexicon, LexiconMatch } from '../rules/lexicon.js';

/**
 * A set of UTF-16 code units (the first characters of a list's words), or of pairs of them
 * (the first two), as bits: a bit per code unit keeps the table of first characters at 8 KiB,
 * and the pairs get 32 bits per pair of the list (a false hit about one time in thirty),
 * so that both stay in a cache that every other stage of a page's reading also uses.
 */
class Bits {
  private readonly words: Uint32Array;
  private readonly shift: number;

  constructor(bits: number) {
    this.words = new Uint32Array(Math.max(1, bits >>> 5));
    this.shift = 32 - Math.log2(Math.max(32, bits));
  }

  /** A pair of code units to its bit (Fibonacci hashing of the two as one 32-bit number). */
  pairSlot(first: number, second: number): number {
    return Math.imul((first << 16) | second, 0x9e3779b1) >>> this.shift;
  }

  set(slot: number): void {
    this.words[slot >>> 5]! |= 1 << (slot & 31);
  }

  has(slot: number): boolean {
    return (this.words[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

/** Bits of the pair table: 32 per pair, a power of two. */
const pairBits = (pairs: number) => 2 ** Math.min(24, Math.max(5, Math.ceil(Math.log2(pairs * 32))));

/** Lexicon.findAll and Lexicon.firstIn, found by pairs: the same matches. */
export interface PairScan<T> {
  /** Non-overlapping occurrences in [from, to), left to right, longest at each position. */
  findAll(text: string, from: number, to: number): LexiconMatch<T>[];
  /** The first word findAll would find, or null. */
  firstIn(text: string, from: number, to: number): LexiconMatch<T> | null;
}

export function pairScanner<T>(lexicon: Lexicon<T>): PairScan<T> {
  const words = lexicon.words();
  // A one-character word has no pair to be looked up by: such a list is scanned as it is.
  if (words.some((w) => w.length < 2))
    return {
      findAll: (text, from, to) => lexicon.findAll(text, from, to),
      firstIn: (t, f, to) => lexicon.firstIn(t, f, to),
    };
  const firsts = new Bits(65536);
  const pairs = new Bits(pairBits(new Set(words.map((w) => w.slice(0, 2))).size));
  for (const w of words) {
    firsts.set(w.charCodeAt(0));
    pairs.set(pairs.pairSlot(w.charCodeAt(0), w.charCodeAt(1)));
  }
  // Could a word start at i (a word needs two characters before `to`)? One bit read for most characters.
  const couldStart = (text: string, i: number, to: number): boolean => {
    const first = text.charCodeAt(i);
    return firsts.has(first) && i + 1 < to && pairs.has(pairs.pairSlot(first, text.charCodeAt(i + 1)));
  };
  return {
    firstIn(text, from, to) {
      for (let i = from; i < to; i++) {
        const m = couldStart(text, i, to) ? lexicon.matchAt(text, i, to) : null;
        if (m) return m;
      }
      return null;
    },
    findAll(text, from, to) {
      const out: LexiconMatch<T>[] = [];
      for (let i = from; i < to;) {
        const m = couldStart(text, i, to) ? lexicon.matchAt(text, i, to) : null;
        if (m) {
          out.push(m);
          i = m.end;
        } else i++;
      }
      return out;
    },
  };
}

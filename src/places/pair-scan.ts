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

/** A list's first characters and first pairs; null for a list with a one-character word (it has no pair). */
interface PairFilter {
  readonly firsts: Bits;
  readonly pairs: Bits;
}

function pairFilter(words: readonly string[]): PairFilter | null {
  if (words.some((w) => w.length < 2)) return null;
  const firsts = new Bits(65536);
  const pairs = new Bits(pairBits(new Set(words.map((w) => w.slice(0, 2))).size));
  for (const w of words) {
    firsts.set(w.charCodeAt(0));
    pairs.set(pairs.pairSlot(w.charCodeAt(0), w.charCodeAt(1)));
  }
  return { firsts, pairs };
}

/** Could a word of the list start at i (a word needs two characters before `to`)? One bit read for most characters. */
const couldStartAt = (f: PairFilter, text: string, i: number, to: number): boolean => {
  const first = text.charCodeAt(i);
  return f.firsts.has(first) && i + 1 < to && f.pairs.has(f.pairs.pairSlot(first, text.charCodeAt(i + 1)));
};

export function pairScanner<T>(lexicon: Lexicon<T>): PairScan<T> {
  const filter = pairFilter(lexicon.words());
  // A one-character word has no pair to be looked up by: such a list is scanned as it is.
  if (!filter)
    return {
      findAll: (text, from, to) => lexicon.findAll(text, from, to),
      firstIn: (t, f, to) => lexicon.firstIn(t, f, to),
    };
  return {
    firstIn(text, from, to) {
      for (let i = from; i < to; i++) {
        const m = couldStartAt(filter, text, i, to) ? lexicon.matchAt(text, i, to) : null;
        if (m) return m;
      }
      return null;
    },
    findAll(text, from, to) {
      const out: LexiconMatch<T>[] = [];
      for (let i = from; i < to;) {
        const m = couldStartAt(filter, text, i, to) ? lexicon.matchAt(text, i, to) : null;
        if (m) {
          out.push(m);
          i = m.end;
        } else i++;
      }
      return out;
    },
  };
}

/** What `findAll` of each of two lists finds, from one pass over the text. */
export type TwoListScan<A, B> = (text: string, from: number, to: number) => [LexiconMatch<A>[], LexiconMatch<B>[]];

/**
 * Two lists scanned over every page (the rule files' place names and the divisions') in one
 * pass: one bit read for a character that begins a word of neither, two thirds of them.
 */
export function twoListScanner<A, B>(a: Lexicon<A>, b: Lexicon<B>): TwoListScan<A, B> {
  const fa = pairFilter(a.words());
  const fb = pairFilter(b.words());
  if (!fa || !fb) {
    const [sa, sb] = [pairScanner(a), pairScanner(b)];
    return (text, from, to) => [sa.findAll(text, from, to), sb.findAll(text, from, to)];
  }
  const either = new Bits(65536);
  for (const w of [...a.words(), ...b.words()]) either.set(w.charCodeAt(0));
  return (text, from, to) => {
    const outA: LexiconMatch<A>[] = [];
    const outB: LexiconMatch<B>[] = [];
    // Each list's own findAll, interleaved: a list looks for its next word only past its last one.
    let nextA = from;
    let nextB = from;
    for (let i = from; i < to; i++) {
      if (!either.has(text.charCodeAt(i))) continue;
      if (i >= nextA && couldStartAt(fa, text, i, to)) {
        const m = a.matchAt(text, i, to);
        if (m) {
          outA.push(m);
          nextA = m.end;
        }
      }
      if (i >= nextB && couldStartAt(fb, text, i, to)) {
        const m = b.matchAt(text, i, to);
        if (m) {
          outB.push(m);
          nextB = m.end;
        }
      }
    }
    return [outA, outB];
  };
}

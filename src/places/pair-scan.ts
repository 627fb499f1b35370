// Place names are looked for over every character of every page, in two lists: the rule
// files' names and the divisions'. Each Lexicon's own scan skips most characters with its
// start bits (rules/start-bits.ts), but two scans read every character twice. Here the two
// lists are scanned in one pass, each asked only where the first two characters begin one
// of its words (新疆, 大理 but not 新的, 大力): a third of a page's characters begin some
// division's name, hardly one in eighty with the character after it.
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

/** What `findAll` of each of two lists finds, from one pass over the text. */
export type TwoListScan<A, B> = (text: string, from: number, to: number) => [LexiconMatch<A>[], LexiconMatch<B>[]];

/**
 * Two lists scanned over every page (the rule files' place names and the divisions') in one
 * pass: one bit read for a character that begins a word of neither, two thirds of them.
 */
export function twoListScanner<A, B>(a: Lexicon<A>, b: Lexicon<B>): TwoListScan<A, B> {
  const fa = pairFilter(a.words());
  const fb = pairFilter(b.words());
  // (a list with a one-character word has no pair to be looked up by: each is scanned as it is)
  if (!fa || !fb) return (text, from, to) => [a.findAll(text, from, to), b.findAll(text, from, to)];
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

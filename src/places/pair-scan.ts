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
 * and the pairs and triples get 32 bits per word of the list (a false hit about one time in thirty),
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

  /** Three code units to their bit. */
  tripleSlot(first: number, second: number, third: number): number {
    return Math.imul(Math.imul((first << 16) | second, 0x9e3779b1) ^ third, 0x85ebca6b) >>> this.shift;
  }

  set(slot: number): void {
    this.words[slot >>> 5]! |= 1 << (slot & 31);
  }

  has(slot: number): boolean {
    return (this.words[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

/** Bits of a pair or triple table: 32 per word, a power of two. */
const pairBits = (pairs: number) => 2 ** Math.min(24, Math.max(5, Math.ceil(Math.log2(pairs * 32))));

/**
 * A list's first characters, the first two of its two-character words, and the first two and
 * three of its longer ones (a division's name has three or more: 新疆维 begins one, 新疆的
 * none); null for a list with a one-character word (it has no pair).
 */
interface PairFilter {
  readonly firsts: Bits;
  readonly pairWords: Bits;
  readonly pairStarts: Bits;
  readonly triples: Bits;
}

function pairFilter(words: readonly string[]): PairFilter | null {
  if (words.some((w) => w.length < 2)) return null;
  const bits = () => new Bits(pairBits(words.length));
  const f: PairFilter = { firsts: new Bits(65536), pairWords: bits(), pairStarts: bits(), triples: bits() };
  for (const w of words) {
    const [a, b] = [w.charCodeAt(0), w.charCodeAt(1)];
    f.firsts.set(a);
    if (w.length === 2) f.pairWords.set(f.pairWords.pairSlot(a, b));
    else {
      f.pairStarts.set(f.pairStarts.pairSlot(a, b));
      f.triples.set(f.triples.tripleSlot(a, b, w.charCodeAt(2)));
    }
  }
  return f;
}

/** Could a word of the list start at i and fit before `to`? One bit read for most characters; never no where one does. */
const couldStartAt = (f: PairFilter, text: string, i: number, to: number): boolean => {
  const a = text.charCodeAt(i);
  if (!f.firsts.has(a) || i + 1 >= to) return false;
  const b = text.charCodeAt(i + 1);
  if (f.pairWords.has(f.pairWords.pairSlot(a, b))) return true;
  return (
    f.pairStarts.has(f.pairStarts.pairSlot(a, b)) &&
    i + 2 < to &&
    f.triples.has(f.triples.tripleSlot(a, b, text.charCodeAt(i + 2)))
  );
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

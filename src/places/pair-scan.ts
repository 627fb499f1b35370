// Place names are looked for over every character of every page, in two lists: the rule
// files' names and the divisions'. Each Lexicon's own scan skips most characters with its
// start bits (rules/start-bits.ts), but two scans read every character twice. Here the two
// lists are scanned in one pass, each asked only where one of its words could begin
// (新疆, 大理 but not 新的, 大力): a third of a page's characters begin some division's
// name, hardly one in eighty with the character after it.
//
// The pass's own filter is small on purpose. Between two pages jieba and the other stages
// churn the processor's caches, so the scan of each page reads its tables from memory: the
// Lexicons' start bits and pair tables, two lists' worth, cost a cache miss at most characters.
// One bit per first character for both lists (8 KiB, of which the CJK block is 2.6 KiB), 8 KiB
// of pair bits and 4 KiB of triple bits leave the Lexicons' tables to the few positions where a
// word could begin.
import type { Lexicon, LexiconMatch } from '../rules/lexicon.js';

/** What `findAll` of each of two lists finds, from one pass over the text. */
export type TwoListScan<A, B> = (text: string, from: number, to: number) => [LexiconMatch<A>[], LexiconMatch<B>[]];

/**
 * Two lists scanned over every page (the rule files' place names and the divisions') in one
 * pass: the pass's filter (`StartFilter`) first, then each list's own start bits and look-up
 * where the filter says a word of either could begin.
 */
export function twoListScanner<A, B>(a: Lexicon<A>, b: Lexicon<B>): TwoListScan<A, B> {
  const filter = new StartFilter([...a.words(), ...b.words()]);
  return (text, from, to) => {
    const outA: LexiconMatch<A>[] = [];
    const outB: LexiconMatch<B>[] = [];
    // Each list's own findAll, interleaved: a list looks for its next word only past its last one.
    let nextA = from;
    let nextB = from;
    for (let i = from; i < to; i++) {
      if (!filter.mayStartAt(text, i, to)) continue;
      if (i >= nextA && a.mayStartAt(text, i, to)) {
        const m = a.matchAt(text, i, to);
        if (m) {
          outA.push(m);
          nextA = m.end;
        }
      }
      if (i >= nextB && b.mayStartAt(text, i, to)) {
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

/** Slots of the pair and triple tables: 2^15, 8 or more per pair of the two place lists (~3,400). */
const HASH_ORDER = 15;
const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - HASH_ORDER);
const tripleHash = (a: number, b: number, c: number) =>
  Math.imul(Math.imul((a << 16) | b, 0x9e3779b1) ^ c, 0x85ebca6b) >>> (32 - HASH_ORDER);
/** Of a pair's two bits: the first two characters of a two-character word (东莞), of a longer word (新疆…). */
const PAIR_WORD = 1;
const PAIR_START = 2;

/**
 * Where a word of some lists could begin, as bits: false only where none can. The same test as
 * the Lexicon's start bits, in tables a tenth of their size (a false hit only costs the lists'
 * own test): the first character, then the first two of a two-character word (东莞) or the first
 * two and three of a longer one (新疆维 begins 新疆维吾尔自治区, 新疆的 nothing). Both of a pair's
 * bits are in one word of its table, and the bit tests are written out: this runs at every
 * character of every page, twice (organizations/ scans its names with it too).
 */
class StartFilter {
  /** A bit per UTF-16 code unit that begins a word. */
  private readonly firsts = new Int32Array(65536 >>> 5);
  /** A bit per code unit that is a word; null where the lists have no one-character word (most). */
  private readonly singles: Int32Array | null;
  /** Two bits per slot of a pair's hash: PAIR_WORD, PAIR_START. */
  private readonly pairs = new Int32Array((2 << HASH_ORDER) >>> 5);
  private readonly triples = new Int32Array((1 << HASH_ORDER) >>> 5);

  constructor(words: readonly string[]) {
    const singles = new Int32Array(65536 >>> 5);
    let anySingle = false;
    for (const w of words) {
      const [a, b, c] = [w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)];
      this.firsts[a >>> 5]! |= 1 << (a & 31);
      if (w.length === 1) {
        singles[a >>> 5]! |= 1 << (a & 31);
        anySingle = true;
        continue;
      }
      const pair = pairHash(a, b);
      this.pairs[pair >>> 4]! |= (w.length === 2 ? PAIR_WORD : PAIR_START) << ((pair & 15) << 1);
      if (w.length > 2) {
        const triple = tripleHash(a, b, c);
        this.triples[triple >>> 5]! |= 1 << (triple & 31);
      }
    }
    this.singles = anySingle ? singles : null;
  }

  mayStartAt(text: string, i: number, to: number): boolean {
    const a = text.charCodeAt(i);
    if ((this.firsts[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    if (this.singles !== null && (this.singles[a >>> 5]! & (1 << (a & 31))) !== 0) return true;
    // (the lists' own tests decide at a page's last characters)
    if (i + 1 >= to) return true;
    const b = text.charCodeAt(i + 1);
    const pair = pairHash(a, b);
    const kinds = (this.pairs[pair >>> 4]! >>> ((pair & 15) << 1)) & 3;
    if (kinds === 0) return false;
    if ((kinds & PAIR_WORD) !== 0 || i + 2 >= to) return true;
    const triple = tripleHash(a, b, text.charCodeAt(i + 2));
    return (this.triples[triple >>> 5]! & (1 << (triple & 31))) !== 0;
  }
}

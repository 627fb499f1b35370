// Scans of a word list over a whole page that skip, before asking the list, the places no word
// of it can start. Lexicon.findAll asks the list at every character some word starts with: the
// alias table's 1,345 names start with 291 characters (中, 国, 华 …), a quarter of a news page's
// characters, yet a name is found at 1 in 130 characters. Bits by the first two characters of
// the two-character words, and by the first three of the longer ones (hashed: a false hit costs
// only the lexicon's own look-up), leave a 20th of those look-ups. The bits are packed, 8 KiB a
// table at most: read at every character, they must stay in the processor's cache. A bit per
// first character, read first, spares most characters the hashing.
import type { Lexicon, LexiconMatch } from '../rules/lexicon.js';

/** Bit sets by hashed first characters of a word list's words. */
interface StartBits {
  /** The first character of a word, a bit per UTF-16 code unit (not hashed). */
  readonly firsts: Int32Array;
  /** log2 of the bits in a hashed table. */
  readonly order: number;
  /** The first two characters of a two-character word. */
  readonly pairWords: Int32Array;
  /** The first two characters of a longer word. */
  readonly pairStarts: Int32Array;
  /** The first three characters of a longer word. */
  readonly tripleStarts: Int32Array;
  /** The characters of the one-character words. */
  readonly singles: ReadonlySet<number>;
}

/** Bits per word, so that about 1 in 100 of the text's pairs and triples is a false hit. */
const BITS_PER_WORD = 128;
const MAX_ORDER = 16;

const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1);
const tripleHash = (a: number, b: number, c: number) => Math.imul(pairHash(a, b) ^ c, 0x85ebca6b);
const has = (bits: Int32Array, order: number, hash: number) => {
  const slot = hash >>> (32 - order);
  return (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
};
const add = (bits: Int32Array, order: number, hash: number) => {
  const slot = hash >>> (32 - order);
  bits[slot >>> 5]! |= 1 << (slot & 31);
};

const built = new WeakMap<Lexicon<unknown>, StartBits>();

function startBits(lexicon: Lexicon<unknown>): StartBits {
  let bits = built.get(lexicon);
  if (bits) return bits;
  let order = 10;
  while (order < MAX_ORDER && 1 << order < lexicon.size * BITS_PER_WORD) order++;
  const table = () => new Int32Array((1 << order) >>> 5);
  const firsts = new Int32Array(65536 >>> 5);
  bits = { firsts, order, pairWords: table(), pairStarts: table(), tripleStarts: table(), singles: new Set() };
  for (const w of lexicon.words()) {
    const [a, b, c] = [w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)];
    add(firsts, 16, a << 16);
    if (w.length === 1) (bits.singles as Set<number>).add(a);
    else if (w.length === 2) add(bits.pairWords, order, pairHash(a, b));
    else {
      add(bits.pairStarts, order, pairHash(a, b));
      add(bits.tripleStarts, order, tripleHash(a, b, c));
    }
  }
  built.set(lexicon, bits);
  return bits;
}

/** Could a word of the list fit in [i, to) and start at i? False only where none can. */
function mayStartAt(bits: StartBits, text: string, i: number, to: number): boolean {
  const a = text.charCodeAt(i);
  if (!has(bits.firsts, 16, a << 16)) return false;
  if (bits.singles.size > 0 && bits.singles.has(a)) return true;
  if (i + 1 >= to) return false;
  const b = text.charCodeAt(i + 1);
  const pair = pairHash(a, b);
  if (has(bits.pairWords, bits.order, pair)) return true;
  return (
    has(bits.pairStarts, bits.order, pair) &&
    i + 2 < to &&
    has(bits.tripleStarts, bits.order, tripleHash(a, b, text.charCodeAt(i + 2)))
  );
}

/**
 * What `lexicon.findAll(text, from, to)` finds (non-overlapping, longest at each position), asking
 * the lexicon only where the first characters start one of its words.
 */
export function findAllWords<T>(lexicon: Lexicon<T>, text: string, from = 0, to = text.length): LexiconMatch<T>[] {
  const bits = startBits(lexicon);
  const out: LexiconMatch<T>[] = [];
  for (let i = from; i < to;) {
    const m = mayStartAt(bits, text, i, to) ? lexicon.matchAt(text, i, to) : null;
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return out;
}

/** The last characters of a word list's words, a bit per UTF-16 code unit. */
const lastsBuilt = new WeakMap<Lexicon<unknown>, Int32Array>();

/** The last characters of the list's words: a table for `endsSomeWord`, asked once per stretch read. */
export function lastCharacters(lexicon: Lexicon<unknown>): Int32Array {
  let lasts = lastsBuilt.get(lexicon);
  if (!lasts) {
    lasts = new Int32Array(65536 >>> 5);
    for (const w of lexicon.words()) add(lasts, 16, w.charCodeAt(w.length - 1) << 16);
    lastsBuilt.set(lexicon, lasts);
  }
  return lasts;
}

/** Does some word of the list whose `lastCharacters` these are end in this UTF-16 code unit? */
export const endsSomeWord = (lasts: Int32Array, code: number): boolean => has(lasts, 16, code << 16);

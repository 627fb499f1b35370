// Where a word of a list could start, told by bits, before the list itself is asked. A scan
// over a page asks at every character: the organization names (1,345) start with 291
// characters (中, 国, 华 …), a quarter of a news page's characters, yet a name starts at 1 in
// 130 of them; the division names (3,345) much the same. Bits by the first character, then by
// the first two characters of the two-character words and the first three of the longer ones
// (hashed: a false hit costs only the list's own look-up) leave a 20th of those look-ups. The
// tables are sized to the list (a list built for one page is a few words) and packed, so that
// read at every character they stay in the processor's cache.

/** Bits per word, so that about 1 in 100 of a text's pairs and triples is a false hit. */
const BITS_PER_WORD = 128;
const MIN_ORDER = 8;
const MAX_ORDER = 16;

const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1);
const tripleHash = (a: number, b: number, c: number) => Math.imul(pairHash(a, b) ^ c, 0x85ebca6b);

/** A set of hashes as 2^order bits; `has` may say yes for one never added, never no for one added. */
class HashBits {
  private readonly words: Int32Array;
  constructor(private readonly order: number) {
    this.words = new Int32Array(Math.max(1, (1 << order) >>> 5));
  }
  add(hash: number): void {
    const slot = hash >>> (32 - this.order);
    this.words[slot >>> 5]! |= 1 << (slot & 31);
  }
  has(hash: number): boolean {
    const slot = hash >>> (32 - this.order);
    return (this.words[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

export class StartBits {
  /**
   * The bit of index (code & mask) is set where some word starts with a code unit of those low
   * bits: the test every position of a scan takes. Exact for a list of 1,024 words or more.
   * Bits, not a byte each: 8 KiB where bytes took 64, and between pages jieba and the other
   * stages churn the processor's caches, so every line of the table a page touches is a miss.
   */
  private readonly firsts: Int32Array;
  private readonly mask: number;
  /** The first two characters of a two-character word. */
  private readonly pairWords: HashBits;
  /** The first two characters of a longer word. */
  private readonly pairStarts: HashBits;
  /** The first three characters of a longer word. */
  private readonly tripleStarts: HashBits;
  /** The one-character words. */
  private readonly singles = new Set<number>();

  constructor(words: Iterable<string>, size: number) {
    let order = MIN_ORDER;
    while (order < MAX_ORDER && 1 << order < size * BITS_PER_WORD) order++;
    let slots = 256;
    while (slots < 65536 && slots < size * 64) slots *= 2;
    this.firsts = new Int32Array(slots >>> 5);
    this.mask = slots - 1;
    this.pairWords = new HashBits(order);
    this.pairStarts = new HashBits(order);
    this.tripleStarts = new HashBits(order);
    for (const w of words) {
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1);
      this.firsts[(a & this.mask) >>> 5]! |= 1 << (a & 31);
      if (w.length === 1) this.singles.add(a);
      else if (w.length === 2) this.pairWords.add(pairHash(a, b));
      else {
        this.pairStarts.add(pairHash(a, b));
        this.tripleStarts.add(tripleHash(a, b, w.charCodeAt(2)));
      }
    }
  }

  /** Could some word start with this UTF-16 code unit? */
  couldStartWith(code: number): boolean {
    return (this.firsts[(code & this.mask) >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /** Could a word of the list fit in [i, to) and start at i? False only where none can. */
  mayStartAt(text: string, i: number, to: number): boolean {
    const a = text.charCodeAt(i);
    if (!this.couldStartWith(a)) return false;
    if (this.singles.size > 0 && this.singles.has(a)) return true;
    if (i + 1 >= to) return false;
    const b = text.charCodeAt(i + 1);
    const pair = pairHash(a, b);
    if (this.pairWords.has(pair)) return true;
    return this.pairStarts.has(pair) && i + 2 < to && this.tripleStarts.has(tripleHash(a, b, text.charCodeAt(i + 2)));
  }
}

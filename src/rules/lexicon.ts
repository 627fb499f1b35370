// A word list with a payload per word, matched longest-first. Every vocabulary
// lookup (units, metrics, triggers, suffixes …) goes through this one structure,
// indexed by the code of a word's first (and last) character, so a scan over a
// text costs one array read per character, and a map lookup where a word may start.
// Before any map is asked, bits say whether a word could start at a position (start-bits.ts).
// The loops over a key's words are indexed: they run at every candidate position of every
// scan, and an iterator there is an object allocated each time where it is not optimized away.

import { StartBits } from './start-bits.js';

export interface LexiconMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly value: T;
}

interface Entry<T> {
  readonly word: string;
  readonly value: T;
}

export class Lexicon<T> {
  /** The words, each once; the tables below hold these same entries. */
  private readonly entries: Entry<T>[] = [];
  /**
   * Words of two characters or more by a hash of their first two code units (longest first), and
   * one-character words by theirs: a name list of a thousand words has a hundred starting with 中,
   * and the longest match at each 中 of a page would try them all. A hashed array slot, not a map
   * keyed by `first * 65536 + second`: that key is no small integer, so every lookup at every
   * candidate position of every scan boxed a number and hashed it. Words of other pairs sharing a
   * slot only cost a `startsWith` that fails.
   */
  private readonly byPair: (Entry<T>[] | undefined)[];
  private readonly pairMask: number;
  private readonly single = new Map<number, Entry<T>>();
  /**
   * Words by their first and by their last code unit, longest first: built when first asked
   * (only spaced matching and reading back from a word's end need them), since every rule
   * set and page builds lexicons and most are never read those ways.
   */
  private byFirstTable: Map<number, Entry<T>[]> | null = null;
  private byLastTable: Map<number, Entry<T>[]> | null = null;
  private readonly exact = new Map<string, T>();
  /** Where a word could start (start-bits.ts): scans skip other positions with a few bit reads. */
  private readonly startBits: StartBits;
  readonly size: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) if (word && !this.exact.has(word)) this.exact.set(word, value);
    this.startBits = new StartBits(this.exact.keys(), this.exact.size);
    let pairSlots = 64;
    while (pairSlots < 65536 && pairSlots < this.exact.size * 8) pairSlots *= 2;
    this.byPair = new Array<Entry<T>[] | undefined>(pairSlots).fill(undefined);
    this.pairMask = pairSlots - 1;
    for (const [word, value] of this.exact) {
      const entry = { word, value };
      this.entries.push(entry);
      if (word.length > 1) {
        const slot = this.pairSlot(word.charCodeAt(0), word.charCodeAt(1));
        (this.byPair[slot] ??= []).push(entry);
      } else this.single.set(word.charCodeAt(0), entry);
    }
    for (const list of this.byPair) if (list && list.length > 1) byLengthDown(list);
    this.size = this.exact.size;
  }

  private get byFirst(): Map<number, Entry<T>[]> {
    return (this.byFirstTable ??= byCode(this.entries, (word) => word.charCodeAt(0)));
  }

  private get byLast(): Map<number, Entry<T>[]> {
    return (this.byLastTable ??= byCode(this.entries, (word) => word.charCodeAt(word.length - 1)));
  }

  private pairSlot(first: number, second: number): number {
    return (Math.imul(first, 0x9e37) ^ second) & this.pairMask;
  }

  /** Whether a word could start at `i` and end by `to`: false only where none does (the start bits). */
  mayStartAt(text: string, i: number, to = text.length): boolean {
    return this.startBits.mayStartAt(text, i, to);
  }

  /** Whether some word starts with this UTF-16 code unit. */
  couldStart(code: number): boolean {
    return this.startBits.couldStartWith(code) && this.byFirst.has(code);
  }

  has(word: string): boolean {
    return this.exact.has(word);
  }

  get(word: string): T | undefined {
    return this.exact.get(word);
  }

  /** The longest word starting at `i`. */
  matchAt(text: string, i: number, limit = text.length): LexiconMatch<T> | null {
    const first = text.charCodeAt(i);
    const list = i + 1 < limit ? this.byPair[this.pairSlot(first, text.charCodeAt(i + 1))] : undefined;
    if (list)
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        const end = i + e.word.length;
        if (end <= limit && text.startsWith(e.word, i)) return { start: i, end, word: e.word, value: e.value };
      }
    const one = i < limit && this.single.size > 0 ? this.single.get(first) : undefined;
    return one ? { start: i, end: i + 1, word: one.word, value: one.value } : null;
  }

  /**
   * The longest word starting at `i` with spaces or tabs allowed between its characters
   * (个 百 分 点); the match's `end` is after its last character.
   */
  matchAtSpaced(text: string, i: number, limit = text.length): LexiconMatch<T> | null {
    const list = this.byFirst.get(text.charCodeAt(i));
    if (!list) return null;
    let best: LexiconMatch<T> | null = null;
    for (const e of list) {
      let k = i;
      let w = 0;
      for (; w < e.word.length && k < limit; w++) {
        if (w > 0) while (k < limit && (text[k] === ' ' || text[k] === '\t')) k++;
        if (text[k] !== e.word[w]) break;
        k++;
      }
      if (w === e.word.length && (!best || e.word.length > best.word.length))
        best = { start: i, end: k, word: e.word, value: e.value };
    }
    return best;
  }

  /**
   * The last characters of the words, a bit per UTF-16 code unit, built when first asked: a
   * reader going back from a word's end (有限公司, 研究院) asks at every character, and the
   * organization suffixes end in 1 in 20 of a page's characters; a bit read spares the rest
   * a map look-up. (8 KiB, so not for the lists built per page, which are never read backwards.)
   */
  private lasts: Int32Array | null = null;

  /** Whether some word ends in this UTF-16 code unit. */
  couldEnd(code: number): boolean {
    if (this.lasts === null) {
      this.lasts = new Int32Array(65536 >>> 5);
      for (const word of this.exact.keys()) {
        const last = word.charCodeAt(word.length - 1);
        this.lasts[last >>> 5]! |= 1 << (last & 31);
      }
    }
    return (this.lasts[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /** The longest word ending at `end` (exclusive), not reaching before `floor`. */
  matchEndingAt(text: string, end: number, floor = 0): LexiconMatch<T> | null {
    if (!this.couldEnd(text.charCodeAt(end - 1))) return null;
    const list = this.byLast.get(text.charCodeAt(end - 1));
    if (!list) return null;
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      const start = end - e.word.length;
      if (start >= floor && text.startsWith(e.word, start)) return { start, end, word: e.word, value: e.value };
    }
    return null;
  }

  /** Every word ending at `end` (exclusive), not reaching before `floor`, longest first. */
  allEndingAt(text: string, end: number, floor = 0): LexiconMatch<T>[] {
    if (!this.couldEnd(text.charCodeAt(end - 1))) return [];
    const list = this.byLast.get(text.charCodeAt(end - 1));
    if (!list) return [];
    const out: LexiconMatch<T>[] = [];
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      const start = end - e.word.length;
      if (start >= floor && text.startsWith(e.word, start)) out.push({ start, end, word: e.word, value: e.value });
    }
    return out;
  }

  /** Non-overlapping occurrences, left to right, longest at each position. */
  findAll(text: string, from = 0, to = text.length): LexiconMatch<T>[] {
    const out: LexiconMatch<T>[] = [];
    for (let i = from; i < to;) {
      const m = this.startBits.mayStartAt(text, i, to) ? this.matchAt(text, i, to) : null;
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /**
   * The first word findAll would find in `text[from, to)`, or null: whether a marker is there
   * (一季度 before 同比, 分别 in a list) is asked of a clause for every figure, and needs no list.
   */
  firstIn(text: string, from = 0, to = text.length): LexiconMatch<T> | null {
    for (let i = from; i < to; i++) {
      const m = this.startBits.mayStartAt(text, i, to) ? this.matchAt(text, i, to) : null;
      if (m) return m;
    }
    return null;
  }

  /**
   * Like findAll, for words that count only in some contexts: a longest match `ok` turns
   * down consumes nothing, so a word starting inside it is still found (至今 of 截至今年
   * turned down, 今年 found).
   */
  findAllWhere(text: string, ok: (m: LexiconMatch<T>) => boolean, from = 0, to = text.length): LexiconMatch<T>[] {
    const out: LexiconMatch<T>[] = [];
    for (let i = from; i < to;) {
      const m = this.startBits.mayStartAt(text, i, to) ? this.matchAt(text, i, to) : null;
      if (m && ok(m)) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Occurrences at every position, overlapping allowed (for suffix search). */
  findEvery(text: string, from = 0, to = text.length): LexiconMatch<T>[] {
    const out: LexiconMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      if (!this.startBits.mayStartAt(text, i, to)) continue;
      // the words of this position's first pair, longest first, then a one-character word:
      // the order of the words starting with its first character, without trying them all
      const list = i + 1 < to ? this.byPair[this.pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))] : undefined;
      if (list)
        for (let k = 0; k < list.length; k++) {
          const e = list[k]!;
          if (i + e.word.length <= to && text.startsWith(e.word, i))
            out.push({ start: i, end: i + e.word.length, word: e.word, value: e.value });
        }
      const one = this.single.size > 0 ? this.single.get(text.charCodeAt(i)) : undefined;
      if (one) out.push({ start: i, end: i + 1, word: one.word, value: one.value });
    }
    return out;
  }

  words(): string[] {
    return [...this.exact.keys()];
  }
}

/** Longest first; words of one length keep their order (Array#sort is stable). */
function byLengthDown<T>(list: Entry<T>[]): void {
  list.sort((a, b) => b.word.length - a.word.length);
}

/** Entries by a code unit of their word, each list longest first. */
function byCode<T>(entries: readonly Entry<T>[], codeOf: (word: string) => number): Map<number, Entry<T>[]> {
  const map = new Map<number, Entry<T>[]>();
  for (const e of entries) {
    const code = codeOf(e.word);
    const list = map.get(code);
    if (list) list.push(e);
    else map.set(code, [e]);
  }
  for (const list of map.values()) if (list.length > 1) byLengthDown(list);
  return map;
}

// A word list with a payload per word, matched longest-first. Every vocabulary
// lookup (units, metrics, triggers, suffixes …) goes through this one structure,
// indexed by first character so a scan costs one map lookup per character.

export interface LexiconMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly value: T;
}

export class Lexicon<T> {
  private readonly byFirst = new Map<string, { word: string; value: T }[]>();
  private readonly byLast = new Map<string, { word: string; value: T }[]>();
  readonly size: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Map<string, T>();
    for (const [word, value] of entries) if (word && !seen.has(word)) seen.set(word, value);
    for (const [word, value] of seen) {
      push(this.byFirst, word[0]!, { word, value });
      push(this.byLast, word[word.length - 1]!, { word, value });
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.word.length - a.word.length);
    this.size = seen.size;
  }

  has(word: string): boolean {
    return this.byFirst.get(word[0] ?? '')?.some((e) => e.word === word) ?? false;
  }

  get(word: string): T | undefined {
    return this.byFirst.get(word[0] ?? '')?.find((e) => e.word === word)?.value;
  }

  /** The longest word starting at `i`. */
  matchAt(text: string, i: number, limit = text.length): LexiconMatch<T> | null {
    const list = this.byFirst.get(text[i] ?? '');
    if (!list) return null;
    for (const e of list) {
      const end = i + e.word.length;
      if (end <= limit && text.startsWith(e.word, i)) return { start: i, end, word: e.word, value: e.value };
    }
    return null;
  }

  /** The longest word ending at `end` (exclusive), not reaching before `floor`. */
  matchEndingAt(text: string, end: number, floor = 0): LexiconMatch<T> | null {
    const list = this.byLast.get(text[end - 1] ?? '');
    if (!list) return null;
    for (const e of list) {
      const start = end - e.word.length;
      if (start >= floor && text.startsWith(e.word, start)) return { start, end, word: e.word, value: e.value };
    }
    return null;
  }

  /** Non-overlapping occurrences, left to right, longest at each position. */
  findAll(text: string, from = 0, to = text.length): LexiconMatch<T>[] {
    const out: LexiconMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.byFirst.has(text[i]!) ? this.matchAt(text, i, to) : null;
      if (m) {
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
      const list = this.byFirst.get(text[i]!);
      if (!list) continue;
      for (const e of list) {
        if (i + e.word.length <= to && text.startsWith(e.word, i)) out.push({ start: i, end: i + e.word.length, word: e.word, value: e.value });
      }
    }
    return out;
  }

  words(): string[] {
    return [...this.byFirst.values()].flat().map((e) => e.word);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

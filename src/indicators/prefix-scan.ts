// The words of a lexicon in a stretch that starts where a sentence does and ends at a
// figure or its clause: each figure of a sentence asks again of a longer or shorter
// stretch. One scan to the sentence's end answers them all, exactly as findAll over the
// stretch would — unless a word found runs across the stretch's end, where findAll over
// the stretch finds a shorter word or none: that one stretch is scanned as asked.
import type { Lexicon, LexiconMatch } from '../rules/lexicon.js';

export class PrefixScan<T> {
  private last: {
    readonly lexicon: Lexicon<T>;
    readonly text: string;
    readonly from: number;
    readonly limit: number;
    readonly found: readonly LexiconMatch<T>[];
  } | null = null;

  /** lexicon.findAll(text, from, to), for a `to` at or before `limit`. */
  findAll(lexicon: Lexicon<T>, text: string, from: number, to: number, limit: number): readonly LexiconMatch<T>[] {
    let last = this.last;
    if (!last || last.from !== from || last.limit !== limit || last.lexicon !== lexicon || last.text !== text) {
      last = this.last = { lexicon, text, from, limit, found: lexicon.findAll(text, from, limit) };
    }
    const found = last.found;
    // (matches do not overlap and come in order: those ending by `to` are a prefix)
    let k = 0;
    while (k < found.length && found[k]!.end <= to) k++;
    if (k < found.length && found[k]!.start < to) return lexicon.findAll(text, from, to);
    return k === found.length ? found : found.slice(0, k);
  }
}

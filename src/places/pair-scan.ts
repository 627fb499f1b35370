// Place names are looked for over every character of every page, in two lists: the rule
// files' names and the divisions'. Each Lexicon's own scan skips most characters with its
// start bits (rules/start-bits.ts), but two scans read every character twice. Here the two
// lists are scanned in one pass, each asked only where its start bits say one of its words
// could begin (新疆, 大理 but not 新的, 大力): a third of a page's characters begin some
// division's name, hardly one in eighty with the character after it.
import type { Lexicon, LexiconMatch } from '../rules/lexicon.js';

/** What `findAll` of each of two lists finds, from one pass over the text. */
export type TwoListScan<A, B> = (text: string, from: number, to: number) => [LexiconMatch<A>[], LexiconMatch<B>[]];

/**
 * Two lists scanned over every page (the rule files' place names and the divisions') in one
 * pass: one byte read, of a table of both lists' first characters, for a character that begins
 * a word of neither (two thirds of them); each list's own start bits only for the others.
 */
export function twoListScanner<A, B>(a: Lexicon<A>, b: Lexicon<B>): TwoListScan<A, B> {
  const firsts = firstCharacters([...a.words(), ...b.words()]);
  return (text, from, to) => {
    const outA: LexiconMatch<A>[] = [];
    const outB: LexiconMatch<B>[] = [];
    // Each list's own findAll, interleaved: a list looks for its next word only past its last one.
    let nextA = from;
    let nextB = from;
    for (let i = from; i < to; i++) {
      // (each list's own first test is hashed into a smaller table, and asked twice)
      if (firsts[text.charCodeAt(i)] === 0) continue;
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

/** 1 at the UTF-16 code of each character a word begins with. */
function firstCharacters(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(65536);
  for (const w of words) table[w.charCodeAt(0)] = 1;
  return table;
}

// The characters of numbers: which a numeral may hold (per the rule set), digits, spaces.
import { perRuleSet } from '../rules/compiled.js';
import { codeBits, hasCode } from '../segment/code-table.js';

export const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Characters a numeral may contain, per the rule set, as bits over UTF-16 code units (scans read it per character: `hasCode`). */
export const charsOf = perRuleSet((rules): { has(c: string): boolean; code: Int32Array } => {
  const { digits, multipliers, sections } = rules.numerals;
  // (a key of a table is read by its first character, as a numeral scan meets it)
  const code = codeBits([...'0123456789', ...digits.keys(), ...multipliers.keys(), ...sections.keys()]);
  return { has: (c: string) => hasCode(code, c.charCodeAt(0)), code };
});

export const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** After `k` and any spaces, the position of the first other character. */
export function skipSpaces(text: string, k: number, end: number): number {
  while (k < end && isSpace(text[k])) k++;
  return k;
}

/** `word` at `k`, spaces allowed between its characters (分 之); the end, or -1. */
export function spacedWordAt(text: string, k: number, end: number, word: string): number {
  for (let w = 0; w < word.length; w++) {
    if (w > 0) k = skipSpaces(text, k, end);
    if (text[k] !== word[w]) return -1;
    k++;
  }
  return k;
}

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

/**
 * Where the word before a number ends when one space sets the number apart from it, as some
 * outlets print every figure (IT之家: 同比增长 121.0%, 截至 2022 年 1 月, 超 1100 座): the
 * position before that space, else `pos`. Only one space, never a line break: a paragraph’s full-width indent
 * and spaced bylines (记者 张维) keep their words apart.
 */
export function closeUp(text: string, pos: number, floor = 0): number {
  return pos > floor && text.charCodeAt(pos - 1) === 0x20 && text.charCodeAt(pos - 2) !== 0x20 ? pos - 1 : pos;
}

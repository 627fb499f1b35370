import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/rules/lexicon.js';
import { endsSomeWord, lastCharacters } from '../../src/organizations/word-ends.js';

const lexicon = new Lexicon<number>(
  ['国务院', '国务院国资委', '中国石油', '中石油', '华为', '央视网', '局', '中'].map((w, i) => [w, i] as const),
);

describe('lastCharacters', () => {
  it('marks the characters the words end in, and no other', () => {
    const lasts = lastCharacters(lexicon);
    expect(['院', '委', '油', '为', '网', '局', '中'].every((c) => endsSomeWord(lasts, c.charCodeAt(0)))).toBe(true);
    expect(['国', '务', '石', '华', 'A'].some((c) => endsSomeWord(lasts, c.charCodeAt(0)))).toBe(false);
  });

  it('reads code units past U+8000 (the sign bit of a 32-bit word)', () => {
    const lasts = lastCharacters(new Lexicon([['研究院', 1] as const, ['中心', 2] as const]));
    expect(endsSomeWord(lasts, '院'.charCodeAt(0))).toBe(true);
    expect(endsSomeWord(lasts, '心'.charCodeAt(0))).toBe(true);
    expect(endsSomeWord(lasts, '陀'.charCodeAt(0))).toBe(false);
  });
});

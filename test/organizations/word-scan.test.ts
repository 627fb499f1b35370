import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/rules/lexicon.js';
import { endsSomeWord, findAllWords, lastCharacters } from '../../src/organizations/word-scan.js';

const lexicon = new Lexicon<number>(
  ['国务院', '国务院国资委', '中国石油', '中石油', '华为', '央视网', '局', '中'].map((w, i) => [w, i] as const),
);
const words = (text: string, from?: number, to?: number) =>
  findAllWords(lexicon, text, from, to).map((m) => `${m.start}:${m.word}`);
const expected = (text: string, from?: number, to?: number) =>
  lexicon.findAll(text, from, to).map((m) => `${m.start}:${m.word}`);

describe('findAllWords finds what Lexicon.findAll finds', () => {
  it('the longest word at each place, without overlap', () => {
    const text = '国务院国资委与中国石油、中石油和华为在央视网上发布；中国务院局';
    expect(words(text)).toEqual(expected(text));
    expect(words(text)).toContain('0:国务院国资委');
  });

  it('within the bounds it is given: a word must fit before `to`', () => {
    const text = '据央视网报道，国务院国资委';
    for (let from = 0; from < text.length; from++)
      for (let to = from; to <= text.length; to++) expect(words(text, from, to)).toEqual(expected(text, from, to));
    expect(words(text, 1, 3)).toEqual([]); // 央视 without 网
  });

  it('one-character words and a page of other characters', () => {
    const text = '今天天气很好局中，我们去公园。'.repeat(3);
    expect(words(text)).toEqual(expected(text));
  });
});

describe('lastCharacters', () => {
  it('marks the characters the words end in', () => {
    const lasts = lastCharacters(lexicon);
    expect(['院', '委', '油', '为', '网', '局', '中'].every((c) => endsSomeWord(lasts, c.charCodeAt(0)))).toBe(true);
    expect(endsSomeWord(lasts, '国'.charCodeAt(0))).toBe(false);
  });
});

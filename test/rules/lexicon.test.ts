import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/rules/lexicon.js';

describe('Lexicon.matchAt', () => {
  const lex = new Lexicon<number>([
    ['中', 1],
    ['中国', 2],
    ['中国银行', 3],
    ['中信', 4],
  ]);

  it('takes the longest word sharing the first two characters', () => {
    expect(lex.matchAt('中国银行发布', 0)?.word).toBe('中国银行');
    expect(lex.matchAt('中国人民', 0)?.word).toBe('中国');
    expect(lex.matchAt('中信证券', 0)?.word).toBe('中信');
  });

  it('falls back to a one-character word when no longer one fits', () => {
    expect(lex.matchAt('中央', 0)?.word).toBe('中');
    // the limit cuts 中国银行 and 中国 short: only 中 fits before it
    expect(lex.matchAt('中国银行', 0, 1)?.word).toBe('中');
    expect(lex.matchAt('中国银行', 0, 3)?.word).toBe('中国');
  });

  it('finds nothing where no word starts', () => {
    expect(lex.matchAt('国中', 0)).toBeNull();
    expect(lex.matchAt('中', 1)).toBeNull();
  });
});

describe('Lexicon.firstIn', () => {
  const lex = new Lexicon<number>([
    ['同比', 1],
    ['同期', 2],
    ['比上年', 3],
    ['上年同期', 4],
  ]);

  it('is the first match findAll would give, longest at its position', () => {
    for (const [text, from, to] of [
      ['比上年同期增长5%', 0, 9],
      ['增长5%，同比增长', 0, 9],
      ['比上年同期增长5%', 1, 9],
      ['比上年同期增长5%', 0, 2],
      ['比上年同期增长5%', 3, 5],
    ] as const)
      expect(lex.firstIn(text, from, to)).toEqual(lex.findAll(text, from, to)[0] ?? null);
    expect(lex.firstIn('比上年同期增长5%')?.word).toBe('比上年');
    expect(lex.firstIn('比上年同期增长5%', 1)?.word).toBe('上年同期');
  });

  it('is null where no word lies wholly inside the range', () => {
    expect(lex.firstIn('增长5%')).toBeNull();
    expect(lex.firstIn('比上年同期', 3, 4)).toBeNull();
  });
});

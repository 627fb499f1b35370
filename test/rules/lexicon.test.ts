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

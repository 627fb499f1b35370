import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../src/resolve/numbers.js';
import { builtinRules } from './helpers.js';

const n = (s: string) => parseNumeral(s, builtinRules().numerals);

describe('parseNumeral', () => {
  it.each([
    ['9385.6亿', 938560000000],
    ['34823.9亿', 3482390000000],
    ['1.5万', 15000],
    ['1万', 10000],
    ['2万亿', 2000000000000],
    ['4.78万亿', 4780000000000],
    ['两千', 2000],
    ['三百', 300],
    ['二百三十万', 2300000],
    ['十三', 13],
    ['二十', 20],
    ['一百零五', 105],
    ['一亿两千万', 120000000],
    ['3万4000', 34000],
    ['1,234,567', 1234567],
    ['二〇二〇', 2020],
    ['千亿', 100000000000],
    ['0.9', 0.9],
  ])('%s → %d', (s, v) => {
    expect(n(s)).toBe(v);
  });

  it.each(['万', '亿', '三四', '一一'])('%s is not one number', (s) => {
    expect(n(s)).toBeNull();
  });
});

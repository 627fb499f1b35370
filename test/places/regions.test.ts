// Place names as a fact writes them: suffixes dropped, groups kept, scopes in one spelling.
import { describe, expect, it } from 'vitest';
import { countryName, findRegions, regionSpellings } from '../../src/places/regions.js';
import { builtinRules } from '../helpers.js';

const names = (text: string) => findRegions(text, builtinRules()).map((r) => [r.written, r.name]);

describe('findRegions', () => {
  it('writes a place without its administrative suffix, and a group of places whole', () => {
    expect(names('青岛市与山东省')).toEqual([
      ['青岛市', '青岛'],
      ['山东省', '山东'],
    ]);
    expect(names('胶东五市')).toEqual([['胶东五市', '胶东五市']]);
  });

  it('reads no group where counts of a place’s parts follow one another (乐山5市10个县)', () => {
    expect(names('乐山5市10个县受灾')).toEqual([['乐山', '乐山']]);
  });

  it('writes the country 全国 however the text names it (我国, 中国, 国内市场)', () => {
    expect(names('我国、中国和全国')).toEqual([
      ['我国', '全国'],
      ['中国', '全国'],
      ['全国', '全国'],
    ]);
    expect(names('国内市场方面')).toEqual([['国内市场', '全国']]);
  });

  it('gives one spelling table for a mention and for a region taken as written (extension fields)', () => {
    const spelled = regionSpellings(builtinRules());
    expect(spelled.get('我国')).toBe('全国');
    expect(spelled.get('中国')).toBe(countryName(builtinRules()));
    // 全球: a scope whose figures are no place's.
    expect(spelled.get('全球')).toBeNull();
    // A place with no spelling of its own is written as the text does.
    expect(spelled.has('青岛')).toBe(false);
  });
});

describe('divisions from the dataset', () => {
  it('names the counties and county-level cities the rule files do not (张家港市, 关岭县, 吉木萨尔)', () => {
    expect(names('张家港市、关岭县和新疆吉木萨尔')).toEqual([
      ['张家港市', '张家港'],
      ['关岭县', '关岭'],
      ['新疆', '新疆'],
      ['吉木萨尔', '吉木萨尔'],
    ]);
  });

  it('leaves short names that are words too (合作, 东方) and suffix-only names (城区) alone', () => {
    expect(names('加强合作，东方明珠，老城区')).toEqual([]);
  });
});

// Which province holds a place, and what level a place is, from the divisions dataset.
import { describe, expect, it } from 'vitest';
import { divisionLevel, provinceOf, within } from '../../src/places/divisions-table.js';

describe('divisions table', () => {
  it('knows the province of a city or county', () => {
    expect(provinceOf('东莞')).toBe('广东');
    expect(provinceOf('青岛')).toBe('山东');
    expect(provinceOf('奇台')).toBe('新疆');
    expect(within('东莞', '广东')).toBe(true);
    expect(within('广东', '广东')).toBe(false);
  });

  it('tells the level a text calls a place by (全省, 全市, 全区)', () => {
    expect(divisionLevel('山东')).toBe('省');
    expect(divisionLevel('青岛')).toBe('市');
    expect(divisionLevel('张家港')).toBe('市');
    expect(divisionLevel('黄岛区')).toBe('区');
    expect(divisionLevel('胶东五市')).toBe(null);
  });
});

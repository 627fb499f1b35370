// A figure's region (src/indicators/attribution/region.ts): carried through a text, and
// the names, lists and scopes that must not set it.
import { describe, expect, it } from 'vitest';
import { indicators } from '../../helpers.js';

const regions = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.region]);

describe('regions', () => {
  it('lets a place named as an example in a text about another own the next sentence at most', () => {
    const text = '2026年山东省政府工作报告\n青岛获批国家级新区。全省新增高新技术企业5000家。新改造村卫生室2.1万个。';
    expect(regions(text)).toEqual([
      [5000, '山东'],
      [21000, '山东'],
    ]);
  });

  it('carries no place that is an item of a list (济南、青岛都市圈获批)', () => {
    const text = '2026年山东省政府工作报告\n济南、青岛都市圈获批。常住人口城镇化率达到67.5%。';
    expect(regions(text)).toEqual([[67.5, '山东']]);
  });

  it('resolves 全省 to the place the title names, not to one mentioned before', () => {
    const text = '2026年山东省政府工作报告\n临沂机场航站楼投用。全省进出口增长4.5%。';
    expect(regions(text)).toEqual([[4.5, '山东']]);
  });

  it('does not carry a place that only sets the scene (在合肥的这家工厂) or heads a name (临沂机场)', () => {
    expect(regions('在合肥的这家工厂,生产效率提高了30%。\n国家公布了123个试点示范项目。')).toEqual([
      [30, '合肥'],
      [123, null],
    ]);
    expect(regions('临沂机场航站楼投用。实施提振消费工程,落实资金280多亿元。')).toEqual([[28000000000, null]]);
  });

  it('does not take the other side of a comparison or a ranking’s scope (高于全国, 全国第一) as the owner', () => {
    expect(regions('山东规上工业增加值增长7.6%,高于全国1.7个百分点。')).toEqual([
      [7.6, '山东'],
      [1.7, '山东'],
    ]);
    expect(regions('江苏全年经济增量保持全国第一,地区生产总值增长5.3%。')).toEqual([[5.3, '江苏']]);
  });

  it('pairs places listed with 分别 with their figures, in order', () => {
    expect(regions('广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%。')).toEqual([
      [2, '广东'],
      [1.6, '江苏'],
      [3.6, '山东'],
      [2.5, '浙江'],
    ]);
  });
});

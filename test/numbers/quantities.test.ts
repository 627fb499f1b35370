// Reading numbers and units (src/numbers/quantities.ts): spoken money, Latin energy units,
// units written short in a list, and digits that start a new number after a section word.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/numbers/quantities.js';
import { resolveQuantity } from '../../src/numbers/resolve.js';
import { builtinRules } from '../helpers.js';

const read = (text: string) =>
  findQuantities(text, builtinRules())
    .filter((q) => q.unit)
    .map((q) => {
      const r = resolveQuantity(q, text);
      return [text.slice(q.start, q.end), r.value, r.unit, r.approx];
    });

describe('spoken money', () => {
  it('reads 个亿 as 亿元, never a count of 8.8', () => {
    expect(read('全年销售额8.8个亿')).toEqual([['8.8个亿', 880000000, 'CNY', null]]);
    expect(read('利润达到3个多亿')).toEqual([['3个多亿', 300000000, 'CNY', null]]);
  });

  it('reads 分钱, 毛钱, 块钱, and not 分钟 or 一块屏幕', () => {
    expect(read('每度电降低3分钱')).toEqual([['3分钱', 0.03, 'CNY', null]]);
    expect(read('每次仅需2毛钱')).toEqual([['2毛钱', 0.2, 'CNY', null]]);
    expect(read('门票10块钱')).toEqual([['10块钱', 10, 'CNY', null]]);
    expect(read('会议开了30分钟')).toEqual([['30分钟', 30, 'duration', null]]);
    expect(read('展出12块屏幕').map((q) => q[2])).not.toContain('CNY');
  });
});

describe('Latin units', () => {
  it('reads GWh, GW, MWh after a number as units, not model names', () => {
    expect(read('建设100GWh动力电池系统生产线')).toEqual([['100GWh', 100, 'GWh', null]]);
    expect(read('开展10GW高效异质结')).toEqual([['10GW', 10, 'GW', null]]);
    expect(read('全球首个1MWh钠离子电池')).toEqual([['1MWh', 1, 'MWh', null]]);
    expect(read('华为5G基站和8K电视')).toEqual([]);
    // Letters that run on are a model name (10GWX).
    expect(read('型号10GWX')).toEqual([]);
  });
});

describe('lists and sections', () => {
  it('gives 12.7个、12个百分点 the whole unit', () => {
    expect(read('分别高于全国12.7个、12个百分点')).toEqual([
      ['12.7个', 12.7, 'pp', null],
      ['12个百分点', 12, 'pp', null],
    ]);
  });

  it('does not read 5万亿两个 as one number', () => {
    const values = findQuantities('迈上4万亿、5万亿两个台阶', builtinRules()).map((q) => q.number);
    expect(values).not.toContain(5000020000000);
    expect(read('一万三千个岗位')).toEqual([['一万三千个', 13000, 'count', null]]);
  });

  it('counts 标箱 with its measure word', () => {
    expect(read('集装箱吞吐量达到350万标箱')).toEqual([['350万标箱', 3500000, 'count', null]]);
  });
});

describe('approximation', () => {
  it('marks a passed mark over only for amounts, not for a count of marks', () => {
    expect(read('经济总量站上3万亿元新台阶')).toEqual([['站上3万亿元', 3000000000000, 'CNY', 'over']]);
    expect(read('连续跨过3个万亿元大关')).toEqual([['3个', 3, 'count', null]]);
  });
});

describe('numbers that are not amounts', () => {
  it('skips a unit’s denominator, the last mile and 三元 of a battery chemistry', () => {
    expect(read('生产安全事故死亡率控制在0.6人/百亿元以下').map((q) => q[2])).not.toContain('CNY');
    expect(read('为工业客户搭建最后一公里')).toEqual([]);
    expect(read('北美新厂主要生产三元锂电池')).toEqual([]);
  });

  it('reads 万 and 亿 before a noun of people as a count of people', () => {
    expect(read('33万农民工就近就业')).toEqual([['33万', 330000, 'count', null]]);
    expect(read('全市人口超千万')).toEqual([['超千万', 10000000, 'count', 'over']]);
  });
});

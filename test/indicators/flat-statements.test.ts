// Figures told with no number (src/indicators/flat-statements.ts): 持平 is 0 %, change 0.
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

describe('持平 with no number', () => {
  it('is a figure of 0 % with change 0 when what is flat names a metric', () => {
    const [cpi] = indicators('2024年，居民消费价格与上年基本持平。');
    expect(cpi).toMatchObject({ value: 0, unit: '%', metric: 'cpi', approx: 'about', label: '居民消费价格' });
    expect(cpi?.change).toEqual({ basis: 'yoy', value: 0, unit: '%' });
    expect(indicators('其他用品和服务类价格与同期持平。').map((i) => [i.value, i.metric])).toEqual([[0, 'prices']]);
  });

  it('takes the period of the text around it, not of the year it is compared with (与上年)', () => {
    const report = '2025年政府工作报告\n一、2024年工作回顾\n全市生产总值增长5%，居民消费价格与上年基本持平。';
    const flat = indicators(report, '2025-01-15').find((i) => i.metric === 'cpi');
    expect([flat?.value, flat?.period]).toEqual([0, '2024']);
  });

  it('is none when compared with a place or another part of the year, or when nothing named is flat', () => {
    expect(indicators('北京增速与全国持平。')).toEqual([]);
    expect(indicators('规上工业增加值增速与一季度持平。')).toEqual([]);
    expect(indicators('广东拥有的万亿之城数量跟江苏持平。')).toEqual([]);
  });

  it('leaves 持平 after a figure to be that figure’s change', () => {
    const list = indicators('工业用电量3亿千瓦时,与上年持平。');
    expect(list.map((i) => [i.value, i.change?.value])).toEqual([[300000000, 0]]);
  });
});

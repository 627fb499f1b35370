import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

describe('indicators', () => {
  it('reads label, metric, region, period and yoy change', () => {
    const [i] = indicators(
      '根据两地发布的2020年统计公报显示,苏州当年实现第二产业增加值9385.6亿元,同比增长3.4%。',
      '2021-05-19',
    );
    expect(i).toMatchObject({
      metric: 'value_added_secondary',
      label: '第二产业增加值',
      region: '苏州',
      period: '2020',
      value: 938560000000,
      unit: 'CNY',
      raw: '9385.6亿元',
      change: { basis: 'yoy', value: 3.4, unit: '%' },
      status: 'actual',
    });
  });

  it('carries the label and period to a figure that names neither (同期…的数据为)', () => {
    const [, q] = indicators(
      '苏州当年实现第二产业增加值9385.6亿元,同比增长3.4%,同期青岛的数据为4361.56亿元,同比增长3.0%。',
      '2021-05-19',
    );
    expect(q).toMatchObject({ label: '第二产业增加值', region: '青岛', value: 436156000000, change: { value: 3 } });
  });

  it('keeps a label’s brackets and quotes balanced, and leaves list numbering out', () => {
    const labels = (text: string) => indicators(text, '2021-08-01').map((i) => [i.label, i.metric]);
    expect(labels('上半年全区实现地区生产总值（GDP）860亿元。')).toEqual([['地区生产总值（GDP）', 'gdp']]);
    expect(labels('全区经济呈现稳中向好态势（GDP增长6.1%）。')).toEqual([['GDP', 'gdp']]);
    expect(labels('（三）地方财政收入完成52亿元。')[0]).toEqual(['地方财政收入', expect.any(String)]);
    expect(labels('“新三样”出口增长20%。')).toEqual([['“新三样”出口', null]]);
  });

  it('splits a figure with two rates into the figure and its two-year rate', () => {
    const list = indicators(
      '今年上半年交出了第二产业增加值2244.94亿元、同比增长13.2%、两年平均增长6.3%的成绩单。',
      '2021-08-01',
    );
    expect(list.map((i) => [i.value, i.unit, i.change?.basis, i.period])).toEqual([
      [224494000000, 'CNY', 'yoy', '2021-H1'],
      [6.3, '%', 'two_year_avg', '2021-H1'],
    ]);
    expect(list[1]!.label).toBe('第二产业增加值两年平均增长');
  });

  it('keeps percentage points apart from percent, and a fall negative', () => {
    const list = indicators('投资增长36.0%,拉动全市投资增长3.5个百分点;食品烟酒价格下降1.9%。');
    expect(list.map((i) => [i.value, i.unit])).toEqual([
      [36, '%'],
      [3.5, 'pp'],
      [-1.9, '%'],
    ]);
  });

  it('gives listed rates their listed labels (分别)', () => {
    const list = indicators('“十三五”期间安徽战略性新兴产业产值、高新技术产业增加值年均分别增长17.3%和15.1%。');
    expect(list.map((i) => [i.label, i.value, i.change?.basis, i.period, i.region])).toEqual([
      ['战略性新兴产业产值', 17.3, 'cagr', '2016/2020', '安徽'],
      ['高新技术产业增加值', 15.1, 'cagr', '2016/2020', '安徽'],
    ]);
  });

  it('dates a 由…提高到… pair to the start and end of its period', () => {
    const list = indicators('“十三五”期间安徽战略性新兴产业产值占规模以上工业比重由22.4%提高到40.3%。');
    expect(list.map((i) => [i.value, i.period])).toEqual([
      [22.4, '2015'],
      [40.3, '2020'],
    ]);
    // 从 a dated figure 提升至 another: the second is the period's end; 自主 opens no rise.
    const rise = indicators('“十三五”期间，人均预期寿命从2015年的81.2岁提升至82.4岁。');
    expect(rise.map((i) => [i.value, i.period])).toEqual([
      [81.2, '2015'],
      [82.4, '2020'],
    ]);
    // over years written as a stretch, the first figure is its first year's (从 as 由)
    const years = indicators('2012年到2020年，我国制造业增加值由16.98万亿元增长到26.6万亿元。', '2021-09-13');
    expect(years.map((i) => [i.value, i.period])).toEqual([
      [16980000000000, '2012'],
      [26600000000000, '2020'],
    ]);
    const plan = indicators('“十三五”期间，全国标准滑冰场馆数量从157家增加到654家。', '2021-01-31');
    expect(plan.map((i) => [i.value, i.period])).toEqual([
      [157, '2015'],
      [654, '2020'],
    ]);
  });

  it('tells targets and plans from actuals', () => {
    expect(indicators('“到2020年,规模以上工业总产值超过2万亿元”。', '2021-05-19')[0]).toMatchObject({
      status: 'target',
      period: '2020',
      approx: 'over',
    });
    expect(indicators('今年再建设5G基站1.5万个。', '2020-05-27')[0]).toMatchObject({
      status: 'plan',
      period: '2020',
      metric: 'base_stations_5g',
    });
    expect(indicators('目前青岛建成了5G基站1万个。', '2020-05-27')[0]).toMatchObject({
      status: 'actual',
      period: '2020',
      region: '青岛',
    });
  });

  it('reads an index value without a unit only after 指数', () => {
    expect(indicators('目前青岛两化融合指数达到83。', '2020-05-27')[0]).toMatchObject({ value: 83, unit: 'index' });
    expect(indicators('目前青岛共有83')).toHaveLength(0);
  });

  it('does not take dates, ordinals, people or small words for figures', () => {
    expect(indicators('2021年1月4日,新年后的第一个工作日,20位企业家与两座城市的三位代表在第8站见面。')).toHaveLength(0);
  });
});

// Rates and the levels they change (src/indicators/rates.ts, lists.ts), and a figure's
// status (attribution/status.ts).
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

describe('changes and status', () => {
  it('pairs levels and rates listed with 分别: the i-th rate is the i-th level’s change', () => {
    const list = indicators(
      '全市增值税12.8亿元、城镇土地使用税9.5亿元、城市维护建设税3.3亿元,同比分别增长210.8%、29.5%、17.8%。',
    );
    expect(list.map((i) => [i.label, i.value, i.change?.value])).toEqual([
      ['增值税', 1280000000, 210.8],
      ['城镇土地使用税', 950000000, 29.5],
      ['城市维护建设税', 330000000, 17.8],
    ]);
    const incomes = indicators('城乡居民人均可支配收入分别达6.9万元、3.4万元,增长4.2%、5.3%。');
    expect(incomes.map((i) => [i.value, i.change?.value])).toEqual([
      [69000, 4.2],
      [34000, 5.3],
    ]);
  });

  it('pairs levels told in clauses of their own with the rates listed after them, past an aside', () => {
    const pairs = (text: string) => indicators(text).map((i) => [i.value, i.change?.value]);
    expect(pairs('城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%。')).toEqual([
      [15781, 8.4],
      [4761, 8],
    ]);
    expect(
      pairs('城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%。'),
    ).toEqual([
      [9422, 7.7],
      [2936, 6.8],
    ]);
  });

  it('reads 目标 as a target only for the figure it names', () => {
    const [saving, carbon] = indicators('能耗强度超额完成国家激励目标,碳排放强度下降20.5%,万元生产总值用水量下降22%。');
    expect([saving?.status, carbon?.status]).toEqual(['actual', 'actual']);
    expect(indicators('围绕完成技术改造项目5000个的年度目标。', '2021-05-19')[0]).toMatchObject({
      status: 'target',
      period: '2021',
    });
  });
});

// Rates of change (src/indicators/rates.ts): which growth figures carry a change of their
// own, which levels take a rate as their change, and the sign of a 百分点 distance.
const changes = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.unit, i.change ? i.change.value : null]);

describe('a growth rate told by a verb', () => {
  it('carries its value as its change, with or without a basis word', () => {
    expect(changes('全市生产总值增长5%。')).toEqual([[5, '%', 5]]);
    expect(changes('单位地区生产总值二氧化碳排放下降3.8%。')).toEqual([[-3.8, '%', -3.8]]);
    expect(changes('居民人均可支配收入实际增长5.4%。')).toEqual([[5.4, '%', 5.4]]);
    expect(changes('一、二、三产业增加值分别增长4.2%、5%、5.4%。')).toEqual([
      [4.2, '%', 4.2],
      [5, '%', 5],
      [5.4, '%', 5.4],
    ]);
    expect(indicators('高技术制造业增加值同比增长15.8%。')[0]?.change).toEqual({
      basis: 'yoy',
      value: 15.8,
      unit: '%',
    });
  });

  it('carries it for a target too (增长5%左右)', () => {
    const [gdp] = indicators('今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。', '2025-01-20');
    expect([gdp?.value, gdp?.status, gdp?.change?.value]).toEqual([5, 'target', 5]);
  });

  it('reads 实现N%的增长 as a growth told', () => {
    expect(changes('继续实现38.6%的增长。')).toEqual([[38.6, '%', 38.6]]);
    // …的增长贡献率 names something else.
    expect(changes('消费实现65%的增长贡献率。')).toEqual([[65, '%', null]]);
  });

  it('keeps the two-year basis of 两年分别平均 and reads 也达到 as glue', () => {
    const list = indicators('饮料类、烟酒类商品零售分别增长68.6%和46.3%，两年分别平均增长33.9%和9.5%。');
    expect(list.map((i) => i.change?.basis ?? null)).toEqual([null, null, 'two_year_avg', 'two_year_avg']);
    expect(changes('全市两年平均增长也达到23.1%。')).toEqual([[23.1, '%', 23.1]]);
  });
});

describe('a rate with no change of its own', () => {
  it('is a rate a noun names (增速, 增幅, 涨幅), even with a basis', () => {
    expect(changes('服务贸易年均增速5%左右。')).toEqual([[5, '%', null]]);
    expect(changes('第二产业固投同比增幅达到29.8%。')).toEqual([[29.8, '%', null]]);
    expect(changes('两年平均增速达到了6.2%。')).toEqual([[6.2, '%', null]]);
    expect(changes('居民消费价格涨幅2%左右。')).toEqual([[2, '%', null]]);
  });

  it('is a growth against a base other than the year before (比2019年同期)', () => {
    expect(changes('规模以上工业增加值比2019年同期增长11.1%。', '2021-03-20')).toEqual([[11.1, '%', null]]);
    expect(changes('社会消费品零售总额比疫情前的2019年同期增长4.9%。', '2021-11-02')).toEqual([[4.9, '%', null]]);
    // The year before the one the sentence names is the previous period.
    expect(changes('2021年全市地区生产总值比2020年增长8.1%。')).toEqual([[8.1, '%', 8.1]]);
  });

  it('but a noun rate right after a level is still that level’s change', () => {
    expect(changes('2021年天津地区生产总值1.57万亿元，增速6.6%。')).toEqual([[1570000000000, 'CNY', 6.6]]);
  });
});

describe('change holds growth in % only', () => {
  it('makes a 百分点 difference after a level a figure of its own', () => {
    expect(changes('环境空气质量优良率达到88.5%、提高0.8个百分点。')).toEqual([
      [88.5, '%', null],
      [0.8, 'pp', null],
    ]);
    expect(changes('工业增加值增速较上月加快0.7个百分点。')).toEqual([[0.7, 'pp', null]]);
  });

  it('gives a 倍 multiple no change, and does not fold it into a level', () => {
    expect(changes('产值增长了2倍。')).toEqual([[2, 'times', null]]);
    expect(changes('骨干龙头企业超1100家、增长1.5倍。')).toEqual([
      [1100, 'count', null],
      [1.5, 'times', null],
    ]);
  });

  it('does not pair a run of 百分点 with the levels before it', () => {
    const list = indicators('第一产业、第三产业比重分别为10%、50%，分别提高1个、2个百分点。');
    expect(list.filter((i) => i.unit === '%').map((i) => i.change)).toEqual([null, null]);
  });
});

describe('the sign of a 百分点 distance', () => {
  it('is subject minus reference: negative below it, positive above', () => {
    expect(changes('山东规上工业增加值增长7.6%，低于全国0.4个百分点。')[1]).toEqual([-0.4, 'pp', null]);
    expect(changes('农村居民收入增速比全国低1.2个百分点。')).toEqual([[-1.2, 'pp', null]]);
    expect(changes('农村居民收入增速高于全国1.2个百分点。')).toEqual([[1.2, 'pp', null]]);
    expect(changes('一季度GDP同比增长7.0%，低于去年7.4%的增速0.4个百分点。', '2015-04-15')[2]).toEqual([
      -0.4,
      'pp',
      null,
    ]);
  });

  it('is not set by a comparison before an earlier figure of the clause', () => {
    // 低于 compares the 5%; the distance after 比上年提高 is a rise.
    expect(changes('失业率低于5%，比上年提高0.2个百分点。')[1]).toEqual([0.2, 'pp', null]);
  });
});

describe('a growth on a named year that is the year before', () => {
  it('is the growth on the previous period when the figure is of the year after (4月 in 2021)', () => {
    expect(
      changes('4月，我国完成交通固定资产投资2850亿元，比2020年同期下降5.0%，比2019年同期增长13.2%。', '2021-05-27'),
    ).toEqual([
      [285000000000, 'CNY', -5],
      [13.2, '%', null],
    ]);
  });

  it('is so on a page of that year when the sentence dates nothing', () => {
    const text =
      '[视频]春运客流\n2021-02-17 19:18:03 来源：央视网\n全国春运发送旅客比2019年同期下降76.4%，比2020年同期下降43.1%。';
    expect(changes(text)).toEqual([
      [-76.4, '%', null],
      [-43.1, '%', -43.1],
    ]);
  });

  it('is not so when the sentence names a span starting that year (“十三五”, 2016/2020)', () => {
    const text = '2019年，126个城市平均浓度比2015年下降了23.1%，提前完成“十三五”目标。';
    expect(changes(text, '2020-05-15')).toEqual([
      [126, 'count', null],
      [-23.1, '%', null],
    ]);
  });
});

describe('a range of rates', () => {
  it('gives its upper end the lower end’s direction (减少8%至10%)', () => {
    const list = indicators('今年要使农村贫困人口减少8%至10%，居民收入增长6%－6.5%。', '2019-03-05');
    expect(list.map((i) => i.value)).toEqual([-8, -10, 6, 6.5]);
  });
});

// Growth rates and their amounts a clause apart (src/indicators/growth-links.ts).
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const changes = (text: string) => indicators(text).map((i) => [i.value, i.unit, i.change ? i.change.value : null]);

describe('a rate a clause after its amount', () => {
  it('is the amount’s change across an aside that names no metric', () => {
    expect(changes('国内生产总值1349084亿元，按不变价格计算，比上年增长5.0%。')).toEqual([[134908400000000, 'CNY', 5]]);
    expect(changes('深圳进出口总额也达到25107.51亿元，位居全省第一，同比增长15.2%。')).toEqual([
      [2510751000000, 'CNY', 15.2],
    ]);
    expect(changes('社会消费品零售总额达到7499.89亿元，是全省第一大消费城市，与去年同期相比增幅达到12.8%。')).toEqual([
      [749989000000, 'CNY', 12.8],
    ]);
  });

  it('is also the change of the amount the mark before it restates', () => {
    expect(changes('全年国内生产总值1015986亿元，首次突破了100万亿元大关，比上年增长了2.3%。')).toEqual([
      [101598600000000, 'CNY', 2.3],
      [100000000000000, 'CNY', 2.3],
    ]);
    // (not a mark far below the amount, nor one whose clause names a metric of its own)
    expect(changes('全市生产总值4000亿元，工业增加值突破1000亿元，同比增长5%。')).toEqual([
      [400000000000, 'CNY', null],
      [100000000000, 'CNY', 5],
    ]);
  });

  it('passes over a share or an increment between them, which take no growth', () => {
    expect(changes('杭州全市数字经济核心产业增加值2306亿元，占GDP的26.7%，同比增长16.7%。')).toEqual([
      [230600000000, 'CNY', 16.7],
      [26.7, '%', null],
    ]);
    expect(changes('全市地区生产总值626.9亿元，现价总量比同期增加73.5亿元，同比增长2%。')).toEqual([
      [62690000000, 'CNY', 2],
      [7350000000, 'CNY', null],
    ]);
  });

  it('is not the amount’s when its clause names a subject of its own, or a metric stands between', () => {
    expect(changes('全市固定资产投资1000亿元，工业投资增长5%。')).toEqual([
      [100000000000, 'CNY', null],
      [5, '%', 5],
    ]);
    expect(changes('出口总额1000亿元，进口总额增长明显，同比增长5%。')[0]).toEqual([100000000000, 'CNY', null]);
  });
});

describe('an amount after its own growth clause', () => {
  it('takes the growth as its change when its words name nothing else (总额, 总量, the same metric)', () => {
    expect(changes('外贸进出口增长8.4%，总额突破8000亿元。')).toEqual([
      [8.4, '%', 8.4],
      [800000000000, 'CNY', 8.4],
    ]);
    expect(changes('一般公共预算收入增长4.6%，总量首次突破1900亿元。')[1]).toEqual([190000000000, 'CNY', 4.6]);
    expect(changes('前三季度GDP增幅达到10.6%，经济总量达到11779亿元。')).toEqual([
      [10.6, '%', null],
      [1177900000000, 'CNY', 10.6],
    ]);
  });

  it('does not when the amount names something else, or a semicolon parts them', () => {
    expect(changes('进出口增长8.4%，其中出口3000亿元。')[1]).toEqual([300000000000, 'CNY', null]);
    expect(changes('进出口增长8.4%；总额突破8000亿元。')[1]).toEqual([800000000000, 'CNY', null]);
  });
});

describe('a level a growth reached, in a clause of its own', () => {
  it('takes the growth as its change and its label (…增长37.1%，达到8512亿美元)', () => {
    const list = indicators(
      '全国财政收入达到2.17万亿元，比上年增加2787亿元。进出口总额比上年增长37.1%，达到8512亿美元。',
      '2004-03-05',
    );
    const level = list.find((i) => i.value === 851200000000);
    expect([level?.label, level?.change?.value]).toEqual(['进出口总额', 37.1]);
  });
});

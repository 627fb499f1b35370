// Industry and statistics news as some outlets print it (src/numbers/chars.ts closeUp, rates.ts,
// labels.ts shareOf, lists.ts, attribution/region.ts, attribution/period.ts, frames/tree.ts):
// a space between every word and figure, shortened verbs (同增), shares told by 占比 alone,
// two lists zipped without 分别, partners after 对, and a month going on after a semicolon.
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';
import { closeUp } from '../../src/numbers/chars.js';
import { toMatchText } from '../../src/document/normalize.js';

const rows = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => ({
    text: i.text,
    label: i.label,
    period: i.period,
    region: i.region,
    status: i.status,
    approx: i.approx,
    change: i.change ? [i.change.basis, i.change.value] : null,
  }));

describe('figures a space sets apart from their words', () => {
  it('reads the rate verbs, 约/超 and 截至 across one space', () => {
    const [level, mom] = rows('3 月我国储能电池出货量为 12.5GWh，同比增长 80.2%，环比增长 9.6%。', '2023-04-10');
    expect(level).toMatchObject({ label: '储能电池出货量', change: ['yoy', 80.2], period: '2023-03' });
    expect(mom).toMatchObject({ change: ['mom', 9.6] });
    const [stock] = rows('截至 2023 年 3 月，全国累计建成公共充电桩约 210 万台。', '2023-04-10');
    expect(stock).toMatchObject({ period: '2023-03-31', approx: 'about' });
  });

  it('keeps a list word and a space out of a count’s label', () => {
    const list = rows('今年 3 月，全国摩托车产销分别完成 150.2 万辆和 149.8 万辆。', '2023-04-10');
    // (产销 parts into its two measures, one per item: lists.ts pairedItems)
    expect(list.map((r) => r.label)).toEqual(['摩托车产量', '摩托车销量']);
  });

  it('bridges one space only, never an indent or a line break', () => {
    // (as rules see it: the ideographic indent folded to spaces)
    const text = toMatchText('增长 5%　　6%\n7%');
    expect(closeUp(text, text.indexOf('5'))).toBe(text.indexOf('5') - 1);
    expect(closeUp(text, text.indexOf('6'))).toBe(text.indexOf('6'));
    expect(closeUp(text, text.indexOf('7'))).toBe(text.indexOf('7'));
    expect(closeUp(text, 3, 3)).toBe(3);
  });
});

describe('shortened verbs and turns', () => {
  it('reads 同增, 同比降 and 环增 with their basis', () => {
    expect(rows('前两月全省进出口值5200亿元，同增12.4%。')[0]).toMatchObject({ change: ['yoy', 12.4] });
    expect(rows('公司营收80亿元，同比降6.5%。')[0]).toMatchObject({ change: ['yoy', -6.5] });
    expect(rows('4月叉车销量9.1万台，环增3.3%。')[0]).toMatchObject({ change: ['mom', 3.3] });
  });

  it('gives a level the rate 由…转为 turned it into, and the first rate its own month', () => {
    const [level, before] = rows('6月份，全省工业企业实现利润总额310亿元，由5月份下降2.1%转为增长4.8%。', '2023-07-27');
    expect(level).toMatchObject({ change: [null, 4.8], period: '2023-06' });
    expect(before).toMatchObject({ change: [null, -2.1], period: '2023-05' });
  });

  it('pairs two lists joined item by item, without 分别', () => {
    const list = rows('一般贸易和加工贸易进出口2300亿元和860亿元，同比增长12.1%和3.5%。');
    expect(list.map((r) => r.change?.[1])).toEqual([12.1, 3.5]);
  });
});

describe('a share word alone', () => {
  it('shares out the level before it', () => {
    const list = rows('甲公司装车量 20.1GWh 占比 40.2%；乙公司装车量 10.3GWh 占比 20.6%。');
    expect(list.filter((r) => r.text.includes('%')).map((r) => r.label)).toEqual([
      '甲公司装车量占比',
      '乙公司装车量占比',
    ]);
    const [, share] = rows('民营企业进出口900亿元，增长15.2%，占38.5%。');
    expect(share).toMatchObject({ label: '民营企业进出口占比' });
  });
});

describe('whose figure it is', () => {
  it('keeps the partners a preposition lists out of the region', () => {
    const list = rows('1—5月我国对东盟、欧盟、日本进出口分别为1.9万亿元、1.7万亿元和0.9万亿元。', '2023-06-07');
    expect(list.map((r) => r.region)).toEqual(['全国', '全国', '全国']);
    const joined = rows('2020年我国与东盟、欧盟和美国进出口同比分别增长7%、5.3%和8.8%。', '2021-01-14');
    expect(joined.map((r) => r.region)).toEqual(['全国', '全国', '全国']);
  });

  it('joins places 与 links in front of what they own', () => {
    expect(rows('一季度，浙江与山东之间的差距只有300亿元。', '2023-04-20')[0]).toMatchObject({ region: '浙江、山东' });
    expect(rows('日本与美国当天就归还8座基地达成协议。', '2023-04-20')[0]).toMatchObject({ region: '日本' });
  });

  it('takes 从…到 after a date as a stretch of time, not a deadline', () => {
    expect(rows('从2022年3月到2023年2月，月均新增充电桩约5.2万台。', '2023-03-20')[0]).toMatchObject({
      status: 'actual',
    });
  });
});

describe('a month going on', () => {
  it('dates the sentences a semicolon or 其中 joins to its own', () => {
    const list = rows(
      '前5个月全省出口2000亿元。5月份当月，全省进出口总值500亿元，增长6.1%。其中出口300亿元，增长7.2%；进口200亿元，增长4.4%。',
      '2023-06-10',
    );
    expect(list.map((r) => r.period)).toEqual(['2023-01/2023-05', '2023-05', '2023-05', '2023-05']);
  });

  it('does not date a later sentence of the paragraph otherwise', () => {
    const list = rows('3月，全省召开项目推进会。全年计划完成投资500亿元。', '2023-04-10');
    expect(list[0]!.period).not.toBe('2023-03');
  });
});

describe('a news page’s title over its subheadings', () => {
  it('dates the figures under a subheading after the lead', () => {
    const text = [
      '前三季度各省份GDP数据出炉 多地增长较快',
      'date: Mon, 30 Oct 2023 02:00:00 GMT  author: 新浪财经',
      '各地经济总体保持恢复态势，发展质量不断提升。',
      '东部沿海省份经济总量稳中有进',
      '数据显示，甲省GDP超过9万亿元，乙省GDP超过8万亿元。',
    ].join('\n');
    expect(rows(text).map((r) => r.period)).toEqual(['2023-Q1/2023-Q3', '2023-Q1/2023-Q3']);
  });
});

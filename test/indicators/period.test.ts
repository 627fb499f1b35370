// attribution/period.ts: a figure's own words, then what truly carries, then its frame.
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const periodOf = (text: string, value: number, refDate: string | null = null) =>
  indicators(text, refDate).find((f) => f.value === value)?.period;

describe('baselines', () => {
  it('never dates a figure with a comparison baseline, however far its opening word', () => {
    expect(periodOf('2021年1-9月，社会消费品零售总额比疫情前的2019年同期增长4.9%。', 4.9, '2021-11-02')).toBe(
      '2021-01/2021-09',
    );
  });

  it('carries no baseline to the sentences after it', () => {
    const text = '一季度全市地区生产总值增长2%，与2017年计划目标持平。其中，一产实现增加值16.9亿元。';
    expect(periodOf(text, 1690000000, '2017-06-04')).toBe('2017-Q1');
  });

  it("dates the figure right after a baseline with the baseline's period", () => {
    expect(periodOf('2015年一季度GDP增长7%，低于去年7.4%的增速。', 7.4, '2015-04-20')).toBe('2014');
    expect(periodOf('2025年，年末失业率从上半年5.5%降到5.3%。', 5.5, '2026-02-07')).toBe('2025-H1');
  });

  it("reads a share of a base period's level in the sentence's own period", () => {
    expect(periodOf('10月，国际航线旅客运输量恢复至2019年同期的96%。', 96, '2024-11-20')).toBe('2024-10');
  });

  it('reads 2020年同期 as the period in context, in 2020', () => {
    const text = '2021年1-2月，规模以上工业增加值增长70%，2020年同期规模以上工业增加值同比下降23.2%。';
    expect(periodOf(text, -23.2, '2021-03-20')).toBe('2020-01/2020-02');
  });
});

describe('relative years in frames', () => {
  it('reads 年度 and 上年 against the year of the section they stand in', () => {
    const text =
      '2025年某市政府工作报告\n各位代表：\n一、2024年工作回顾\n十件民生实事年度任务全部完成，新增托位1.2万个。\n常住人口由上年512万人增至515万人。';
    expect(periodOf(text, 12000, '2025-01-20')).toBe('2024');
    expect(periodOf(text, 5120000, '2025-01-20')).toBe('2023');
  });
});

describe('what carries', () => {
  it("does not carry a stock's day to the flows told after it", () => {
    const text = '2024年，经济稳定增长。年末常住人口的城镇化率达到67%。全国城镇调查失业率比上年下降0.1个百分点。';
    expect(periodOf(text, 67, '2025-03-01')).toBe('2024-12-31');
    expect(periodOf(text, -0.1, '2025-03-01')).toBe('2024');
  });

  it('does not carry now-words to the next paragraph', () => {
    expect(periodOf('目前，全区建成基站618处。\n全区拥有软件企业4000多家。', 4000, '2020-09-25')).toBeNull();
    expect(periodOf('目前，全区建成基站618处。\n全区拥有软件企业4000多家。', 618, '2020-09-25')).toBe('2020');
  });
});

describe("a frame's goals", () => {
  it('dates targets under a two-plan heading with the later plan', () => {
    const text =
      '2026年某市政府工作报告\n各位代表：\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n主要预期目标是：全员劳动生产率达58万元/人左右。';
    expect(periodOf(text, 580000, '2026-02-02')).toBe('2026/2030');
  });

  it("dates a release's plans with its year, its actuals with its part", () => {
    const text =
      '某市经济运行开局良好\n年初以来，全市经济发展实现了首季“开门红”。\n一季度全市实现工业增加值384.1亿元。\n全市计划播种面积1128万亩。';
    expect(periodOf(text, 38410000000, '2017-06-04')).toBe('2017-Q1');
    expect(periodOf(text, 11280000, '2017-06-04')).toBe('2017');
  });
});

describe('a part of the year not over at the page date', () => {
  it('is this year when told of as under way or ahead', () => {
    const text = '2021年前三季度，东莞经济增长8%。四季度，东莞要实现2305.38亿元的经济总量。';
    expect(periodOf(text, 230538000000, '2021-11-02')).toBe('2021-Q4');
  });

  it('is last year when the page reports its figures', () => {
    expect(periodOf('上半年，全市实现地区生产总值1200亿元。', 120000000000, '2017-06-04')).toBe('2016-H1');
  });
});

describe('前N个月', () => {
  it('is the months of the year so far, not inside 目前', () => {
    expect(periodOf('今年前10个月，全市进出口总额增长7.2%。', 7.2, '2024-11-26')).toBe('2024-01/2024-10');
    expect(periodOf('目前8个月来，全市新增企业300家。', 300, '2024-11-26')).toBe('2024');
  });
});

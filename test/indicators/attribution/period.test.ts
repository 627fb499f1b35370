// A figure's period (src/indicators/attribution/period.ts): carried through a text, and
// the comparisons, asides and lists that must not set it.
import { describe, expect, it } from 'vitest';
import { indicators } from '../../helpers.js';

const periods = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.period]);

describe('periods', () => {
  it('takes a section’s period from its heading or the title, across paragraphs', () => {
    const text =
      '2012年大庆市国民经济和社会发展统计公报\n大庆市统计局\n一、综合\n全市经济平稳增长。\n地方财政收入263亿元,同比增长24.8%。\n年末金融机构存款余额1970.6亿元。';
    expect(periods(text, '2013-03-20')).toEqual([
      [26300000000, '2012'],
      [197060000000, '2012-12-31'],
    ]);
  });

  it('lets a numbered heading’s year override the title’s, until the next heading of its level', () => {
    const text =
      '2021年政府工作报告\n一、2020年工作回顾\n过去一年极不平凡。\n国内生产总值增长2.3%。\n二、2021年主要目标任务\n城镇新增就业1100万人以上。\n居民消费价格涨幅3%左右。';
    expect(periods(text, '2021-03-05')).toEqual([
      [2.3, '2020'],
      [3, '2021'],
    ]);
  });

  it('ends a news item’s heading period at the next headline', () => {
    const text =
      '国内联播快讯\n前三季度我国交通投资保持高位\n前三季度完成投资超过2.5万亿元。\n自然资源部发布生态修复典型案例\n自然资源部发布了18个典型案例。';
    expect(periods(text, '2021-10-28')).toEqual([
      [2500000000000, '2021-Q1/2021-Q3'],
      [18, null],
    ]);
  });

  it('does not date a figure by its baseline (比去年同期, 比去年全年, 与一季度持平)', () => {
    expect(periods('今年上半年,在建项目比去年同期增长了40%。', '2020-09-03')).toEqual([[40, '2020-H1']]);
    expect(periods('2017年上半年全市GDP增长1.5%,比去年全年提高3.8个百分点。')).toEqual([
      [1.5, '2017-H1'],
      [3.8, '2017-H1'],
    ]);
    expect(periods('上半年全市GDP增速与一季度持平。工业增加值增长3%。', '2017-07-20')).toEqual([[3, '2017-H1']]);
  });

  it('lets no aside in brackets set the year of what follows', () => {
    const text = '一季度全市规上工业增加值增长2.1%(2015和2016年同期增速分别为3.3%、0.5%),拉动全市工业增长2.6个百分点。';
    expect(periods(text, '2017-04-20').at(-1)).toEqual([2.6, '2017-Q1']);
  });

  it('reads a year named relative to now (去年) as context only in its own sentence', () => {
    const text = '去年公主岭市并入长春。\n上半年汽车产业产值同比增长16.4%。';
    expect(periods(text, '2021-08-08')).toEqual([[16.4, '2021-H1']]);
  });

  it('reads a reporting period not over at publication as last year’s, and 同期为… as the year before', () => {
    expect(periods('上半年全市经济运行情况分析\n上半年,全市地区生产总值1228亿元。', '2017-06-04')).toEqual([
      [122800000000, '2016-H1'],
    ]);
    expect(periods('上半年,全市地区生产总值1228亿元。', '2017-08-04')).toEqual([[122800000000, '2017-H1']]);
    expect(periods('2017年上半年,固定资产投资增长2%,同期为下降9.8%。')).toEqual([
      [2, '2017-H1'],
      [-9.8, '2016-H1'],
    ]);
    expect(periods('截至今年9月,累计查处企业4万户。', '2021-10-28')).toEqual([[40000, '2021-09-30']]);
  });

  it('reads spans of months, month ends and the ends of a plan’s span', () => {
    expect(periods('1—7月,青岛实现外贸进出口3418.1亿元。', '2020-09-03')).toEqual([[341810000000, '2020-01/2020-07']]);
    expect(periods('截至5月末,全国5G基站总数达284.4万个。', '2023-06-21')).toEqual([[2844000, '2023-05-31']]);
    expect(periods('“十三五”初期,全国仍有约5万个行政村没有宽带。')).toEqual([[50000, '2016']]);
  });
});

describe('paragraphs', () => {
  it('reads a dash-led line as the paragraph before it continued', () => {
    const text = '刚刚过去的2025年,全省经济稳中有进。\n——“向新”的动能持续增强。规上工业企业利润增长6%。';
    expect(periods(text, '2026-02-09')).toEqual([[6, '2025']]);
  });
});

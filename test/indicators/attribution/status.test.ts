// Status of a figure (src/indicators/attribution/status.ts): actual, target or plan.
import { describe, expect, it } from 'vitest';
import { indicators } from '../../helpers.js';

const statuses = (text: string, refDate: string | null = null) => indicators(text, refDate).map((i) => i.status);

describe('a report’s goal list', () => {
  it('makes targets of every figure to the end of its paragraph, across ；and 。', () => {
    const text =
      '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右。规模以上工业增加值增长6%左右。\n过去一年，全市生产总值增长5.2%。';
    expect(statuses(text, '2025-01-20')).toEqual(['target', 'target', 'target', 'actual']);
  });

  it('opens in the next paragraph when its colon ends a paragraph', () => {
    const text =
      '今年发展的主要预期目标是：\n国内生产总值增长7.5%；居民消费价格涨幅控制在4%左右。\n去年进出口增长10%。';
    expect(statuses(text, '2012-03-05')).toEqual(['target', 'target', 'actual']);
  });

  it('does not reach back before its colon', () => {
    expect(statuses('去年全市生产总值增长5.2%。今年主要预期目标是：增长5%左右。', '2025-01-20')).toEqual([
      'actual',
      'target',
    ]);
  });
});

describe('goals and plans done', () => {
  it('reads the share of a goal or a plan done as progress, an actual', () => {
    expect(statuses('上半年完成了年度目标的66.8%。')).toEqual(['actual']);
    expect(statuses('111个省重点在建项目完成年度投资计划的70.9%。')).toEqual(['actual', 'actual']);
    // (of the period reported, not of the year whose goal it is)
    const done = indicators(
      '1—8月份，城镇新增就业781万人，完成全年目标任务的86.8%。居民人均可支配收入23781元。',
      '2020-09-15',
    );
    expect(done.map((i) => [i.value, i.status, i.period])).toEqual([
      [7810000, 'actual', '2020-01/2020-08'],
      [86.8, 'actual', '2020-01/2020-08'],
      [23781, 'actual', '2020-01/2020-08'],
    ]);
    // (a goal named by what it counts: 全年投资目标任务)
    const named = indicators(
      '今年1至7月份，公路、水路投资完成了全年投资目标任务的75.2%，同比增长12.1%。',
      '2020-08-27',
    );
    expect(named.map((i) => [i.value, i.period])).toEqual([
      [75.2, '2020-01/2020-07'],
      [12.1, '2020-01/2020-07'],
    ]);
  });
});

describe('plan words', () => {
  it('reads 安排, 拿出, 要, 可使 as plans', () => {
    expect(statuses('每年安排140亿元以上。')).toEqual(['plan']);
    expect(statuses('中央财政拿出1000亿元专项奖补资金。')).toEqual(['plan']);
    expect(statuses('今年要新建高标准农田1亿亩。', '2024-03-05')).toEqual(['plan']);
    expect(statuses('这项技术可使生产成本降低30%。')).toEqual(['plan']);
  });

  it('reads 安排 of a period over before publication as done, and 安排 as a noun in another clause as none', () => {
    const text =
      '2012年政府工作报告\n发布时间：2012-03-05\n2011年，中央财政安排资金300亿元。2012年，中央财政安排资金400亿元。';
    expect(statuses(text)).toEqual(['actual', 'plan']);
    expect(statuses('与制度性安排相结合，全年为市场主体减负超过2.6万亿元。', '2021-03-05')).toEqual(['actual']);
  });

  it('keeps 将在, 拟按 plans, but not figures a plan relies on (将凭借…资源优势——20所大学)', () => {
    expect(statuses('我国的固定资产投资将在20%左右。')).toEqual(['plan']);
    expect(statuses('赤字率拟按4%左右安排。', '2025-03-05')).toEqual(['plan']);
    expect(statuses('青岛也将凭借自己的资源优势——20所大学、9家国家重点实验室。')).toEqual(['actual', 'actual']);
  });

  it('lets 预计 cover its own clause and a clause with no subject of its own, not one with its own', () => {
    expect(statuses('全市地区生产总值预计增长5.1%左右，一般公共预算收入增长5.2%。', '2025-01-20')).toEqual([
      'plan',
      'actual',
    ]);
    expect(statuses('预计全年实现营业收入260亿元，增长10%。')).toEqual(['plan']);
  });
});

describe('approximation words', () => {
  const approx = (text: string) => indicators(text).map((i) => i.approx);
  it('reads negated comparisons the right way round', () => {
    expect(approx('项目总投资不超过73.4亿欧元。')).toEqual(['under']);
    expect(approx('年产值不低于10亿元。')).toEqual(['over']);
    expect(approx('全区软件企业不超过百家。')).toEqual(['under']);
  });

  it('reads passing a mark (迈上, 站上) and 及以上 as over', () => {
    expect(approx('2021年深圳经济总量站上3万亿元新台阶。')).toEqual(['over']);
    expect(approx('全省GDP增长了8%及以上。')).toEqual(['over']);
  });
});

describe('a work report’s own year', () => {
  const report = (body: string) =>
    `2025年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作。\n一、2024年工作回顾\n过去一年，全市生产总值增长5.2%。\n二、2025年重点工作\n${body}`;

  it('makes goals of figures of the report’s year that carry no status word (再提高20元)', () => {
    expect(statuses(report('今年城乡居民基础养老金最低标准再提高20元。'), '2025-01-20')).toEqual(['actual', 'target']);
  });

  it('leaves a stock told with 目前 an actual', () => {
    expect(statuses(report('目前全市有高新技术企业1.2万家。'), '2025-01-20')).toEqual(['actual', 'actual']);
  });
});

describe('estimates and results', () => {
  it('keeps 预计 a plan before a comparison (预计比上年增长)', () => {
    expect(statuses('一九七四年农业总产值预计比一九六四年增长百分之五十一。', '1975-01-13')).toEqual(['plan']);
  });

  it('reads 增长到今年的 as the level reached, not a deadline', () => {
    expect(statuses('快递年业务量从2015年的207亿件增长到今年的700亿件以上。', '2020-12-14')).toEqual([
      'actual',
      'actual',
    ]);
  });
});

describe('plan words that are nouns, and what a year already over won', () => {
  it('reads 计划 heading a 的 phrase or after a count as a noun (年计划的, 285个计划新开工项目)', () => {
    expect(statuses('就业、贷款分别完成年计划的118.2%、248.57%，居民收入分别增长4.3%、5.7%。')).toEqual([
      'actual',
      'actual',
      'actual',
      'actual',
    ]);
    expect(statuses('285个计划新开工项目全部开工，810个省重点项目完成投资10428.6亿元。')).toEqual([
      'actual',
      'actual',
      'actual',
    ]);
  });

  it('reads 争取 of a year over as won, of a year to come as a plan', () => {
    const review = '2026年某省政府工作报告\n2026-02-01\n一、2025年工作回顾\n新争取国家政策性资金4700多亿元。';
    expect(statuses(review)).toEqual(['actual']);
    expect(statuses('今年争取中央资金100亿元。', '2026-02-05')).toEqual(['plan']);
  });

  it('makes targets of figures under a heading naming the report’s year or a later span', () => {
    const text =
      '2026年某省政府工作报告\n各位代表：\n一、2025年工作回顾\n全省生产总值增长5%。\n二、“十五五”时期发展的主要考虑\n其中地区生产总值年均增长5%左右。';
    expect(statuses(text, '2026-02-05')).toEqual(['actual', 'target']);
  });
});

describe('a status word in a quoted name', () => {
  it('is part of the name, not said of a figure outside the quotes', () => {
    expect(statuses('为继续落实“两个确保”，2003年中央财政支出700亿元，比上年增长19.9%。', '2004-03-05')).toEqual([
      'actual',
    ]);
  });

  it('still says it of a figure inside the same quotes', () => {
    expect(statuses('他表示：“力争全年产值达到100亿元”。', '2024-03-05')).toEqual(['target']);
  });
});

describe('a figure dated after its page', () => {
  it('is a goal set for then, not a result (明年起…比例不低于80%)', () => {
    const text =
      '国务院常务会议召开\n2020-10-09 19:00:00\n明年起，重点区域新增或更新公交车辆，新能源汽车比例不低于80%。今年前8个月城镇新增就业781万人。';
    expect(statuses(text)).toEqual(['target', 'actual']);
  });
});

describe('a goal met in a review', () => {
  it('is a result (提前一年实现…500元和300元的目标)', () => {
    const text =
      '2010年政府工作报告\n——2010年3月5日在第十一届全国人民代表大会第三次会议上\n一、2009年工作回顾\n中央下达农村义务教育经费666亿元，提前一年实现农村中小学生人均公用经费500元和300元的目标。\n二、2010年主要任务\n今年的目标是，新增造林面积8880万亩。';
    expect(statuses(text)).toEqual(['actual', 'actual', 'actual', 'target']);
  });
});

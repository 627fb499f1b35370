// A figure's period (src/indicators/attribution/period.ts): carried through a text, and
// the comparisons, asides and lists that must not set it; a figure's own words, then what
// truly carries, then its frame.
import { describe, expect, it } from 'vitest';
import { indicators } from '../../helpers.js';

const periods = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.period]);

const periodOf = (text: string, value: number, refDate: string | null = null) =>
  indicators(text, refDate).find((f) => f.value === value)?.period;

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
      [11000000, '2021'],
      [3, '2021'],
    ]);
  });

  it('carries no report year named in passing in its review (为今年…预留政策空间)', () => {
    const text =
      '2022年政府工作报告\n各位代表：\n一、2021年工作回顾\n宏观政策同时考虑为今年应对困难挑战预留政策空间。建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。';
    expect(indicators(text, '2022-03-05').map((i) => [i.value, i.period, i.status])).toEqual([
      [2800000000000, '2021', 'actual'],
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
    // (nor that of the sentences after it)
    const next = '上半年中直投资下降11.7%(一季度为增长3.5%),负向拉动8.7个百分点。地方投资完成87.9亿元。';
    expect(periods(next, '2017-07-20').at(-1)).toEqual([8790000000, '2017-H1']);
  });

  it('reads the year so far (今年以来) under a release on a part of the year as that part', () => {
    const text = '上半年主要经济数据公布\n今年以来，服务业生产指数一直保持在8%以上的较高水平。';
    expect(periods(text, '2017-07-17')).toEqual([[8, '2017-H1']]);
    expect(periods('今年以来,我国新开工数据中心近70个。', '2023-06-21')).toEqual([[70, '2023']]);
    // (under a release on one month, from January to that month; a part not from January is no year so far)
    const month =
      '5月份国民经济持续稳定恢复\n国家统计局今天发布5月份主要经济数据。今年以来，全国规模以上工业增加值同比增长17.8%。';
    expect(periods(month, '2021-06-16')).toEqual([[17.8, '2021-01/2021-05']]);
    expect(periods('二季度主要经济数据公布\n今年以来，服务业生产指数保持在8%以上。', '2017-07-17')).toEqual([
      [8, '2017'],
    ]);
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
    // (a year-end stock goes on across a semicolon, not into the flows told after the full stop)
    const stocks = '2012年统计公报\n年末固定电话用户60万户；移动电话用户350.3万户。全年邮电业务收入34.3亿元。';
    expect(periods(stocks, '2013-03-20')).toEqual([
      [600000, '2012-12-31'],
      [3503000, '2012-12-31'],
      [3430000000, '2012'],
    ]);
    // (but a flow told after the semicolon is the year's, not the year-end day's)
    const flow = '某县2024年国民经济和社会发展统计公报\n年末全县共有A级景区12个；实现旅游总收入100亿元，增长8%。';
    expect(periods(flow, '2025-03-20')).toEqual([
      [12, '2024-12-31'],
      [10000000000, '2024'],
    ]);
    expect(periods('“十三五”初期,全国仍有约5万个行政村没有宽带。')).toEqual([[50000, '2016']]);
  });
});

describe('paragraphs', () => {
  it('reads a dash-led line as the paragraph before it continued', () => {
    const text = '刚刚过去的2025年,全省经济稳中有进。\n——“向新”的动能持续增强。规上工业企业利润增长6%。';
    expect(periods(text, '2026-02-09')).toEqual([[6, '2025']]);
  });
});

describe('baselines', () => {
  it('never dates a figure with a comparison baseline, however far its opening word', () => {
    expect(periodOf('2021年1-9月，社会消费品零售总额比疫情前的2019年同期增长4.9%。', 4.9, '2021-11-02')).toBe(
      '2021-01/2021-09',
    );
  });

  it('does not date a starting figure (从330.1元) with the day or now that dates its end', () => {
    const text = '民政部今天介绍，全国城市低保平均标准从每人每月330.1元增长到目前的694元。';
    expect(periods(text, '2021-09-17')).toEqual([
      [330.1, null],
      [694, '2021'],
    ]);
    // a starting figure with its own year keeps it
    expect(periodOf('今天公布，城镇化率从2015年的56.1%提高到64.7%。', 56.1, '2021-09-17')).toBe('2015');
  });

  it('carries a release’s month through its paragraph, not the 1—N月 of the paragraph before', () => {
    const text =
      '11月份国民经济运行情况\n国家统计局公布了11月份国民经济运行情况。\n1—11月，民间投资同比增长0.2%。\n数据显示，11月份，规模以上工业增加值同比增长7.0%。服务业生产指数中的8个大类行业7个实现了增长。';
    expect(periodOf(text, 8, '2020-12-15')).toBe('2020-11');
    expect(periodOf(text, 0.2, '2020-12-15')).toBe('2020-01/2020-11');
    // (a month told in passing carries nothing)
    const passing =
      '前11月工业企业利润运行情况\n国家统计局公布数据。\n1—11月份，规模以上工业企业利润同比增长2.4%，继10月份实现由负转正后稳步回升。41个工业大类行业中，25个行业利润总额同比增加。';
    expect(periodOf(passing, 25, '2020-12-27')).toBe('2020-01/2020-11');
  });

  it('reads 从业 and 由于 as words, not as the 从/由 of a starting figure', () => {
    const text = '前三季度，我国软件业从业平均人数796万人，同比增长7.3%。';
    expect(periodOf(text, 7960000, '2021-11-12')).toBe('2021-Q1/2021-Q3');
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

describe('a starting point and what it turned into (由A转为B)', () => {
  it('dates the rate after 由 by its own date and the one it turned into by the sentence’s', () => {
    const text = '二季度规模以上工业增加值由一季度的下降8.4%转为增长4.4%。';
    expect(periods(text, '2020-07-16')).toEqual([
      [-8.4, '2020-Q1'],
      [4.4, '2020-Q2'],
    ]);
  });

  it('lets a basis word stand between the starting point and its rate (由一季度同比下降6.8%)', () => {
    expect(periods('其中，经济增速在二季度由负转正，由一季度同比下降6.8%转为增长3.2%。', '2020-07-16')).toEqual([
      [-6.8, '2020-Q1'],
      [3.2, '2020-Q2'],
    ]);
  });

  it('leaves a comparison’s base out of the rate’s period (比2019年同期增长4.9%)', () => {
    expect(periods('2021年1-9月，社会消费品零售总额比2019年同期增长4.9%。')).toEqual([[4.9, '2021-01/2021-09']]);
  });
});

describe('a work report’s review of a span (五年来, “十四五”)', () => {
  const report = (body: string) => `2026年某省政府工作报告\n各位代表：\n一、2025年工作和“十四五”时期回顾\n${body}`;

  it('dates a level the span reached to its last year, what it added up to the span', () => {
    const text = report('五年来，城镇化率提高至64.8%，累计新增企业155万户、总量达474万户。');
    expect(periods(text, '2026-02-05')).toEqual([
      [64.8, '2025'],
      [1550000, '2021/2025'],
      [4740000, '2025'],
    ]);
  });

  it('reaches the later items of a 分别 list with the list’s verb (分别达46.84%、43.46%)', () => {
    expect(periods(report('五年来，绿化覆盖率、绿地率分别达46.84%、43.46%。'), '2026-02-05')).toEqual([
      [46.84, '2025'],
      [43.46, '2025'],
    ]);
  });

  it('dates a starting figure (从689万户增至951万户) to the year before the span', () => {
    expect(periods(report('五年来，经营主体从689万户增至951万户。'), '2026-02-05')).toEqual([
      [6890000, '2020'],
      [9510000, '2025'],
    ]);
  });

  it('keeps the span of a plan’s targets (“十五五”…达到65%左右)', () => {
    const text = '2026年某省政府工作报告\n各位代表：\n二、“十五五”时期主要目标\n常住人口城镇化率达到65%左右。';
    expect(periodOf(text, 65, '2026-02-05')).toBe('2026/2030');
  });

  it('lets the end of a rise (提高到2025年的14万元) date only its own figure', () => {
    const text = report('五年来，人均收入从2020年的10万元提高到2025年的14万元。财政收入从7248亿元提高到8865亿元。');
    expect(periodOf(text, 724800000000, '2026-02-05')).toBe('2020');
  });

  it('frames the paragraphs after one that opens with the year reviewed', () => {
    const text =
      '2026年某省政府工作报告\n各位代表：\n一、“十四五”时期和2025年工作回顾\n过去五年极不寻常。\n刚刚过去的2025年很不平凡。\n（一）稳就业。城镇新增就业121.7万人。';
    expect(periodOf(text, 1217000, '2026-02-05')).toBe('2025');
  });
});

describe('a year to come named in passing', () => {
  it('dates no figure of the sentences after it (2027年、2028年分别建成…)', () => {
    const text =
      '2026年某省政府工作报告\n各位代表：\n三、2026年重点工作\n今年建成两条高铁，2027年、2028年分别建成另外两条高铁。公路方面，高速公路里程突破9500公里。';
    expect(periodOf(text, 9500, '2026-02-01')).toBe('2026');
  });

  it('still dates the figures after it when its own clause gives figures', () => {
    const text = '计划规定，1985年工业总产值达到6050亿元。钢3900万吨。';
    expect(periodOf(text, 39000000, '1982-12-10')).toBe('1985');
  });
});

describe('a monthly release', () => {
  const text =
    '11月份CPI同比下降0.5%\n国家统计局今天发布数据显示，11月份，居民消费价格指数CPI同比下降0.5%，1—11月累计同比上涨2.7%。\n从同比看，食品价格由上月上涨2.2%转为下降2.0%。其中，猪肉价格同比下降12.5%。';

  it('keeps the year to date told after its last month to its own clause', () => {
    expect(periodOf(text, 2.7, '2020-12-09')).toBe('2020-01/2020-11');
    expect(periodOf(text, -12.5, '2020-12-09')).toBe('2020-11');
  });

  it('reads 上月 as the month before the one reported', () => {
    expect(periodOf(text, 2.2, '2020-12-09')).toBe('2020-10');
  });
});

describe('now, carried', () => {
  it('dates a level told after it, not a flow of the release’s period', () => {
    const text =
      '上半年全市经济运行情况分析\n上半年，全市农林牧渔业实现增加值47.5亿元。\n目前我市生猪收购价格为每公斤20元左右，达到了高位。畜牧业实现增加值37亿元，同比增长5.6%。';
    expect(periodOf(text, 20, '2017-08-04')).toBe('2017');
    expect(periodOf(text, 3700000000, '2017-08-04')).toBe('2017-H1');
  });
});

describe('a deadline heading its goals', () => {
  it('dates the goals told after a deadline whose own sentence tells no figure, across semicolons', () => {
    const text =
      '主要目标是，到2025年，绿色低碳循环发展的经济体系初步形成。单位国内生产总值能耗比2020年下降13.5%；非化石能源消费比重达到20%左右。';
    expect(indicators(text, '2021-10-24').map((i) => [i.value, i.period, i.status, i.change])).toEqual([
      [-13.5, '2025', 'target', null],
      [20, '2025', 'target', null],
    ]);
  });

  it('leaves a deadline whose sentence tells its own figure to that sentence', () => {
    const text = '到2025年，森林覆盖率达到24.1%。全国森林面积2.2亿公顷。';
    expect(periodOf(text, 220000000, '2021-10-24')).not.toBe('2025');
  });
});

describe('全年 in a review whose heading names no year', () => {
  it('is the year the review reports on, not the report’s own', () => {
    const text =
      '2004年政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上\n一、一年来工作回顾\n（三）加快社会事业发展\n中央财政全年用于教育事业的支出达855亿元，比上年增长12.4%；国债投资达163亿元。';
    expect(indicators(text).map((i) => [i.value, i.period, i.status])).toEqual([
      [85500000000, '2003', 'actual'],
      [16300000000, '2003', 'actual'],
    ]);
  });
});

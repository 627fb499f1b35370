// Whose figure, of when: periods and places carried through a text, and the
// comparisons, asides and lists that must not set them.
import { describe, expect, it } from 'vitest';
import { events, indicators } from './helpers.js';

const periods = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.period]);
const regions = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.region]);

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

describe('regions', () => {
  it('lets a place named as an example in a text about another own the next sentence at most', () => {
    const text = '2026年山东省政府工作报告\n青岛获批国家级新区。全省新增高新技术企业5000家。新改造村卫生室2.1万个。';
    expect(regions(text)).toEqual([
      [5000, '山东'],
      [21000, '山东'],
    ]);
  });

  it('carries no place that is an item of a list (济南、青岛都市圈获批)', () => {
    const text = '2026年山东省政府工作报告\n济南、青岛都市圈获批。常住人口城镇化率达到67.5%。';
    expect(regions(text)).toEqual([[67.5, '山东']]);
  });

  it('resolves 全省 to the place the title names, not to one mentioned before', () => {
    const text = '2026年山东省政府工作报告\n临沂机场航站楼投用。全省进出口增长4.5%。';
    expect(regions(text)).toEqual([[4.5, '山东']]);
  });

  it('does not carry a place that only sets the scene (在合肥的这家工厂) or heads a name (临沂机场)', () => {
    expect(regions('在合肥的这家工厂,生产效率提高了30%。\n国家公布了123个试点示范项目。')).toEqual([
      [30, '合肥'],
      [123, null],
    ]);
    expect(regions('临沂机场航站楼投用。实施提振消费工程,落实资金280多亿元。')).toEqual([[28000000000, null]]);
  });

  it('does not take the other side of a comparison or a ranking’s scope (高于全国, 全国第一) as the owner', () => {
    expect(regions('山东规上工业增加值增长7.6%,高于全国1.7个百分点。')).toEqual([
      [7.6, '山东'],
      [1.7, '山东'],
    ]);
    expect(regions('江苏全年经济增量保持全国第一,地区生产总值增长5.3%。')).toEqual([[5.3, '江苏']]);
  });

  it('pairs places listed with 分别 with their figures, in order', () => {
    expect(regions('广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%。')).toEqual([
      [2, '广东'],
      [1.6, '江苏'],
      [3.6, '山东'],
      [2.5, '浙江'],
    ]);
  });
});

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

  it('reads 目标 as a target only for the figure it names', () => {
    const [saving, carbon] = indicators('能耗强度超额完成国家激励目标,碳排放强度下降20.5%,万元生产总值用水量下降22%。');
    expect([saving?.status, carbon?.status]).toEqual(['actual', 'actual']);
    expect(indicators('围绕完成技术改造项目5000个的年度目标。', '2021-05-19')[0]).toMatchObject({
      status: 'target',
      period: '2021',
    });
  });
});

describe('labels', () => {
  it('names a rate’s distance from another’s after that rate, and the two ends of a rise after what rises', () => {
    expect(indicators('规上工业增加值增长7.6%,高于全国1.7个百分点。').map((i) => i.label)).toEqual([
      '规上工业增加值',
      '规上工业增加值增速高于全国',
    ]);
    expect(indicators('汽车保有量由2552万辆增至3230万辆。').map((i) => i.label)).toEqual(['汽车保有量', '汽车保有量']);
  });

  it('leaves asides in brackets and particles out of a label, but keeps a closing short form and one-character alternatives', () => {
    expect(indicators('两化(信息化、工业化)融合指数达到83。').map((i) => i.label)).toEqual(['两化融合指数']);
    expect(indicators('全市建成了5G基站1万个。').map((i) => i.label)).toEqual(['建成5G基站']);
    expect(indicators('地区生产总值（GDP）增长5%。').map((i) => i.label)).toEqual(['地区生产总值（GDP）']);
    expect(indicators('中欧（亚）班列开行1.2万列。').map((i) => i.label)).toEqual(['中欧（亚）班列开行']);
  });

  it('names an aggregate metric only when nothing but a scope, a place or a time narrows it', () => {
    const metric = (t: string) => indicators(t)[0]?.metric;
    expect(metric('2020年全市规模以上工业增加值增长5%。')).toBe('industrial_value_added');
    expect(metric('2020年全市农业生产总值达到320亿元。')).toBeNull();
    expect(metric('前11个月交通固定资产投资3.4万亿元。')).toBeNull();
    expect(metric('装备制造业增加值增长7.7%。')).toBeNull();
    expect(metric('英国国内生产总值环比增长1.8%。')).toBe('gdp');
    expect(metric('居民消费价格指数CPI上涨2.5%。')).toBe('cpi');
    // Not an aggregate: a verb or a population before the name leaves it.
    expect(metric('新登记市场主体18万户。')).toBe('market_entities');
  });

  it('keeps a one-character label that names what is counted, not a measure word or a word of grammar', () => {
    expect(indicators('21个省（区、市）完成了换届选举。').map((i) => i.label)).toEqual(['省']);
    expect(indicators('这艘21万吨可转换氨燃料发动机的船舶相比传统燃料，可减少95%的排放。').map((i) => i.label)).toEqual(
      [null, null],
    );
  });

  it('gives each item of a 分别 list the head its items share, and leaves items that name themselves alone', () => {
    const labels = (t: string) => indicators(t).map((i) => [i.label, i.metric]);
    expect(labels('工业、高新技术产业增加值分别增长5%和9%。')).toEqual([
      ['工业增加值', 'industrial_value_added'],
      ['高新技术产业增加值', null],
    ]);
    expect(labels('猪肉、牛肉价格分别下降1.3%和0.5%。').map(([l]) => l)).toEqual(['猪肉价格', '牛肉价格']);
    expect(labels('进口、出口分别同比增长3%和5%。').map(([l]) => l)).toEqual(['进口', '出口']);
    expect(labels('高技术制造业、装备制造业增加值分别增长8.9%、7.7%。')[0]).toEqual([
      '高技术制造业增加值',
      'high_tech_manufacturing_value_added',
    ]);
    expect(labels('货物运输总量、货物运输周转量分别比上年增长12.3%、13.7%。').map(([l]) => l)).toEqual([
      '货物运输总量',
      '货物运输周转量',
    ]);
  });

  it('puts a running total (累计) after the label it borrows, a flow (新增) before it', () => {
    expect(indicators('净增高新技术企业2720家,累计达9772家;青岛新增567家。').map((i) => i.label)).toEqual([
      '净增高新技术企业',
      '高新技术企业累计',
      '新增高新技术企业',
    ]);
  });

  it('dates a figure of the year so far (今年以来) by the year', () => {
    expect(periods('今年以来,我国新开工数据中心近70个。', '2023-06-21')).toEqual([[70, '2023']]);
  });
});

describe('events', () => {
  it('does not make events of statistics or of the start of a stretch of time', () => {
    expect(events('2012年,全年完成固定资产投资额1375.5亿元。')).toEqual([]);
    expect(events('年初以来,全市经济延续了企稳回升态势。', '2017-06-04')).toEqual([]);
  });

  it('dates an event by 今年 alone only with a verb that tells what happened, and no figure', () => {
    expect(events('今年,“加强新型基础设施建设”被首次写入政府工作报告。', '2020-05-27')).toMatchObject([
      { date: '2020', dateBasis: 'reference', kind: 'other' },
    ]);
    expect(events('青岛已经是今年华为云城市峰会举办的第二站。', '2021-05-19')).toEqual([]);
    expect(events('今年城镇保障性住房基本建成470万套。', '2021-05-19')).toEqual([]);
  });

  it('reads what a year alone in its clause says in the next (从2015年开始,国家启动…)', () => {
    expect(events('从2015年开始,国家启动农村光纤网络覆盖行动。')).toMatchObject([{ date: '2015', kind: 'launch' }]);
  });

  it('keeps an event’s date from dating later figures, while a quarter still does', () => {
    expect(indicators('2019年初成立了创新联盟。联盟企业已实现销售额2000余万元。')[0]?.period).toBeNull();
    expect(
      indicators('一季度,国家公布了123个示范项目。75个项目建成投入运行。', '2022-04-24').map((i) => i.period),
    ).toEqual(['2022-Q1', '2022-Q1']);
  });

  it('says the year came from the publication date when the page’s own date line gave it', () => {
    const [e] = events('2020-11-20 19:30:00 来源：央视网\n2020中国5G+工业互联网大会20日在武汉开幕。');
    expect(e).toMatchObject({ date: '2020-11-20', dateBasis: 'publication' });
  });
});

// The metric a figure's label names (src/indicators/metrics.ts, rules/metrics.yaml): counts
// of people that are tracked, families of figures, and names that do not govern the figure.
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const metrics = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.metric]);

describe('counts of people', () => {
  it('are figures when a tracked metric ends their label', () => {
    expect(metrics('城镇新增就业42.3万人。')).toEqual([[423000, 'employment']]);
    expect(metrics('旅客运输量6409.2万人次。')).toEqual([[64092000, 'passengers']]);
    expect(metrics('全国保障城乡低保对象4333.5万人。')).toEqual([[43335000, 'social_assistance']]);
    expect(metrics('全年引进人才20000人。')).toEqual([[20000, 'talent']]);
    expect(metrics('年末常住人口1026万人。')).toEqual([[10260000, 'population']]);
  });

  it('stay out when incidental', () => {
    expect(metrics('150余位行业代表参加峰会。')).toEqual([]);
    expect(metrics('20位企业家代表与专家现场互动交流。')).toEqual([]);
  });
});

describe('families', () => {
  it('name what kind of figure it is when no narrower metric does', () => {
    expect(metrics('装备制造业增加值增长7.7%。')).toEqual([[7.7, 'value_added']]);
    expect(metrics('民间投资增长5%。')).toEqual([[5, 'investment']]);
    expect(metrics('新培育科技型企业120家。')).toEqual([[120, 'enterprises']]);
    expect(metrics('新培育专精特新企业120家。')).toEqual([[120, 'specialised_smes']]);
    // A narrower metric wins.
    expect(metrics('工业投资增长12.5%。')).toEqual([[12.5, 'industrial_investment']]);
    expect(metrics('高新技术企业超6.1万家。')).toEqual([[61000, 'high_tech_enterprises']]);
  });
});

describe('a name that does not govern the figure', () => {
  it('gives no metric to a share of it; a contribution to it is a pull, not it', () => {
    expect(metrics('数字经济核心产业增加值2306亿元，占GDP的26.7%，同比增长16.7%。')).toEqual([
      [230600000000, 'digital_economy_core_value_added'],
      [26.7, null],
    ]);
    expect(metrics('消费拉动GDP增长3.3个百分点。')).toEqual([[3.3, 'growth_pull']]);
    expect(metrics('净出口拉低GDP增长0.3个百分点。')).toEqual([[-0.3, 'growth_pull']]);
    // a verb metric names only figures of its class: a pull is in points
    expect(metrics('投资拉动GDP增长3%。')).toEqual([[3, null]]);
    expect(metrics('单位国内生产总值能耗降低3%。')).toEqual([[-3, 'energy_intensity']]);
  });
});

describe('words closing a label after the name', () => {
  it('leave the figure the metric of the name (a growth over years, a target, a range start)', () => {
    expect(metrics('规模以上工业增加值两年平均增长6.9%。')).toEqual([[6.9, 'industrial_value_added']]);
    expect(metrics('居民消费价格涨幅控制在3%左右。')).toEqual([[3, 'cpi']]);
    expect(metrics('常住人口城镇化率从60.2%提高到66.2%。')).toEqual([
      [60.2, 'urbanization_rate'],
      [66.2, 'urbanization_rate'],
    ]);
  });

  it('do not make an increase a level of the metric', () => {
    expect(metrics('GDP总量增加2811亿元。')).toEqual([[281100000000, null]]);
  });
});

describe('a bare level under a heading', () => {
  const text = [
    '粤苏鲁差距缩小',
    '2022年上半年国内生产总值562642亿元，同比增长2.5%。',
    '2022年的整体站位与2021年同期相比基本保持一致。',
    '广东（59518亿元）、江苏（56909亿元）仍牢固全国经济强省的地位。',
  ].join('\n');

  it('takes the metric last named in its section', () => {
    const found = indicators(text, '2022-07-17').filter((i) => i.region === '广东' || i.region === '江苏');
    expect(found.map((i) => [i.value, i.metric])).toEqual([
      [5951800000000, 'gdp'],
      [5690900000000, 'gdp'],
    ]);
  });

  it('takes none a heading before the metric shuts out', () => {
    const cut = ['2022年上半年国内生产总值562642亿元。', '二、财政', '广东（59518亿元）仍居首位。'].join('\n');
    expect(indicators(cut, '2022-07-17').find((i) => i.value === 5951800000000)?.metric ?? null).toBeNull();
  });
});

describe('table group headings', () => {
  it('give their metric to the rows under them, until the next', () => {
    const table = [
      '2012年畜牧业生产及产品产量',
      '指标名称',
      '指标值',
      '同比增长（±%）',
      '期末畜禽存栏',
      '猪（万头）',
      '171.5',
      '17.4',
      '羊（万只）',
      '121.7',
      '7.0',
      '期末畜禽出栏',
      '肥猪（万头）',
      '221.3',
      '12.9',
      '肉羊（万只）',
      '96.2',
      '5.3',
    ].join('\n');
    expect(metrics(table, '2013-03-01')).toEqual([
      [1715000, 'livestock_stock'],
      [1217000, 'livestock_stock'],
      [2213000, 'livestock_slaughtered'],
      [962000, 'livestock_slaughtered'],
    ]);
  });
});

describe('table columns', () => {
  it('headed by a metric name give it to rows that name none', () => {
    const table = [
      '2012年主要农产品产量',
      '指标名称',
      '产量（万吨）',
      '同比增长（±%）',
      '玉 米',
      '540.4',
      '17.8',
      '大 豆',
      '7.0',
      '-1.6',
    ].join('\n');
    expect(metrics(table, '2013-03-01')).toEqual([
      [5404000, 'production'],
      [70000, 'production'],
    ]);
  });
});

describe('names that govern a figure across words', () => {
  it('reach past a threshold counted before the figure (迈上4个万亿元台阶、达…)', () => {
    expect(metrics('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。')).toContainEqual([
      14200000000000,
      'gdp',
    ]);
  });

  it('reach past a 的 before the tail (高新技术企业的数量)', () => {
    expect(metrics('高新技术企业的数量达到近4000家。')).toEqual([[4000, 'high_tech_enterprises']]);
  });

  it('do not give a list item the ending of the last item’s own name', () => {
    const found = indicators('今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。');
    expect(found.find((i) => i.value === -15)?.metric ?? null).toBeNull();
  });

  it('do not give an age the metric of an earlier paragraph', () => {
    const text = '便捷的交通带来了山外游客。\n今年53岁的村民朱小红是种植能手。';
    expect(indicators(text).filter((i) => i.metric !== null)).toEqual([]);
  });
});

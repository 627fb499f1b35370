// What a figure measures (src/indicators/labels.ts, label-text.ts, metrics.ts).
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const periods = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.period]);

describe('labels', () => {
  it('names a rate’s distance from another’s after that rate, and the two ends of a rise after what rises', () => {
    expect(indicators('规上工业增加值增长7.6%,高于全国1.7个百分点。').map((i) => i.label)).toEqual([
      '规上工业增加值',
      '规上工业增加值增速高于全国',
    ]);
    expect(indicators('汽车保有量由2552万辆增至3230万辆。').map((i) => i.label)).toEqual(['汽车保有量', '汽车保有量']);
    // (what rises may be told in a clause of its own, not a word of grammar)
    expect(indicators('第三产业比重，由2015年的40.1%提高到2020年的45.2%。').map((i) => i.label)).toEqual([
      '第三产业比重',
      '第三产业比重',
    ]);
    expect(indicators('因此，从11.5%上升到17%。').map((i) => i.label)).toEqual([null, null]);
  });

  it('names the level a 百分点 rise reached after that level, not a metric before it', () => {
    const labels = indicators('粮食产量达到6.07亿吨，消费对经济增长的贡献率上升3个百分点，达到51.2%。').map(
      (i) => i.label,
    );
    expect(labels).toEqual(['粮食产量', '消费对经济增长的贡献率', '消费对经济增长的贡献率']);
  });

  it('names a share by the noun after its 的 when the words before name nothing of it', () => {
    const shares = indicators('全国建成职教集团1500多个，覆盖了90%以上的高职院校、近70%的中职学校。');
    expect(shares.filter((i) => i.unit === '%').map((i) => i.label)).toEqual(['高职院校', '中职学校']);
    // (增速 names the rate, though jieba tags it a verb)
    expect(indicators('共有21个省份增速高于4.8%的全国水平。').find((i) => i.value === 4.8)?.label).not.toBe('全国水平');
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
    // Narrowed, the figure is not the aggregate, but still a figure of the family its head names.
    expect(metric('前11个月交通固定资产投资3.4万亿元。')).toBe('investment');
    expect(metric('装备制造业增加值增长7.7%。')).toBe('value_added');
    expect(metric('英国国内生产总值环比增长1.8%。')).toBe('gdp');
    expect(metric('居民消费价格指数CPI上涨2.5%。')).toBe('cpi');
    // Not an aggregate: a verb or a population before the name leaves it.
    expect(metric('新登记市场主体18万户。')).toBe('market_entities');
  });

  it('keeps a one-character label that names what is counted, not a measure word or a word of grammar', () => {
    expect(indicators('21个县完成了换届选举。').map((i) => i.label)).toEqual(['县']);
    expect(indicators('这艘21万吨可转换氨燃料发动机的船舶相比传统燃料，可减少95%的排放。').map((i) => i.label)).toEqual(
      [null, null],
    );
  });

  it('gives each item of a 分别 list the head its items share, and leaves items that name themselves alone', () => {
    const labels = (t: string) => indicators(t).map((i) => [i.label, i.metric]);
    expect(labels('工业、高新技术产业增加值分别增长5%和9%。')).toEqual([
      ['工业增加值', 'industrial_value_added'],
      ['高新技术产业增加值', 'value_added'],
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

  it('ends a rate told by a noun with that noun, and still reads the metric (GDP增速, …平均增速)', () => {
    const read = (t: string) => indicators(t).map((i) => [i.label, i.metric]);
    expect(read('北部生态发展区的GDP增速也达到0.7%。')).toEqual([['北部生态发展区GDP增速', 'gdp']]);
    expect(read('规模以上工业增加值平均增速为7.35%。')).toEqual([
      ['规模以上工业增加值平均增速', 'industrial_value_added'],
    ]);
    // An increase is no level of the metric: GDP总量增加 names no GDP figure.
    expect(read('GDP总量增加了约1.36万亿元。')[0]?.[1]).toBeNull();
    // A second basis's words replace the first's rate noun.
    const list = indicators('汽车、电力累计增速分别为76.3%和36.3%，两年平均增速分别为7.3%和3.7%。');
    expect(list.map((i) => i.label).at(-1)).toBe('电力累计两年平均增速');
  });

  it('puts a running total (累计) after the label it borrows, a flow (新增) before it', () => {
    expect(indicators('净增高新技术企业2720家,累计达9772家;青岛新增567家。').map((i) => i.label)).toEqual([
      '净增高新技术企业',
      '高新技术企业累计',
      '新增高新技术企业',
    ]);
  });

  it('names what a count counts, not the measure its items moved (36个行业利润增速加快)', () => {
    const labels = (text: string) => indicators(text).map((i) => i.label);
    expect(labels('有36个行业利润增速加快，有25个行业利润同比实现增长。')).toEqual(['行业', '行业']);
    expect(labels('590种工业产品中有288种产品产量增速回升。')[1]).toBe('产品');
    expect(labels('41个工业大类行业中，25个行业利润总额同比增加。')[1]).toBe('行业');
    // (a count of things that are themselves counted keeps its whole name)
    expect(labels('全市新增120家国家级高新技术企业。')).toEqual(['新增国家级高新技术企业']);
    // (a share in tenths of what follows it: 七成行业)
    expect(labels('规模以上工业增加值同比增长7.0%，41个大类行业中，超过七成行业都实现了增长。')[2]).toBe('行业');
  });

  it('dates a figure of the year so far (今年以来) by the year', () => {
    expect(periods('今年以来,我国新开工数据中心近70个。', '2023-06-21')).toEqual([[70, '2023']]);
  });
});

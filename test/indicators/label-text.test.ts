import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const labels = (text: string, refDate = '2021-11-02') => indicators(text, refDate).map((i) => i.label);

describe('label names', () => {
  it('drops a verb right before a value noun (一产实现增加值), not before 投资', () => {
    expect(labels('一季度一产实现增加值16.9亿元。')).toEqual(['一产增加值']);
    expect(labels('阳江规上工业累计完成增加值323.46亿元。')).toEqual(['规上工业增加值']);
    expect(labels('城镇实现零售额266.2亿元。')).toEqual(['城镇零售额']);
    expect(labels('全市重点项目完成投资120亿元。')).toEqual(['重点项目完成投资']);
  });

  it('leaves out a page’s tag or a series’ name opening a title ([视频], 【…】)', () => {
    expect(labels('[视频]春节前6日共发送旅客7724.3万人次', '2021-02-17')).toEqual(['春节前6日共发送旅客']);
    expect(labels('【“十三五”成就巡礼】高技术制造业增加值增长10.4%', '2021-03-02')).toEqual(['高技术制造业增加值']);
  });
});

describe('figures alone in brackets', () => {
  it('measure the words the brackets gloss (发酵酒（增长87%）), from the last 的 or comparison on', () => {
    expect(labels('增幅较大的有发酵酒（增长87%）、液体乳（增长51.8%）。', '2017-04-20')).toEqual(['发酵酒', '液体乳']);
    expect(labels('较第二位的弗迪电池（22.25%）。')).toEqual(['弗迪电池']);
  });

  it('of a place or a place’s level, take the label of the figure before', () => {
    const list = labels('各省增速高于4.8%的全国水平，其中江西（6.9%）、福建（6.7%）位列前三。', '2022-04-27');
    expect(list).toEqual(['各省增速', '各省增速', '各省增速']);
    expect(labels('增速超过全国水平（4.8%）的省份还包括内蒙古（5.8%）。', '2022-04-27')).toEqual(['增速', '增速']);
    expect(labels('天津地区生产总值1.57万亿元，增速6.6%，低于全国平均水平（8.1%）。').at(-1)).toBe('地区生产总值');
  });
});

describe('figures that name nothing and follow none', () => {
  it('take the measure named last in the paragraph, else first after them in the sentence', () => {
    expect(labels('东部省份增速有所放缓。其中，广东（3.3%）、江苏（4.6%）低于全国水平。', '2022-04-27')).toEqual([
      '增速',
      '增速',
    ]);
    expect(labels('湖北、安徽分别以10804.66亿元、10347.7亿元，首次进入一季度GDP万亿俱乐部。', '2022-04-27')).toEqual([
      'GDP',
      'GDP',
    ]);
  });
});

describe('label ends and joins', () => {
  it('drops adverbs, particles, streaks and threshold verbs at the end', () => {
    expect(labels('日产量首次突破4000吨。')).toEqual(['日产量']);
    expect(labels('粮食产量继续保持500亿斤以上。')).toEqual(['粮食产量']);
    expect(labels('全国城镇调查失业率已经连续两个月保持在5%以下。', '2017-07-17')[0]).toBe('城镇调查失业率');
    expect(labels('边缘基础架构的开支在2025年将超过200亿美元。')[0]).toBe('边缘基础架构的开支');
  });

  it('keeps 占比 whole (占/v 比/p)', () => {
    expect(labels('民间投资占比达到64.7%。')).toEqual(['民间投资占比']);
  });

  it('leaves out a 的 between nouns, not the 的 of a clause', () => {
    expect(labels('年末常住人口的城镇化率达到67%。')).toEqual(['常住人口城镇化率']);
    expect(labels('战略性新兴产业增加值占规上工业增加值的比重达到34.6%。')).toEqual([
      '战略性新兴产业增加值占规上工业增加值比重',
    ]);
    expect(labels('投资对经济增长的贡献率为40%。')).toEqual(['投资对经济增长的贡献率']);
    expect(labels('拥有国内外标准及资质的企业43家。')).toEqual(['国内外标准及资质的企业']);
  });
});

describe('labels of figures that name only how or against what', () => {
  it('a distance between rates names the growth compared', () => {
    expect(labels('规上工业增加值增长7.7%，高于全国1.8个百分点。')).toEqual([
      '规上工业增加值',
      '规上工业增加值增速高于全国',
    ]);
  });

  it('a baseline keeps its words after the name; the next rate drops them', () => {
    expect(
      labels('深圳社会消费品零售总额6959.02亿元，同比增长15.1%，比疫情前的2019年同期增长4.9%，两年平均增长2.4%。'),
    ).toEqual(['社会消费品零售总额', '社会消费品零售总额比疫情前的2019年同期增长', '社会消费品零售总额两年平均增长']);
  });

  it('a rate does not borrow from a distance between rates', () => {
    expect(labels('汕尾固定资产投资同比增长25.1%，增速比1-8月提高3.6个百分点，两年平均增长19.7%。').at(-1)).toBe(
      '固定资产投资两年平均增长',
    );
  });

  it('verbs that reach a level give way to the figure before', () => {
    expect(labels('规模以上工业增加值的两年平均增速从上半年的4.7%下跌至3.80%。')).toEqual([
      '规模以上工业增加值两年平均增速',
      '规模以上工业增加值两年平均增速',
    ]);
  });
});

describe('the measured noun before or after the number', () => {
  it('an amount told after a verb measures the noun after it', () => {
    expect(labels('农业发展银行安排1600亿元信贷资金。', '2022-03-05')).toEqual(['信贷资金']);
    expect(labels('开工建设10万千瓦农业光伏项目。', '2022-08-13')).toEqual(['农业光伏项目']);
    expect(labels('新建1亿亩高标准农田。', '2022-03-05')).toEqual(['新建高标准农田']);
    expect(labels('对小微企业年应纳税所得额100万元至300万元部分减半征收。', '2022-03-05')).not.toContain('部分');
  });

  it('a share told as N%的X measures X', () => {
    expect(labels('80%的中小学纳入教联体。')).toEqual(['中小学']);
  });

  it('drops who acted and what they did before the measured noun', () => {
    expect(labels('现公司已在安顺市获得规模项目21个。', '2022-08-13')).toEqual(['规模项目']);
    expect(labels('城镇登记失业率4.5%以内。', '2019-03-05')).toEqual(['城镇登记失业率']);
    expect(labels('国家技术创新中心、制造业创新中心达到8家。', '2025-01-01')[0]).not.toBe('中心');
  });
});

describe('what a label leaves out', () => {
  it('examples before 等, how it came about, whose it is', () => {
    expect(labels('引进华为智能生活馆、砂之船奥莱等首店100多家。', '2025-01-01')).toEqual(['引进首店']);
    expect(labels('装备制造业在沃尔沃带动下实现增加值9.5亿元。', '2017-04-20')).toEqual(['装备制造业增加值']);
    expect(labels('他们的生产效率将提升35%。', '2020-06-01')).toEqual(['生产效率']);
  });

  it('what is counted: a group after 等, not 中 after it, not a threshold', () => {
    expect(labels('平台汇聚了390多万家研发、生产、物流、金融等工业生态资源。')).toEqual(['工业生态资源']);
    expect(labels('纳入统计的82种工业产品中，36种产品产量增长。', '2017-04-20')[0]).toBe('工业产品');
    expect(labels('陈世伟所在的企业从这个平台上拿到了2000万元的订单。')).toEqual(['订单']);
    expect(labels('全年粮食产量首次站上1.4万亿斤的新台阶。', '2025-01-17')).toEqual(['粮食产量']);
  });
});

describe('counted nouns and leading words', () => {
  it('what is counted ends before trail words; a qualifier may open it', () => {
    expect(labels('实现41个工业大类全覆盖。')).toEqual(['工业大类']);
    expect(labels('超过50%的新增基础架构将考虑部署在边缘侧。')).toEqual(['新增基础架构']);
    expect(labels('带动超过255万个新增就业岗位。')[0]).toContain('就业岗位');
  });

  it('a short word before a count is kept only when it is no noun', () => {
    expect(labels('杭州西站设有11个站台20条轨道线。')).toEqual(['站台', '轨道线']);
    expect(labels('建成81个数字车间。')).toEqual(['建成数字车间']);
  });

  it('drops a count of owners and a relative day before the label', () => {
    expect(labels('目前，7省份的增速超过或等于6%。', '2022-04-27')).toEqual(['增速']);
    expect(labels('仅深圳市交易团，昨天（5日）一天意向协议总额就超过了100亿美元。', '2019-11-06')).toEqual([
      '意向协议总额',
    ]);
  });
});

describe('owners and subjects before the measure', () => {
  it('what a count counts owns what follows its 的 or a rate noun', () => {
    expect(labels('2021年这3个省份的GDP均增长了8%及以上。', '2022-02-01').at(-1)).toBe('GDP');
    expect(labels('共有21个省份增速高于4.8%的全国水平。', '2022-04-27').at(-1)).toBe('增速');
    expect(labels('211个涉海重点项目完成投资超800亿元。', '2026-01-20').at(-1)).toBe('涉海重点项目完成投资');
  });

  it('a rate named after it, where the words before only compare, is that rate', () => {
    expect(labels('固定资产投资两年平均增长7.5%，高于全国同期1.7%的两年平均增速。', '2021-03-20').at(-1)).toBe(
      '两年平均增速',
    );
  });

  it('a share word alone after a share in its sentence is that share', () => {
    expect(
      labels('2013年，第三产业占GDP比重46.9%，2014年占比提高到48.2%，今年一季度更升至51.6%。', '2015-04-15'),
    ).toEqual(['第三产业占GDP比重', '第三产业占GDP比重', '第三产业占GDP比重']);
    // (with no share before it, 占比 shares out the level right before: labels.ts shareOf)
    expect(labels('非化石能源发电装机达到1.39亿千瓦，占比由31%提升至54%。', '2026-01-20')[1]).toBe(
      '非化石能源发电装机占比',
    );
  });

  it('a plan word before an activity leaves the subject out; not before a plain verb', () => {
    expect(labels('全资子公司盘江普定拟投资50亿元。', '2022-08-13')).toEqual(['投资']);
    expect(labels('中央预算内投资拟安排7000亿元。', '2024-03-05')[0]).toContain('中央预算内投资');
  });
});

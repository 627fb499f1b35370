import { describe, expect, it } from 'vitest';
import { events, facts, indicators, organizations } from './helpers.js';

describe('indicators', () => {
  it('reads label, metric, region, period and yoy change', () => {
    const [i] = indicators(
      '根据两地发布的2020年统计公报显示,苏州当年实现第二产业增加值9385.6亿元,同比增长3.4%。',
      '2021-05-19',
    );
    expect(i).toMatchObject({
      metric: 'value_added_secondary',
      label: '第二产业增加值',
      region: '苏州',
      period: '2020',
      value: 938560000000,
      unit: 'CNY',
      raw: '9385.6亿元',
      change: { basis: 'yoy', value: 3.4, unit: '%' },
      status: 'actual',
    });
  });

  it('carries the label and period to a figure that names neither (同期…的数据为)', () => {
    const [, q] = indicators(
      '苏州当年实现第二产业增加值9385.6亿元,同比增长3.4%,同期青岛的数据为4361.56亿元,同比增长3.0%。',
      '2021-05-19',
    );
    expect(q).toMatchObject({ label: '第二产业增加值', region: '青岛', value: 436156000000, change: { value: 3 } });
  });

  it('keeps a label’s brackets and quotes balanced, and leaves list numbering out', () => {
    const labels = (text: string) => indicators(text, '2021-08-01').map((i) => [i.label, i.metric]);
    expect(labels('上半年全区实现地区生产总值（GDP）860亿元。')).toEqual([['地区生产总值（GDP）', 'gdp']]);
    expect(labels('全区经济呈现稳中向好态势（GDP增长6.1%）。')).toEqual([['GDP', 'gdp']]);
    expect(labels('（三）地方财政收入完成52亿元。')[0]).toEqual(['地方财政收入', expect.any(String)]);
    expect(labels('“新三样”出口增长20%。')).toEqual([['“新三样”出口', null]]);
  });

  it('splits a figure with two rates into the figure and its two-year rate', () => {
    const list = indicators(
      '今年上半年交出了第二产业增加值2244.94亿元、同比增长13.2%、两年平均增长6.3%的成绩单。',
      '2021-08-01',
    );
    expect(list.map((i) => [i.value, i.unit, i.change?.basis, i.period])).toEqual([
      [224494000000, 'CNY', 'yoy', '2021-H1'],
      [6.3, '%', 'two_year_avg', '2021-H1'],
    ]);
    expect(list[1]!.label).toBe('第二产业增加值两年平均增长');
  });

  it('keeps percentage points apart from percent, and a fall negative', () => {
    const list = indicators('投资增长36.0%,拉动全市投资增长3.5个百分点;食品烟酒价格下降1.9%。');
    expect(list.map((i) => [i.value, i.unit])).toEqual([
      [36, '%'],
      [3.5, 'pp'],
      [-1.9, '%'],
    ]);
  });

  it('gives listed rates their listed labels (分别)', () => {
    const list = indicators('“十三五”期间安徽战略性新兴产业产值、高新技术产业增加值年均分别增长17.3%和15.1%。');
    expect(list.map((i) => [i.label, i.value, i.change?.basis, i.period, i.region])).toEqual([
      ['战略性新兴产业产值', 17.3, 'cagr', '2016/2020', '安徽'],
      ['高新技术产业增加值', 15.1, 'cagr', '2016/2020', '安徽'],
    ]);
  });

  it('dates a 由…提高到… pair to the start and end of its period', () => {
    const list = indicators('“十三五”期间安徽战略性新兴产业产值占规模以上工业比重由22.4%提高到40.3%。');
    expect(list.map((i) => [i.value, i.period])).toEqual([
      [22.4, '2015'],
      [40.3, '2020'],
    ]);
  });

  it('tells targets and plans from actuals', () => {
    expect(indicators('“到2020年,规模以上工业总产值超过2万亿元”。', '2021-05-19')[0]).toMatchObject({
      status: 'target',
      period: '2020',
      approx: 'over',
    });
    expect(indicators('今年再建设5G基站1.5万个。', '2020-05-27')[0]).toMatchObject({
      status: 'plan',
      period: '2020',
      metric: 'base_stations_5g',
    });
    expect(indicators('目前青岛建成了5G基站1万个。', '2020-05-27')[0]).toMatchObject({
      status: 'actual',
      period: '2020',
      region: '青岛',
    });
  });

  it('reads an index value without a unit only after 指数', () => {
    expect(indicators('目前青岛两化融合指数达到83。', '2020-05-27')[0]).toMatchObject({ value: 83, unit: 'index' });
    expect(indicators('目前青岛共有83')).toHaveLength(0);
  });

  it('does not take dates, ordinals, people or small words for figures', () => {
    expect(indicators('2021年1月4日,新年后的第一个工作日,20位企业家与两座城市的三位代表在第8站见面。')).toHaveLength(0);
  });
});

describe('events', () => {
  it('dates a clause and names its kind, organizations and people', () => {
    const text = '7月28日上午,安徽省长王清宪与青岛檬豆网络科技有限公司联合创始人、执行总裁秦军一行举行工作会谈。';
    const [e] = events(text, '2021-08-01');
    expect(e).toMatchObject({
      date: '2021-07-28',
      dateText: '7月28日上午',
      dateBasis: 'reference',
      kind: 'meeting',
      orgs: ['青岛檬豆网络科技有限公司'],
    });
    expect(e!.people).toEqual(['王清宪', '秦军']);
  });

  it('needs a trigger for a date without a day', () => {
    expect(events('2020年苏州净增高新技术企业2720家。')).toHaveLength(0);
    expect(events('苏州2021年发布的“1号文件”全部与数字经济相关。')[0]).toMatchObject({ date: '2021', kind: 'release' });
  });

  it('gives a context year and says where it came from', () => {
    const [e] = events('青岛与华为的“缘分”始于2017年。\n当年9月1日,华为(青岛)基地在青岛高新区正式落成。', '2021-05-19');
    expect(e).toMatchObject({ date: '2017-09-01', dateBasis: 'context', kind: 'founding' });
    expect(e!.yearFrom?.text).toBe('2017年');
  });
});

describe('organizations', () => {
  it('merges full names, alias-table names and short forms', () => {
    const o = organizations('华为技术有限公司与苏州市人民政府签约。华为公司表示,华为将支持。');
    const huawei = o.find((x) => x.canonical === '华为技术有限公司')!;
    expect(huawei).toMatchObject({ name: '华为技术有限公司', kind: 'company', mentions: 3 });
    expect(huawei.aliases.sort()).toEqual(['华为', '华为公司']);
    expect(o.find((x) => x.name === '苏州市人民政府')?.kind).toBe('government');
  });

  it('finds the short forms of a company name', () => {
    const o = organizations(
      '王清宪与青岛檬豆网络科技有限公司负责人会谈。会上,青岛檬豆与科大讯飞签约。檬豆公司将加大投资,像檬豆一样的企业。',
    );
    const md = o.find((x) => x.name === '青岛檬豆网络科技有限公司')!;
    expect(md.aliases.sort()).toEqual(['檬豆', '檬豆公司', '青岛檬豆'].sort());
    expect(md.mentions).toBe(4);
  });

  it('finds names listed with a known organization', () => {
    const names = organizations('会上,青岛檬豆分别与科大讯飞、安徽凯密克签订战略合作协议。').map((o) => o.name);
    expect(names).toContain('安徽凯密克');
  });

  it('does not take places, generic phrases, job titles or titles of documents', () => {
    const names = organizations(
      '华为等头部企业在青岛与5家上市公司签约,市委书记出席,发布了《青岛人工智能产业联盟倡议书》。',
    ).map((o) => o.name);
    expect(names).toEqual(['华为']);
  });
});

describe('organization boundaries', () => {
  const names = (text: string) => organizations(text).map((o) => o.name);

  it('matches a short alias only on word boundaries, and not before an industry word', () => {
    expect(names('今年我国网络建设提速。')).toEqual([]);
    expect(names('工业生产者价格上涨,其中石油和天然气开采业上涨85.2%。')).toEqual([]);
    const o = organizations('金陵石化公司投资3亿元,石化行业增加值增长5%。');
    expect(o.map((x) => [x.name, x.mentions])).toEqual([['金陵石化公司', 1]]);
  });

  it('reads a local government back to its place, not over a verb or a person', () => {
    expect(names('省长王明代表江苏省人民政府向大会作报告。')).toEqual(['江苏省人民政府']);
    expect(names('我代表省人民政府向大会报告工作。')).toEqual(['省人民政府']);
    expect(names('河北省第九届人民代表大会第二次会议开幕。')).toEqual(['河北省第九届人民代表大会']);
  });

  it('drops a name cut inside a number or after a count', () => {
    expect(names('出席二十国集团领导人峰会。')).not.toContain('十国集团');
    expect(names('首批40个省重点实验室通过验收。')).toEqual([]);
  });

  it('drops generic categories', () => {
    const text =
      '建成工业互联网工厂和国际领先智能化工厂,吸引跨国公司,推动行业协会商会改革,国家技术创新中心、制造业创新中心达到5家,支持高水平大学,钟灵、云湖等实验室挂牌。';
    expect(names(text)).toEqual([]);
  });

  it('takes a longer listed name that starts with a known one as its own body', () => {
    const o = organizations('依托一汽解放、一汽-大众、上汽通用五菱等龙头企业。');
    expect(o.map((x) => [x.name, x.canonical])).toEqual([
      ['一汽解放', '一汽解放'],
      ['一汽-大众', '一汽-大众'],
      ['上汽通用五菱', '上汽通用五菱'],
    ]);
  });

  it('does not take fragments or project names from a list', () => {
    expect(names('支持中远海运、中外运、无车承运、青岛港集团等合作。')).not.toContain('无车');
    expect(names('主要是大同棚室、杜尔伯特谷实公司生猪养殖项目带动。')).toEqual(['杜尔伯特谷实公司']);
    expect(names('会见了华为、王明主席、美国、日本的代表。')).toEqual(['华为']);
  });
});

describe('organization merging', () => {
  it('makes an abbreviated place the alias of the one fuller name', () => {
    const o = organizations('浙江省政府工作报告。浙江省人民政府发布通知,省政府将召开会议,我代表省人民政府报告。');
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ name: '浙江省人民政府', canonical: '浙江省人民政府', mentions: 4 });
    expect(o[0]!.aliases.sort()).toEqual(['浙江省政府', '省人民政府', '省政府'].sort());
    const k = organizations('烟台市科技局召开会议。会后,市科技局印发方案。');
    expect(k.map((x) => [x.name, x.mentions, x.aliases])).toEqual([['烟台市科技局', 2, ['市科技局']]]);
  });

  it('takes 省人大 for the congress named with its term', () => {
    const o = organizations('河北省第九届人民代表大会第二次会议开幕。会议期间,省人大收到议案。');
    expect(o.map((x) => [x.name, x.mentions, x.aliases])).toEqual([['河北省第九届人民代表大会', 2, ['省人大']]]);
  });

  it('keeps an abbreviation apart when two bodies could own it, or before the fuller name', () => {
    const o = organizations('烟台市科技局和威海市科技局召开会议。市科技局印发方案。');
    expect(o.map((x) => x.name).sort()).toEqual(['威海市科技局', '烟台市科技局', '市科技局'].sort());
    const p = organizations('市政府领导出席。会后与莱阳市政府签约。');
    expect(p.map((x) => [x.name, x.mentions])).toEqual([['莱阳市政府', 1]]);
  });

  it('counts every mention of a found name, the page source included', () => {
    const o = organizations('来源：央视网\n央视网消息:今年粮食丰收。');
    expect(o.find((x) => x.name === '央视网')?.mentions).toBe(2);
  });

  it('joins a listed name to the one company name it begins', () => {
    const o = organizations('支持中外运、无车承运、港口集团等合作。青岛无车承运服务中心有限公司的平台上线。');
    const full = o.find((x) => x.name === '青岛无车承运服务中心有限公司');
    expect(full?.aliases).toContain('无车承运');
    expect(o.map((x) => x.name)).not.toContain('无车承运');
  });

  it('gives a subsidiary named on its own its own canonical name', () => {
    expect(organizations('阿里云发布新一代服务器。')[0]).toMatchObject({ canonical: '阿里云' });
  });

  it('types listed names by the company beside them, and party departments as government', () => {
    const o = organizations(
      '华夏基石产业服务集团成立。会上,华夏基石、凯密克、酷特智能、中国服装设计师协会等单位代表演讲,市委宣传部、市财政局领导出席。',
    );
    const kind = (n: string) => o.find((x) => x.name === n)?.kind;
    expect([kind('凯密克'), kind('酷特智能'), kind('市委宣传部')]).toEqual(['company', 'company', 'government']);
  });
});

describe('organization vocabulary', () => {
  it('finds central bodies, congresses, exchanges and international organizations', () => {
    const text =
      '交通运输部消息,自然资源部发布案例。记者从国家税务总局了解到,中央军委主席出席。据农委统计,产量增加。' +
      '提请省人大常委会审议,听取省政协意见。设立北京证券交易所和广州期货交易所,恒泰证券、华康人寿落户。' +
      '组建省国泰投资集团、浙江农商联合银行。纪念联合国成立75周年,出席亚太经合组织会议。';
    const o = organizations(text);
    const byName = new Map(o.map((x) => [x.name, x]));
    for (const n of [
      '交通运输部',
      '自然资源部',
      '国家税务总局',
      '农委',
      '省人大常委会',
      '省政协',
      '北京证券交易所',
      '广州期货交易所',
      '恒泰证券',
      '华康人寿',
      '省国泰投资集团',
      '浙江农商联合银行',
      '联合国',
      '亚太经合组织',
    ]) {
      expect(byName.has(n), n).toBe(true);
    }
    expect(byName.get('中央军委')).toMatchObject({ canonical: '中央军事委员会', kind: 'government' });
    expect(byName.get('联合国')?.kind).toBe('other');
  });

  it('keeps a name whole when a numeral starts it', () => {
    const o = organizations('出席二十国集团领导人峰会,参观三一重工的车间。');
    expect(o.map((x) => [x.name, x.kind])).toEqual([
      ['二十国集团', 'other'],
      ['三一重工', 'company'],
    ]);
  });

  it('does not take 部 alone as a suffix', () => {
    expect(organizations('企业内部管理和东部地区干部全部到位。')).toEqual([]);
  });
});

describe('every fact', () => {
  it('quotes its source exactly', () => {
    const text = '５月１３日,华为云城市峰会在青岛举行,产值增长１３．８％。';
    for (const f of facts(text, '2021-05-19')) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(indicators(text, '2021-05-19')[0]).toMatchObject({ value: 13.8, raw: '１３．８％' });
  });
});

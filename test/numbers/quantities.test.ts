import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/numbers/quantities.js';
import { resolveQuantity } from '../../src/numbers/resolve.js';
import { builtinRules } from '../helpers.js';

function quantities(text: string) {
  return findQuantities(text, builtinRules())
    .filter((q) => q.unit)
    .map((q) => ({ text: text.slice(q.start, q.end), ...resolveQuantity(q, text) }));
}

describe('quantities', () => {
  it('reads scale, unit and base value', () => {
    const [q] = quantities('实现第二产业增加值9385.6亿元,同比');
    expect(q).toMatchObject({
      text: '9385.6亿元',
      value: 938560000000,
      unit: 'CNY',
      class: 'money',
      measure: null,
      approx: null,
    });
  });

  it.each([
    ['建成了5G基站1万个', 10000, 'count', '个', null],
    ['再建设5G基站1.5万个', 15000, 'count', '个', null],
    ['全市三百余家企业', 300, 'count', '家', 'over'],
    ['增长13.8%', 13.8, '%', null, null],
    ['提升0.9个百分点', 0.9, 'pp', null, null],
    ['企业近300家', 300, 'count', '家', 'about'],
    ['产值超1000亿元', 100000000000, 'CNY', null, 'over'],
    ['总产值超过2万亿元', 2000000000000, 'CNY', null, 'over'],
    ['比重达到30%以上', 30, '%', null, 'over'],
    ['提高到12%左右', 12, '%', null, 'about'],
    ['实现销售额2000余万元', 20000000, 'CNY', null, 'over'],
    ['实际使用外资12亿美元', 1200000000, 'USD', null, null],
    ['出口增长百分之十三', 13, '%', null, null],
  ])('%s', (text, value, unit, measure, approx) => {
    const qs = quantities(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ value, unit, measure, approx });
  });

  it('keeps ordinals, model names and durations apart', () => {
    expect(quantities('居全国第8个')).toHaveLength(0);
    expect(quantities('成功发射环境减灾二号01组卫星')).toHaveLength(0);
    // 度 is a kilowatt-hour only after 万 or 亿
    expect(quantities('输送360亿度清洁电能')[0]).toMatchObject({ value: 36000000000, unit: 'kWh' });
    expect(quantities('最高气温38度')).toHaveLength(0);
    expect(quantities('增长0.5%')).toHaveLength(1);
    expect(quantities('5G网络和8K画质')).toHaveLength(0);
    const [d] = quantities('一个月后');
    expect(d?.class).toBe('duration');
  });

  it.each([
    ['壹佰伍拾万元', 1500000, 'CNY', null],
    ['合同额8亿元人民币', 800000000, 'CNY', null],
    ['汇率1.0092瑞士法郎', 1.0092, 'CHF', null],
    ['营收5306亿台币', 530600000000, 'TWD', null],
    ['售价$20', 20, 'USD', null],
    ['售价￥300', 300, 'CNY', null],
    ['九成以上', 90, '%', 'over'],
    ['打五折', 50, '%', null],
    ['千分之五', 0.5, '%', null],
    ['万分之三', 0.03, '%', null],
    ['增速为负3.9%', -3.9, '%', null],
    ['增速为-12.9%', -12.9, '%', null],
    ['提高四点五个百分点', 4.5, 'pp', null],
    ['提升 六 个 百 分 点', 6, 'pp', null],
    ['十几亿元', 1000000000, 'CNY', 'over'],
    ['一百五十    个百分点', 150, 'pp', null],
  ])('%s', (text, value, unit, approx) => {
    const qs = quantities(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ value, unit, approx });
  });

  it('does not take a full-width 成 or 折 out of words', () => {
    expect(quantities('这一成果,三成员,折合人民币')).toHaveLength(0);
  });

  it('reads numerals with spaces, decimal points, signs and fractions as bare numbers', () => {
    const bare = (text: string) =>
      findQuantities(text, builtinRules()).map((q) => [text.slice(q.start, q.end), resolveQuantity(q, text).value]);
    expect(bare('一百 五 十 二')).toEqual([['一百 五 十 二', 152]]);
    expect(bare('7 万5 千4 百')).toEqual([['7 万5 千4 百', 75400]]);
    expect(bare('两千万点五五四四')).toEqual([['两千万点五五四四', 20000000.5544]]);
    expect(bare('负三十二')).toEqual([['负三十二', -32]]);
    expect(bare('五分之一')).toEqual([['五分之一', 0.2]]);
    expect(bare('负一又二分之一')).toEqual([['负一又二分之一', -1.5]]);
    // 1 234 stays two numbers; a space never joins Arabic digits
    expect(bare('1 234')).toEqual([
      ['1', 1],
      ['234', 234],
    ]);
    // 2020 三季度: a numeral that does not parse with the space is read without it
    expect(bare('2020 三')).toEqual([
      ['2020', 2020],
      ['三', 3],
    ]);
    // 一点两小时: 两 is never a decimal digit
    expect(bare('一点两小时').map((x) => x[0])).toEqual(['一', '两小时']);
  });

  it('reads a decimal point printed with a space after it, not a list number or a date', () => {
    expect(quantities('进出口总值14. 24万亿元，同比下降3. 2%').map((q) => [q.text, q.value])).toEqual([
      ['14. 24万亿元', 14240000000000],
      ['3. 2%', 3.2],
    ]);
    expect(quantities('1. 2020年全省地区生产总值').map((q) => q.value)).not.toContain(1.202);
    expect(quantities('截至3. 5月末，贷款余额12亿元').map((q) => q.value)).not.toContain(3.5);
  });

  it('keeps words, ratios and exponents apart', () => {
    expect(findQuantities('一切,四川,陆地,收拾,入伍,放肆', builtinRules())).toHaveLength(0);
    // and a dash after a digit is a range or a date, not a minus sign
    expect(findQuantities('2^5,2e5,3/5,日期2020-11', builtinRules()).map((q) => q.number)).toEqual([2020, 11]);
  });

  it.each([
    ['服务企业超过了8万家', 80000, 'count', '家', 'over'],
    ['规模约为3.1万亿元', 3100000000000, 'CNY', null, 'about'],
    ['占比约占40%', 40, '%', null, 'about'],
    ['上千家企业参展', 1000, 'count', '家', 'over'],
    ['吸引数百家企业', 100, 'count', '家', 'over'],
    ['数十家机构', 10, 'count', '家', 'over'],
    ['带动近千家企业', 1000, 'count', '家', 'about'],
    ['产业规模超过万亿元大关', 1e12, 'CNY', null, 'over'],
    ['减税降费超万亿元', 1e12, 'CNY', null, 'over'],
    ['民生支出首次过万亿元', 1e12, 'CNY', null, 'over'],
    ['上百亿元投资', 1e10, 'CNY', null, 'over'],
    ['软件企业不足百家', 100, 'count', '家', 'under'],
    ['新产品一百几十种', 110, 'count', '种', 'over'],
  ])('approximation words: %s', (text, value, unit, measure, approx) => {
    const qs = quantities(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ value, unit, measure, approx });
  });

  it('does not read approximation words out of longer words', () => {
    expect(quantities('现场签约3个项目')[0]).toMatchObject({ text: '3个', approx: null });
    expect(quantities('园区附近3家企业')[0]).toMatchObject({ text: '3家', approx: null });
    // 上 of 线上 and 成千上万, 过 of 通过: no bare scale word to read
    expect(quantities('线上千家门店,成千上万家企业,通过万家企业上云方案')).toHaveLength(0);
    // a bare scale word alone is a word (万家灯火)
    expect(findQuantities('万家灯火', builtinRules())).toHaveLength(0);
  });

  it.each([
    ['播种面积75.1万公顷', 751000, 'ha', null],
    ['建成7万平米的公寓', 70000, 'm2', null],
    ['粮食产量1.37万亿斤', 1.37e12, 'jin', null],
    ['供水能力9.5亿立方米', 9.5e8, 'm3', null],
    ['平均浓度32.4微克/立方米', 32.4, 'ug/m3', null],
    ['总规模650万标准机架', 6500000, 'count', '标准机架'],
    ['藏书289万册', 2890000, 'count', '册'],
    ['起降航班4351次', 4351, 'count', '次'],
    ['开行1.4万列', 14000, 'count', '列'],
    ['发射卫星137颗', 137, 'count', '颗'],
    ['能源消费总量729.2万吨标准煤', 7292000, 'tce', null],
    ['货运周转量605425万吨公里', 6054250000, 't-km', null],
    ['客运周转量129000万人公里', 1290000000, 'person-km', null],
    ['能耗1.0439吨标准煤/万元', 1.0439, 'tce/10k CNY', null],
    ['人均消费120公斤', 120, 'kg', null],
  ])('units: %s', (text, value, unit, measure) => {
    const qs = quantities(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ value, unit, measure });
  });

  it('reads a price per something as such, not as an amount', () => {
    expect(quantities('仔猪价格达到600元/头')[0]).toMatchObject({
      text: '600元/头',
      value: 600,
      unit: 'CNY/头',
      measure: null,
    });
    expect(quantities('收购价格为每公斤20元左右')[0]).toMatchObject({
      text: '每公斤20元左右',
      value: 20,
      unit: 'CNY/kg',
      approx: 'about',
    });
    expect(quantities('均价12000元/平方米')[0]).toMatchObject({ unit: 'CNY/m2' });
    expect(quantities('人均每人3.2万元')[0]).toMatchObject({ value: 32000, unit: 'CNY/person' });
    // 每年 makes a yearly amount, still yuan
    expect(quantities('每年投入1000亿元')[0]).toMatchObject({ value: 1e11, unit: 'CNY' });
    // a price per a word that is no unit is left unread
    expect(quantities('股价10元/股')).toHaveLength(0);
  });

  it('keeps a measure word inside the noun it makes (家庭, 部门)', () => {
    expect(quantities('惠及1000户家庭')[0]).toMatchObject({ value: 1000, measure: '户' });
    expect(quantities('惠及近千万家庭')[0]).toMatchObject({ value: 1e7, measure: '家庭', approx: 'about' });
    expect(quantities('开设500家门店')[0]).toMatchObject({ value: 500, measure: '家' });
    expect(quantities('15部门联合印发')).toHaveLength(0);
    expect(quantities('制定行政法规37部')[0]).toMatchObject({ value: 37, measure: '部' });
  });

  it('lets the numbers of a list share the unit and scale of the last one', () => {
    expect(quantities('增速分别快3.5、1.8个百分点').map((q) => [q.text, q.value, q.unit])).toEqual([
      ['3.5', 3.5, 'pp'],
      ['1.8个百分点', 1.8, 'pp'],
    ]);
    expect(quantities('分别为3.2、1.5亿元').map((q) => q.value)).toEqual([320000000, 150000000]);
    expect(quantities('分别增长0.9和5.9个百分点').map((q) => q.value)).toEqual([0.9, 5.9]);
    // a number with another scale word of its own keeps it and stays unitless; with the same, it shares the unit
    expect(quantities('3万、1.8亿元').map((q) => q.text)).toEqual(['1.8亿元']);
    expect(quantities('分别为10.6万、3.3万平方公里').map((q) => [q.value, q.unit])).toEqual([
      [106000, 'km2'],
      [33000, 'km2'],
    ]);
    // 五、六倍 is "five or six times"; 运-20 names an aircraft
    expect(quantities('产量要多五、六倍').map((q) => q.text)).toEqual(['六倍']);
    expect(quantities('出动6架运-20、3架伊尔-76').map((q) => q.text)).toEqual(['6架', '3架']);
  });

  it('reads a figure glued to the acronym it names, not a model name', () => {
    expect(quantities('上半年实现GDP9602.72亿元')[0]).toMatchObject({
      text: '9602.72亿元',
      value: 960272000000,
      unit: 'CNY',
    });
    expect(quantities('CPI2.5%')[0]).toMatchObject({ value: 2.5, unit: '%' });
    // letters after a number, or before one without an amount: model names
    expect(quantities('5G网络、8K画质、C919大飞机、TOP10家、PM2.5浓度、iPhone12')).toHaveLength(0);
  });

  it('reads 亿 without 元 as yuan only where money is certain', () => {
    expect(quantities('全区固定资产投资总额突破60亿')[0]).toMatchObject({ value: 6e9, unit: 'CNY', approx: 'over' });
    expect(quantities('每年超过1000亿的民生事业投资')[0]).toMatchObject({ value: 1e11, unit: 'CNY' });
    expect(quantities('全省海洋生产总值突破万亿')[0]).toMatchObject({ value: 1e12, unit: 'CNY' });
    // no money word, a word after the number, a respective list, a head noun that is not money
    expect(quantities('优势增加了1100亿')).toHaveLength(0);
    // …next to a noun of people it counts them (markers.yaml#people-noun), no money.
    expect(quantities('全年接待游客突破1.2亿')[0]).toMatchObject({ value: 1.2e8, unit: 'count' });
    expect(quantities('总额为9.95亿沙特里亚尔')).toHaveLength(0);
    expect(quantities('成交量、成交额分别为53.8亿手和382.5万亿元').map((q) => q.text)).toEqual(['382.5万亿元']);
    expect(quantities('吸引了超过1亿的投资者')).toHaveLength(0);
  });
});

// Reading numbers and units (src/numbers/quantities.ts): spoken money, Latin energy units,
// units written short in a list, and digits that start a new number after a section word.
const read = (text: string) =>
  findQuantities(text, builtinRules())
    .filter((q) => q.unit)
    .map((q) => {
      const r = resolveQuantity(q, text);
      return [text.slice(q.start, q.end), r.value, r.unit, r.approx];
    });

describe('spoken money', () => {
  it('reads 个亿 as 亿元, never a count of 8.8', () => {
    expect(read('全年销售额8.8个亿')).toEqual([['8.8个亿', 880000000, 'CNY', null]]);
    expect(read('利润达到3个多亿')).toEqual([['3个多亿', 300000000, 'CNY', null]]);
  });

  it('reads 分钱, 毛钱, 块钱, and not 分钟 or 一块屏幕', () => {
    expect(read('每度电降低3分钱')).toEqual([['3分钱', 0.03, 'CNY', null]]);
    expect(read('每次仅需2毛钱')).toEqual([['2毛钱', 0.2, 'CNY', null]]);
    expect(read('门票10块钱')).toEqual([['10块钱', 10, 'CNY', null]]);
    expect(read('会议开了30分钟')).toEqual([['30分钟', 30, 'duration', null]]);
    expect(read('展出12块屏幕').map((q) => q[2])).not.toContain('CNY');
  });
});

describe('Latin units', () => {
  it('reads GWh, GW, MWh after a number as units, not model names', () => {
    expect(read('建设100GWh动力电池系统生产线')).toEqual([['100GWh', 100, 'GWh', null]]);
    expect(read('开展10GW高效异质结')).toEqual([['10GW', 10, 'GW', null]]);
    expect(read('全球首个1MWh钠离子电池')).toEqual([['1MWh', 1, 'MWh', null]]);
    expect(read('华为5G基站和8K电视')).toEqual([]);
    // Letters that run on are a model name (10GWX).
    expect(read('型号10GWX')).toEqual([]);
  });
});

describe('lists and sections', () => {
  it('gives 12.7个、12个百分点 the whole unit', () => {
    expect(read('分别高于全国12.7个、12个百分点')).toEqual([
      ['12.7个', 12.7, 'pp', null],
      ['12个百分点', 12, 'pp', null],
    ]);
  });

  it('does not read 5万亿两个 as one number', () => {
    const values = findQuantities('迈上4万亿、5万亿两个台阶', builtinRules()).map((q) => q.number);
    expect(values).not.toContain(5000020000000);
    expect(read('一万三千个岗位')).toEqual([['一万三千个', 13000, 'count', null]]);
  });

  it('counts 标箱 with its measure word', () => {
    expect(read('集装箱吞吐量达到350万标箱')).toEqual([['350万标箱', 3500000, 'count', null]]);
  });
});

describe('approximation', () => {
  it('marks a passed mark over only for amounts, not for a count of marks', () => {
    expect(read('经济总量站上3万亿元新台阶')).toEqual([['站上3万亿元', 3000000000000, 'CNY', 'over']]);
    expect(read('连续跨过3个万亿元大关')).toEqual([['3个', 3, 'count', null]]);
  });
});

describe('numbers that are not amounts', () => {
  it('skips a unit’s denominator, the last mile and 三元 of a battery chemistry', () => {
    expect(read('生产安全事故死亡率控制在0.6人/百亿元以下').map((q) => q[2])).not.toContain('CNY');
    expect(read('为工业客户搭建最后一公里')).toEqual([]);
    expect(read('北美新厂主要生产三元锂电池')).toEqual([]);
  });

  it('reads 万 and 亿 before a noun of people as a count of people', () => {
    expect(read('33万农民工就近就业')).toEqual([['33万', 330000, 'count', null]]);
    expect(read('全市人口超千万')).toEqual([['超千万', 10000000, 'count', 'over']]);
  });
});

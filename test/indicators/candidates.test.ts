// Indicator-level checks of number and unit reading: what a sentence's figures come to
// once the indicator rules have read them (the quantity-level checks are in test/numbers/quantities.test.ts).
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const brief = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((f) => ({
    raw: f.raw,
    value: f.value,
    unit: f.unit,
    approx: f.approx,
    change: f.change,
  }));

describe('figures', () => {
  it('gives every number of a list the unit of the last one', () => {
    const fs = brief('农村居民收入增速分别比全省和全国快3.5、1.8个百分点。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([
      [3.5, 'pp'],
      [1.8, 'pp'],
    ]);
  });

  it('pairs the rates of a 分别 list with the levels before it, in order, not the first with the last level', () => {
    const fs = brief('全市批发业实现销售额738.4亿元、零售业实现64.7亿元，同比分别增长15.8%、14.4%。');
    expect(fs.map((f) => [f.raw, f.change?.value])).toEqual([
      ['738.4亿元', 15.8],
      ['64.7亿元', 14.4],
    ]);
  });

  it('reads decrease verbs as a fall', () => {
    expect(indicators('桩机的生产周期缩短了77%。')[0]).toMatchObject({
      value: -77,
      unit: '%',
      label: '桩机生产周期',
    });
    expect(brief('一般性支出压减5%以上,审批事项削减44%,全球贸易萎缩3.8%。').map((f) => f.value)).toEqual([
      -5, -44, -3.8,
    ]);
    expect(indicators('工业增加值增速较上月加快0.7个百分点。')[0]).toMatchObject({ value: 0.7, unit: 'pp' });
  });

  it('attaches a real or nominal growth rate to the level before it', () => {
    const fs = indicators('山区农村居民人均可支配收入12588元，实际增长5.6%。');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ value: 12588, unit: 'CNY', change: { basis: null, value: 5.6, unit: '%' } });
    expect(indicators('全市居民人均可支配收入35128元，比上年名义增长9.1%。')[0]?.change).toEqual({
      basis: 'yoy',
      value: 9.1,
      unit: '%',
    });
  });

  it('does not take slogan numerals or top-N selectors for figures', () => {
    expect(indicators('全省着力塑造“十个新优势”，打通“最后一公里”。')).toHaveLength(0);
    expect(indicators('榜单前十家企业的研发投入都在增长。')).toHaveLength(0);
    // a count in digits inside quotes, and 目前 before a count, are figures
    expect(indicators('目前30家企业已经入驻园区。')[0]).toMatchObject({ value: 30, measure: '家' });
    expect(indicators('全省新建“智慧工厂”120家。')[0]).toMatchObject({ value: 120 });
  });
});

// Which quantities may be figures (src/indicators/candidates.ts).
describe('candidates', () => {
  it('drops a count that refers back to things counted before (这3个省份, 上述28个)', () => {
    expect(indicators('2021年这3个省份的GDP均增长了8%以上。').map((i) => i.value)).toEqual([8]);
    expect(indicators('上述28个省份中，有7个省份增速超过6%。').map((i) => i.value)).toEqual([7, 6]);
  });

  it('keeps counts of people a metric names, before or after the number, and drops the rest', () => {
    expect(indicators('去年，全区95万低保和特困人员按时足额领取救助金。').map((i) => [i.value, i.metric])).toEqual([
      [950000, 'social_assistance'],
    ]);
    const [water] = indicators('今年海事部门保障水上旅客8.8亿人次安全出行。');
    expect([water?.value, water?.metric, water?.label]).toEqual([880000000, 'passengers', '海事部门保障水上旅客']);
    expect(indicators('20位企业家代表与专家现场互动交流。')).toEqual([]);
  });
});

// Which quantities may be figures (src/indicators/candidates.ts).
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

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

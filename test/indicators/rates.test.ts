// Rates and the levels they change (src/indicators/rates.ts, lists.ts), and a figure's
// status (attribution/status.ts).
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

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

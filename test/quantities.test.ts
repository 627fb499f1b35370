import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/extract/quantities.js';
import { resolveQuantity } from '../src/resolve/quantity.js';
import { builtinRules } from './helpers.js';

function quantities(text: string) {
  return findQuantities(text, builtinRules())
    .filter((q) => q.unit)
    .map((q) => ({ text: text.slice(q.start, q.end), ...resolveQuantity(q, text) }));
}

describe('quantities', () => {
  it('reads scale, unit and base value', () => {
    const [q] = quantities('实现第二产业增加值9385.6亿元,同比');
    expect(q).toMatchObject({ text: '9385.6亿元', value: 938560000000, unit: 'CNY', class: 'money', measure: null, approx: null });
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
    expect(quantities('5G网络和8K画质')).toHaveLength(0);
    const [d] = quantities('一个月后');
    expect(d?.class).toBe('duration');
  });
});

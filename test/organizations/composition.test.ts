import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const found = (text: string) => organizations(text).map((o) => [o.name, o.canonical, o.kind]);

describe('a known name heading a longer one', () => {
  it('reads a unit of the body whole, of the body’s kind', () => {
    expect(found('在公安部禁毒局统一指挥下开展行动。')).toEqual([['公安部禁毒局', '公安部禁毒局', 'government']]);
    expect(found('国际货币基金组织上海区域中心落地。')).toEqual([
      ['国际货币基金组织上海区域中心', '国际货币基金组织上海区域中心', 'other'],
    ]);
  });

  it('reads a body of two sides joined by a dash whole', () => {
    expect(found('中国—东盟人工智能创新合作中心揭牌。').map((x) => x[0])).toEqual(['中国—东盟人工智能创新合作中心']);
  });

  it('does not take a word that ends in a unit’s character for a unit', () => {
    expect(found('工信部统揽全局，北交所上市公司增加。').map((x) => x[0])).toEqual(['工信部', '北交所']);
  });

  it('reads a line of a company’s business as a company of its own', () => {
    expect(found('会上，华为软件技术与蓝谷管理局签署协议。')).toContainEqual([
      '华为软件技术',
      '华为软件技术',
      'company',
    ]);
    expect(found('宁德时代已成为戴姆勒卡客车、奔驰商用车的供应商。').map((x) => x[0])).toEqual(
      expect.arrayContaining(['戴姆勒卡客车', '奔驰商用车']),
    );
    // a product's figure is not a line of business
    expect(found('比亚迪汽车销量增长。').map((x) => x[0])).toEqual(['比亚迪']);
  });

  it('does not take a clause after a company for its site (与海尔卡奥斯签约共建平台)', () => {
    const o = organizations('会上，青岛市政府与海尔卡奥斯签约共建平台。');
    expect(o.find((x) => x.canonical === '卡奥斯')?.aliases).toEqual([]);
  });

  it('reads a company’s site or project as the company, with the whole string for an alias', () => {
    const o = organizations('长城汽车DE平台、特变电工智慧产业园等有序实施。');
    expect(o.map((x) => [x.name, x.canonical, x.aliases])).toEqual([
      ['长城汽车', '长城汽车', ['长城汽车DE平台']],
      ['特变电工', '特变电工', ['特变电工智慧产业园']],
    ]);
  });

  it('gives a ministry named after a foreign country to that country', () => {
    expect(found('俄罗斯外交部发表声明。')).toEqual([['俄罗斯外交部', '俄罗斯外交部', 'government']]);
    expect(found('两国外交部举行磋商。').map((x) => x[0])).toEqual(['外交部']);
  });
});

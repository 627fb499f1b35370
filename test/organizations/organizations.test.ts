import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

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
    // the bare 市政府 is the text's own city's, not 莱阳's
    const p = organizations('市政府领导出席。会后与莱阳市政府签约。');
    expect(p.map((x) => [x.name, x.mentions])).toEqual([
      ['市政府', 1],
      ['莱阳市政府', 1],
    ]);
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

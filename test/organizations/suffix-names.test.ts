import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

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
      '建成工业互联网工厂和国际领先智能化工厂,吸引跨国公司,推动行业协会商会改革,国家技术创新中心、制造业创新中心达到5家,支持高水平大学,化学、物理等实验室挂牌。';
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

  it('reads a company by its name and trade, not a field, a verb or a word that goes on', () => {
    expect(names('君乐宝乳业全面复产，天齐锂业扩产。')).toEqual(['君乐宝乳业', '天齐锂业']);
    expect(names('推动煤炭清洁高效利用，大力发展新能源，中国乳业增长。')).toEqual([]);
    expect(names('四大支柱行业电子、电气和汽车业增长，推进矿业权改革。')).toEqual([]);
  });

  it('does not read a bank before 结算 or 账户 as a bank (本外币合一银行结算账户)', () => {
    expect(names('广州和深圳率先启动本外币合一银行结算账户体系试点。')).toEqual([]);
  });
});

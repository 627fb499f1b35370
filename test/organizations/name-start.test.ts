import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const names = (text: string) => organizations(text).map((o) => o.name);

describe('where a name read back from its suffix begins', () => {
  it('after a word saying what the name is', () => {
    expect(names('盘江股份控股股东盘江煤电集团拟投资。')).toContain('盘江煤电集团');
    expect(names('盘江股份控股股东盘江煤电集团拟投资。')).not.toContain('盘江股份控股');
    expect(names('欧洲电动客车领军企业Solaris公司')).toEqual(['Solaris公司']);
  });

  it('after a function word jieba glued to the name', () => {
    expect(names('获省国资委同意建设风电项目。')).toEqual(['省国资委']);
    expect(names('而据上海市统计局的数据，消费回升。')).toEqual(['上海市统计局']);
  });

  it('at a known national body’s name, not a word before it', () => {
    expect(names('新晋中国工程院院士3名。')).toEqual(['中国工程院']);
    expect(names('新央企中国长安汽车集团落户重庆。')).toEqual(['中国长安汽车集团']);
  });

  it('not at all when a place, a verb or generic words are all there is', () => {
    expect(names('收购了一家德国公司，设立合资公司，为深化公司改革。')).toEqual([]);
    expect(names('其欧洲工厂、成都整车工厂和北美建设动力电池工厂投产。')).toEqual([]);
    expect(names('在海宁供电公司大数据中心。')).toEqual(['海宁供电公司']);
  });

  it('not inside an idiom before the name (严厉查处|长春长生公司)', () => {
    expect(names('严厉查处长春长生公司等问题疫苗案件。')).toEqual(['长春长生公司']);
    expect(names('前程无忧公司发布报告。')).toEqual(['前程无忧公司']);
  });

  it('at a known name jieba cut across the first word (中|车长|客股份公司)', () => {
    expect(names('这是中车长客股份公司装配车间。')).toEqual(['中车长客股份公司']);
  });

  it('does not take 唯一一家 for a count', () => {
    expect(names('全国家电行业唯一一家国家高端智能化家用电器创新中心。')).toEqual(['国家高端智能化家用电器创新中心']);
  });
});

describe('subsidiaries and registered names', () => {
  it('reads a subsidiary named after its relation word when the parent is unnamed', () => {
    expect(names('公司同日公告，全资子公司盘江普定拟投资50亿元。')).toEqual(['盘江普定']);
    expect(names('子公司数量增加。')).toEqual([]);
  });

  it('does not read a registered name over an amount before it', () => {
    expect(names('投资3000万欧元参股芬兰维美德汽车有限公司。')).toEqual(['芬兰维美德汽车有限公司']);
  });
});

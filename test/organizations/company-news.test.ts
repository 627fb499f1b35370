import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

// Company and market news (财联社, 36氪, IT之家, OFweek): listed firms by their short names,
// notice digests, stock codes, holders. Sentences written for these tests.
const names = (text: string) => organizations(text).map((o) => o.name);

describe('items of a list of firms', () => {
  it('are read whole between list marks when jieba cut the name into pieces', () => {
    const found = names('公示显示，双登集团、南都电源、鹏辉能源、联动天翼、亿纬锂能、中天科技、佳贝思7家企业中标。');
    expect(found).toEqual(expect.arrayContaining(['南都电源', '鹏辉能源', '联动天翼', '中天科技', '佳贝思']));
    expect(found).not.toContain('天翼');
  });

  it('stay fields when made of common words, even beside a company', () => {
    expect(names('华为、研发中心、大数据、云计算等方向。')).not.toContain('大数据');
  });
});

describe('notice digests', () => {
  it('name the company heading a numbered item about its shares or results', () => {
    const found = names(
      '公司预警\n1、雪松发展：因涉嫌信息披露违法违规，遭证监会立案。\n2、吉电股份：第三季度预亏2200万元。',
    );
    expect(found).toEqual(expect.arrayContaining(['雪松发展', '吉电股份', '证监会']));
  });

  it('name the company of a bracketed heading its notice repeats', () => {
    expect(
      names('【永茂泰：与爱尔思签订合作协议】\n永茂泰公告，与凤阳爱尔思轻合金精密成型有限公司签订协议。'),
    ).toContain('永茂泰');
  });

  it('do not read a section heading or the company unnamed', () => {
    expect(names('1、行业动态：多家公司股东减持。\n公司公告，拟回购股份。')).toEqual([]);
  });
});

describe('the company unnamed', () => {
  it('is no part of a name read back from a suffix', () => {
    expect(
      names('盛航股份公告，公司拟以公司自有资金购置船舶；海天丝路仍为公司控股子公司，股东拟减持不超公司股份1%。'),
    ).toEqual(['盛航股份']);
  });
});

describe('holders and codes', () => {
  it('read a holder of four characters or more, not a person', () => {
    const found = names('紫晶存储：股东达晨创联拟减持不超过2%。宇新股份：股东曾政寰拟减持不超过2%。');
    expect(found).toContain('达晨创联');
    expect(found).not.toContain('曾政寰');
  });

  it('read a listed company before its stock code, not an index', () => {
    const found = names('9月9日，东阳光（600673.SH）发布公告，上证指数（000001.SH）下跌。');
    expect(found).toContain('东阳光');
    expect(found).not.toContain('上证指数');
  });
});

describe('clause words before a name', () => {
  it('end the name: a role, a headline verb, a verb before a known name', () => {
    const found = names(
      '华融消金70%股权花落宁波银行。中国华融与受让方宁波银行签订合同，累计收到比亚迪股份有限公司订单。',
    );
    expect(found).toEqual(expect.arrayContaining(['宁波银行', '比亚迪股份有限公司']));
    expect(found.some((n) => /股权|受让方|收到/.test(n))).toBe(false);
  });

  it('keep a trade word next to a registered suffix', () => {
    expect(names('公司控股股东中央汇金投资有限责任公司已承诺全额认购。')).toEqual(['中央汇金投资有限责任公司']);
  });
});

// A figure's region (src/indicators/attribution/region.ts): carried through a text, and
// the names, lists and scopes that must not set it.
import { describe, expect, it } from 'vitest';
import { indicators } from '../../helpers.js';

const regions = (text: string, refDate: string | null = null) =>
  indicators(text, refDate).map((i) => [i.value, i.region]);

describe('regions', () => {
  it('lets a place named as an example in a text about another own the next sentence at most', () => {
    const text = '2026年山东省政府工作报告\n青岛获批国家级新区。全省新增高新技术企业5000家。新改造村卫生室2.1万个。';
    expect(regions(text)).toEqual([
      [5000, '山东'],
      [21000, '山东'],
    ]);
  });

  it('carries no place that is an item of a list (济南、青岛都市圈获批)', () => {
    const text = '2026年山东省政府工作报告\n济南、青岛都市圈获批。常住人口城镇化率达到67.5%。';
    expect(regions(text)).toEqual([[67.5, '山东']]);
  });

  it('carries no place from one part of a semicolon list into the next paragraph', () => {
    const text =
      '南水北调工程通水以来，受益人口超1.2亿；广西大藤峡一期工程已于2020年通水运行；云南滇中引水工程施工进展顺利。\n截至“十三五”末，国家确定的172项重大水利工程累计开工149项。';
    expect(regions(text, '2021-02-02').filter(([v]) => v === 172)).toEqual([[172, null]]);
  });

  it('gives a company’s figures no place, not even a national digest’s country', () => {
    const digest = (line: string) => `国内联播快讯\n财政部数据显示，全国一般公共预算收入150088亿元。\n${line}`;
    const text = digest('中国联通与中国电信日前宣布，将联合采购不少于25万个5G基站主设备。');
    expect(regions(text, '2020-03-13')).toEqual([
      [15008800000000, '全国'],
      [250000, null],
    ]);
    // after its day, and with a place only inside a document's title
    const bse = digest('今天（9月17日），北京证券交易所发布《北京证券交易所管理办法》，个人投资者准入门槛为50万元。');
    expect(regions(bse, '2021-09-17').at(-1)).toEqual([500000, null]);
  });

  it('keeps a union of countries that is also an organization (欧盟) as a place', () => {
    const text =
      '国际联播快讯\n欧盟委员会6日预测，2020年欧洲经济将出现衰退，欧盟经济将萎缩7.5%，欧元区经济将萎缩7.75%。';
    expect(regions(text, '2020-05-07')).toEqual([
      [-7.5, '欧盟'],
      [-7.75, '欧元区'],
    ]);
  });

  it('resolves 全省 to the place the title names, not to one mentioned before', () => {
    const text = '2026年山东省政府工作报告\n临沂机场航站楼投用。全省进出口增长4.5%。';
    expect(regions(text)).toEqual([[4.5, '山东']]);
  });

  it('gives no later figure to the example of an earlier clause’s count (山东蒙阴县等87个地方)', () => {
    const text = '经过评选，山东蒙阴县等87个地方获得示范市县称号，浙江淳安县等35个地区获得实践创新基地称号。';
    expect(regions(text)).toEqual([
      [87, null],
      [35, null],
    ]);
  });

  it('carries the scene a sentence opens with 在 and its place alone (在内蒙古乌兰察布市凉城县，)', () => {
    const text =
      '内蒙古统筹做好经济发展和生态保护。\n在内蒙古乌兰察布市凉城县，环岱海综合整治项目正进入冲刺阶段。这个项目覆盖岱海周边的81个自然村。';
    expect(regions(text)).toEqual([[81, '凉城']]);
    const village =
      '内蒙古地处祖国北疆。\n在阿尔山白狼镇鹿村，郑晓林正忙着带游客参观鹿园。鹿园里母鹿下羔率达到了九成以上。';
    expect(regions(village)).toEqual([[90, '阿尔山']]);
    // the scene ends with its paragraph: the next one's national figures are not the village's
    const next =
      '在成都市郊三河村，一场足球比赛正在举行。\n一季度消费平稳复苏。一季度，实体店商品零售额同比增长42.2%。';
    expect(regions(next)).toEqual([[42.2, null]]);
  });

  it('carries the country that opens a paragraph of a page with no place of its own', () => {
    const text = '如今的中国，城市发展迈出新步伐。1.8万个城市公园建成；6000多公里的城市轨道交通线路建成。';
    expect(regions(text)).toEqual([
      [18000, '全国'],
      [6000, '全国'],
    ]);
  });

  it('does not carry a place that only sets the scene (在合肥的这家工厂) or heads a name (临沂机场)', () => {
    expect(regions('在合肥的这家工厂,生产效率提高了30%。\n国家公布了123个试点示范项目。')).toEqual([
      [30, '合肥'],
      [123, null],
    ]);
    expect(regions('临沂机场航站楼投用。实施提振消费工程,落实资金280多亿元。')).toEqual([[28000000000, null]]);
  });

  it('does not take the other side of a comparison or a ranking’s scope (高于全国, 全国第一) as the owner', () => {
    expect(regions('山东规上工业增加值增长7.6%,高于全国1.7个百分点。')).toEqual([
      [7.6, '山东'],
      [1.7, '山东'],
    ]);
    expect(regions('江苏全年经济增量保持全国第一,地区生产总值增长5.3%。')).toEqual([[5.3, '江苏']]);
  });

  it('pairs places listed with 分别 with their figures, in order', () => {
    expect(regions('广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%。')).toEqual([
      [2, '广东'],
      [1.6, '江苏'],
      [3.6, '山东'],
      [2.5, '浙江'],
    ]);
  });
});

describe('rankings', () => {
  it('reads 第一 after a place as a ranking only when it is a numeral word (全国第一, not 广东第一产业)', () => {
    expect(regions('2021年广东第一产业增加值为5003.66亿元,同比增长7.9%。')).toEqual([[500366000000, '广东']]);
    expect(regions('江苏全年经济增量保持全国第一,地区生产总值增长5.3%。')).toEqual([[5.3, '江苏']]);
    expect(regions('青岛两化融合指数居全国第一位,建成5G基站1万个。')).toEqual([[10000, '青岛']]);
  });
});

describe('the title’s place', () => {
  it('is not one that heads a company’s name (宁德时代), but is a government’s (大庆市统计局)', () => {
    expect(regions('宁德时代海外大扩产\n宁德时代全球电池生产基地数量上升至11个。')).toEqual([[11, null]]);
    expect(regions('大庆市统计局发布一季度数据\n地方财政收入63亿元。')).toEqual([[6300000000, '大庆']]);
  });
});

describe('foreign places and the world', () => {
  it('gives a foreign economy its own figures, not the country’s', () => {
    expect(regions('美国预计经济增长1.2%左右，日本预计增长2.7%，欧元区经济增速预期为0.4%左右。')).toEqual([
      [1.2, '美国'],
      [2.7, '日本'],
      [0.4, '欧元区'],
    ]);
  });

  it('gives no place to a figure of the whole world, only in the clause 全球 opens', () => {
    expect(regions('宁德时代在福建宁德建厂。全球电池生产基地数量上升至11个。')).toEqual([[11, null]]);
    expect(regions('2025年广西政府工作报告\n北部湾港通达全球100多个国家及地区的200多个港口。')).toEqual([
      [100, '广西'],
      [200, '广西'],
    ]);
  });

  it('reads 全国首条, 全球首台 as rankings, not owners', () => {
    expect(regions('全国首条特高压工程建成投运，宁夏外送电能力突破2000万千瓦。')).toEqual([[20000000, '宁夏']]);
  });
});

describe('the other side of a comparison', () => {
  it('owns the figure written as its level or rate (高于重庆的18.1%, 低于全国平均水平（8.1%）)', () => {
    expect(regions('广州高技术制造业25.7%的增速高于重庆的18.1%。')).toEqual([
      [25.7, '广州'],
      [18.1, '重庆'],
    ]);
    expect(regions('天津GDP增长4.1%，低于全国平均水平（8.1%）。')).toEqual([
      [4.1, '天津'],
      [8.1, '全国'],
    ]);
    expect(regions('汕头前三季度GDP增速超过全国9.8%的水平。')).toEqual([[9.8, '全国']]);
  });

  it('leaves a difference, or a share after 超过, to the subject', () => {
    expect(regions('山东规上工业增加值增长7.6%,高于全国1.7个百分点。')).toEqual([
      [7.6, '山东'],
      [1.7, '山东'],
    ]);
    expect(regions('青岛港口吞吐量占比超过全省的50%。')).toEqual([[50, '青岛']]);
  });
});

describe('work reports', () => {
  const report = (body: string) => `2026年广西壮族自治区政府工作报告\n各位代表：\n${body}`;

  it('give a figure to a place only when it opens the figure’s clause, else to the report’s own', () => {
    expect(regions(report('崇左至凭祥铁路建成通车，新增高铁运营里程81公里。'), '2026-02-07')).toEqual([[81, '广西']]);
    expect(regions(report('北海港集装箱吞吐量突破100万标箱。'), '2026-02-07')[0]).toEqual([1000000, '北海']);
    expect(regions(report('柳州、桂林经济总量突破3000亿元。'), '2026-02-07')).toEqual([[300000000000, '柳州、桂林']]);
  });

  it('let no scope word (全国重点实验室, 全国首条) own a figure of a provincial report', () => {
    expect(regions(report('全国重点实验室达到17家。高技术制造业增加值增长8.9%。'), '2026-02-07')).toEqual([
      [17, '广西'],
      [8.9, '广西'],
    ]);
  });
});

describe('digests', () => {
  it('give each item its own place; one item’s place does not leak into the next', () => {
    const text = [
      '国内联播快讯',
      '海南：万洋高速今起正式通车',
      '海南万洋高速公路全长163公里。',
      '四部门要求提高农村贫困人口落户城镇便利性',
      '国家发展改革委等四部门近日印发通知，安排中央预算内投资50亿元。',
    ].join('\n');
    expect(regions(text, '2019-12-28')).toEqual([
      [163, '海南'],
      [5000000000, '全国'],
    ]);
  });
});

describe('settings, objects and examples', () => {
  it('lets the clause’s subject own a figure over the scene it acts in (吉林在白城、松原启动…)', () => {
    expect(regions('吉林在白城、松原启动建设新能源产业项目，项目总投资1850亿元。')).toEqual([[185000000000, '吉林']]);
    expect(regions('公司拟在匈牙利德布勒森市投资建设电池产业基地项目，项目总投资不超过73.4亿欧元。')[0]![1]).toBe(
      '匈牙利',
    );
  });

  it('gives no figure to a preposition’s object or an example of what is counted', () => {
    expect(regions('首批15个龙头企业与四川凉山等16个市政府集中签约，计划总投资近500亿元。').at(-1)).toEqual([
      50000000000,
      null,
    ]);
    expect(regions('其中，牛栏江滇池补水、河南河口村水库等30项水利工程基本建成。')).toEqual([[30, null]]);
  });

  it('gives the figure between 与X and 持平 to X', () => {
    expect(regions('广东两年平均增速与全国两年平均增速5.1%的数据持平。')).toEqual([[5.1, '全国']]);
  });
});

describe('lists of places and who the subject is', () => {
  it('joins the places a list opens its clause with, past a description of them (这两个…)', () => {
    expect(regions('济南和西安这两个黄河流域的中心城市去年全年GDP均首次超过万亿元大关。', '2021-08-01')).toEqual([
      [1000000000000, '济南、西安'],
    ]);
  });

  it('carries a place whose metric follows it (东莞规模以上工业增加值…) to the next sentence', () => {
    const text =
      '东莞规模以上工业增加值以及固定资产投资的增速均比上半年有所放缓。规模以上工业增加值的两年平均增速下跌至3.80%。';
    expect(regions(text, '2021-11-02')).toEqual([[3.8, '东莞']]);
  });
});

describe('names and national bodies', () => {
  it('reads a place inside a quoted name as part of it (入选“山东十大…案例”)', () => {
    expect(regions('青岛技改投资增长29.7%，2个案例入选“山东十大智能化绿色化技改优秀案例”。').at(-1)).toEqual([
      2,
      '青岛',
    ]);
  });

  it('gives a national body’s figure to the country (在工业和信息化部发布的40个…中)', () => {
    expect(regions('青岛工业发展。在工业和信息化部累计发布的40个“5G+工业互联网”典型应用场景中，青岛入选4个。')).toEqual(
      [
        [40, '全国'],
        [4, '青岛'],
      ],
    );
  });
});

describe('places within places', () => {
  it('reads a title naming a province and its city as the province’s', () => {
    const text =
      '广东GDP十强进阶：东莞有望冲刺万亿\n东莞前三季度GDP增长9.8%。广东同期增速高于全国。全省进出口增长18.6%。';
    expect(regions(text, '2021-11-02').at(-1)).toEqual([18.6, '广东']);
  });

  it('reads 全市 in a text about a province as the city it speaks of', () => {
    const text =
      '广东GDP十强进阶\n前三季度，深圳全市规模以上工业增加值同比增长4.8%。全市37个工业行业大类中，32个行业增加值同比正增长。';
    expect(regions(text, '2021-11-02')).toEqual([
      [4.8, '深圳'],
      [37, '深圳'],
      [32, '深圳'],
    ]);
  });

  it('gives a list of a place’s parts to that place (安顺市关岭县、普定县、西秀区)', () => {
    expect(regions('公司已在安顺市关岭县、普定县、西秀区获得规模项目21个。')).toEqual([[21, '安顺']]);
  });
});

describe('carrying', () => {
  it('carries no scene, object or example to the sentences after (在上海南京路豫园、成都春熙路等11条…)', () => {
    const text =
      '这个端午假期，在上海南京路豫园、成都春熙路等11条全国首批商业示范步行街，人们有序购物。\n今年端午小长假前两天，银联交易金额6295亿元。';
    expect(regions(text, '2020-06-27').at(-1)).toEqual([629500000000, null]);
  });
});

describe('a company’s own figures', () => {
  const page = '前三季度我国工业经济发展韧性持续显现\n前三季度，全国规模以上工业增加值同比增长11.8%。';

  it('gives no place to a figure of a company that opens its clause', () => {
    expect(regions(`${page}前三季度，柳工集团海外市场销量同比增长70%。`, '2021-10-30')).toEqual([
      [11.8, '全国'],
      [70, null],
    ]);
  });

  it('keeps the country for a body named for the whole country', () => {
    expect(regions(`${page}中国农业发展银行已先期筹备1700亿元信贷资金。`, '2021-10-30')).toEqual([
      [11.8, '全国'],
      [170000000000, '全国'],
    ]);
  });
});

describe('a list of places closed by 等地', () => {
  it('owns the figure together wherever it stands in its clause', () => {
    const text = '上半年，贫困人口较多的四川、贵州、广西等地，农村居民人均可支配收入同比名义增长7.6%。';
    expect(regions(text, '2020-07-16')).toEqual([[7.6, '四川、贵州、广西']]);
  });
});

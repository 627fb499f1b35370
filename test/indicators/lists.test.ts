import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const labels = (text: string, refDate = '2021-11-02') => indicators(text, refDate).map((i) => i.label);

describe('分别 lists', () => {
  it('parts items at 、 before 和 (电气机械和器材制造业 is one item) and shares the measure', () => {
    expect(
      labels('通用设备制造业、电气机械和器材制造业、仪器仪表制造业增加值同比分别增长21.3%、17.4%、17.3%。'),
    ).toEqual(['通用设备制造业增加值', '电气机械和器材制造业增加值', '仪器仪表制造业增加值']);
    expect(labels('汽车、电气、电子和电力产值分别增长7%、6%、5%和4%。')).toEqual([
      '汽车产值',
      '电气产值',
      '电子产值',
      '电力产值',
    ]);
  });

  it('shares what follows the ending the items share (饮料类、烟酒类商品零售)', () => {
    expect(labels('饮料类、烟酒类商品零售分别增长68.6%和46.3%。')).toEqual(['饮料类商品零售', '烟酒类商品零售']);
  });

  it('gives a second run the first run’s items with its own words', () => {
    expect(
      labels('通用设备制造业、仪器仪表制造业增加值同比分别增长21.3%、17.3%，两年平均分别增长10.2%、6.5%。'),
    ).toEqual([
      '通用设备制造业增加值',
      '仪器仪表制造业增加值',
      '通用设备制造业增加值两年平均增长',
      '仪器仪表制造业增加值两年平均增长',
    ]);
    expect(labels('跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。')).toEqual([
      '新认定跨国公司地区总部',
      '新认定外资研发中心',
      '跨国公司地区总部累计',
      '外资研发中心累计',
    ]);
  });

  it('distributes lists of shares and counts, not only of rates', () => {
    expect(
      labels('民营规上工业增加值、限上批发零售业商品销售额、外贸进出口总额占比分别为23.1%、62.5%、45.5%。'),
    ).toEqual(['民营规上工业增加值', '限上批发零售业商品销售额', '外贸进出口总额占比']);
  });

  it('gives each partner a preposition lists its own figure (对东盟进出口, 对欧盟进出口)', () => {
    expect(labels('今年前2个月，我国对东盟、欧盟、美国分别进出口7862亿元、7790.4亿元和7163.7亿元。')).toEqual([
      '对东盟进出口',
      '对欧盟进出口',
      '对美国进出口',
    ]);
    expect(labels('1—5月我国对东盟、欧盟、日本进出口分别为1.9万亿元、1.7万亿元和0.9万亿元。')).toEqual([
      '对东盟进出口',
      '对欧盟进出口',
      '对日本进出口',
    ]);
  });

  it('takes places listed after an item of words as items, not owners (东盟实际投资)', () => {
    const rows = indicators(
      '从来源地看，“一带一路”沿线国家、东盟、欧盟实际投资同比分别增长58.2%、60%、7.5%。',
      '2021-04-15',
    );
    expect(rows.map((r) => [r.label, r.region])).toEqual([
      ['“一带一路”沿线国家实际投资', null],
      ['东盟实际投资', null],
      ['欧盟实际投资', null],
    ]);
    // (a place the list leaves with no measure keeps the list whole)
    expect(labels('香港地区、新加坡、英国等实际投入外资金额同比分别增长8.2%、4.6%和48.6%。')).toEqual([
      '实际投入外资金额',
      '实际投入外资金额',
      '实际投入外资金额',
    ]);
  });

  it('gives each thing compared with after 分别 its own distance (比全国居民快, 比全国农村居民快)', () => {
    expect(
      labels('贫困地区农村居民人均可支配收入12588元，增速分别比全国居民和全国农村居民快3.5、1.8个百分点。'),
    ).toEqual(['贫困地区农村居民人均可支配收入', '增速比全国居民快', '增速比全国农村居民快']);
  });

  it('writes the three sectors out (一、二、三产业; 一产、二产、三产)', () => {
    expect(labels('一、二、三产业增加值分别增长4.2%、5%、5.4%。')).toEqual([
      '第一产业增加值',
      '第二产业增加值',
      '第三产业增加值',
    ]);
    expect(labels('一产、二产、三产增加值分别增长6%、5.2%、5.2%。')[0]).toBe('第一产业增加值');
  });

  it('leaves items of a measure of their own whole', () => {
    expect(labels('城镇居民人均可支配收入和农村居民人均纯收入分别增长8%和9%。')).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均纯收入',
    ]);
  });
});

describe('分别 lists of examples and scopes', () => {
  it('items before 等 take the measure that ends the group’s name; a scope before 中 is no item', () => {
    expect(labels('规上工业中新能源汽车、锂离子电池、光伏电池等绿色低碳产品产量分别增长2倍、50.4%和32%。')).toEqual([
      '新能源汽车产量',
      '锂离子电池产量',
      '光伏电池产量',
    ]);
    expect(labels('传统产业中的纺织服装、家具制造、家用电力器具制造投资分别增长77.6%、139.0%和163.1%。')).toEqual([
      '纺织服装投资',
      '家具制造投资',
      '家用电力器具制造投资',
    ]);
  });

  it('items that are years name no measure', () => {
    expect(labels('地方工业增加值增长5%（2015和2016年同期增速分别为3.3%、0.5%）。', '2017-04-20')).toEqual([
      '地方工业增加值',
      '地方工业增加值',
      '地方工业增加值',
    ]);
  });
});

// A date in brackets after a relative day (今天（2月28日）) and a date told as ahead
// (将于11月19日): which year each is in.
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/index.js';

const dated = (text: string, refDate: string) => parseDates(text, { refDate }).map((d) => [d.text, d.date] as const);

describe('glossed relative days', () => {
  it('take the reference day’s year, never one named nearby', () => {
    expect(dated('2025年我国基本建成体系。工业和信息化部今天（11月16日）发布通知。', '2021-11-16')).toEqual([
      ['2025年', '2025'],
      ['11月16日', '2021-11-16'],
    ]);
  });

  it('cross a new year toward the day the word means', () => {
    expect(dated('国家统计局今天（12月31日）发布公报。', '2021-01-01')).toEqual([['12月31日', '2020-12-31']]);
    expect(dated('明天（1月1日）起施行。', '2020-12-31')).toEqual([['1月1日', '2021-01-01']]);
  });

  it('read a bracketed day alone in the month the word means', () => {
    expect(dated('昨天（30日）签约。', '2021-06-01')).toEqual([['30日', '2021-05-30']]);
  });
});

describe('dates told as ahead', () => {
  it('stay in the reference year when a few months ahead', () => {
    expect(dated('大会将于11月19日在北京举行。', '2020-09-17')).toEqual([['11月19日', '2020-11-19']]);
    expect(dated('名单7月12日起将在官网公示。', '2020-06-30')).toEqual([['7月12日', '2020-07-12']]);
  });

  it('go back a year without a word that tells them ahead, or when too far ahead', () => {
    expect(dated('大会于11月19日在北京举行。', '2020-09-17')).toEqual([['11月19日', '2019-11-19']]);
    expect(dated('大会将于11月19日在北京举行。', '2020-03-01')).toEqual([['11月19日', '2019-11-19']]);
  });
});

describe('days a few weeks after the reference day', () => {
  it('are coming days of its year, with no word that tells them ahead', () => {
    expect(dated('《地下水管理条例》12月1日起施行', '2021-11-22')).toEqual([['12月1日', '2021-12-01']]);
    expect(dated('撤离的最后期限仍是8月31日。', '2021-08-27')).toEqual([['8月31日', '2021-08-31']]);
  });

  it('but a month and more ahead, or a month alone, stay last year’s', () => {
    expect(dated('大会于10月30日在北京举行。', '2020-09-17')).toEqual([['10月30日', '2019-10-30']]);
    expect(dated('12月份，全市出口增长5%。', '2020-11-22')).toEqual([['12月份', '2019-12']]);
  });
});

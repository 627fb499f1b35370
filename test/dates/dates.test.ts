import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/find.js';
import { resolveDates } from '../../src/dates/resolve.js';
import { splitSentences } from '../../src/segment/sentences.js';
import { textLayout } from '../../src/dates/text-dates.js';
import { findSections } from '../../src/segment/sections.js';
import { builtinRules } from '../helpers.js';

/** Resolves every date expression of a text, as a document's context does (dates/text-dates.ts). */
function dates(text: string, published: string | null = null, refDate: string | null = null) {
  const exprs = findDates(text, builtinRules());
  const sentences = splitSentences(text);
  const layout = textLayout(sentences, findSections(text, sentences, null));
  return resolveDates(exprs, text, { published, refDate }, layout).map((d) => ({
    text: text.slice(d.expr.start, d.expr.end),
    date: d.date,
    period: d.period,
    basis: d.basis,
  }));
}

describe('date expressions', () => {
  it('reads full dates as explicit', () => {
    expect(dates('2021年1月4日,苏州召开大会')).toEqual([
      { text: '2021年1月4日', date: '2021-01-04', period: '2021-01-04', basis: 'explicit' },
    ]);
  });

  it('takes a missing year from the publication date, toward the past', () => {
    expect(dates('5月13日,峰会举行', '2021-05-19')[0]).toMatchObject({ date: '2021-05-13', basis: 'publication' });
    expect(dates('7月28日上午举行会谈', '2021-05-19')[0]).toMatchObject({
      text: '7月28日上午',
      date: '2020-07-28',
      basis: 'publication',
    });
  });

  it('takes a missing year from an earlier date in context', () => {
    const d = dates('合作始于2017年。当年9月1日,基地落成。', '2021-05-19');
    expect(d[1]).toMatchObject({ text: '当年9月1日', date: '2017-09-01', basis: 'context' });
    const e = dates('进入2020年,华为在3月份战略投资;5月20日签署协议', '2021-05-19');
    expect(e.map((x) => x.date)).toEqual(['2020', '2020-03', '2020-05-20']);
    expect(e[2]!.basis).toBe('context');
  });

  it('uses --ref-date when the page has no publication date', () => {
    expect(dates('6月17日,对接会举行', null, '2021-08-01')[0]).toMatchObject({
      date: '2021-06-17',
      basis: 'reference',
    });
  });

  it('falls back to the latest date the text states', () => {
    const d = dates('7月28日上午举行会谈。2021年4月27日召开会议。');
    expect(d[0]).toMatchObject({ date: '2021-07-28', basis: 'context' });
  });

  it('reads two months of a year told as a range as the months between them', () => {
    expect(dates('今年1月至2月，进口肉类125万吨', '2020-03-31').map((x) => x.period)).toEqual(['2020-01/2020-02']);
    expect(dates('2020年1月到5月，进口大豆3000万吨').map((x) => x.period)).toEqual(['2020-01/2020-05']);
  });

  it('reads a bare day told as ahead in the month of the reference day', () => {
    expect(dates('运行图25日起实施', '2021-06-21')[0]).toMatchObject({ date: '2021-06-25' });
    expect(dates('旅游季20日启动', '2021-06-21')[0]).toMatchObject({ date: '2021-06-20' });
    expect(dates('活动25日举行', '2021-06-21')[0]).toMatchObject({ date: '2021-05-25' });
  });

  it('ends a streak (连续N年) with the year that dates its sentence, else the year before now', () => {
    const streak = (text: string, ref: string) => dates(text, ref).find((x) => x.text.startsWith('连续'))?.period;
    expect(streak('2024年全国粮食总产量14130亿斤，连续10年稳定在1.3万亿斤以上。', '2024-12-20')).toBe('2015/2024');
    expect(streak('2024年，全国粮食产量连续两年稳定在1.3万亿斤以上。', '2024-12-20')).toBe('2023/2024');
    expect(streak('今年我国粮食产量连续7年稳定在1.3万亿斤以上。', '2021-12-20')).toBe('2015/2021');
    // A year stated in an earlier sentence does not date it.
    expect(streak('2023年产量增长。粮食产量连续十二年稳定。', '2024-12-20')).toBe('2012/2023');
    expect(streak('出口连续25年位居第一。', '2024-12-20')).toBe('1999/2023');
    // 二十余年 is no whole count; 两个月 no years.
    expect(dates('连续二十余年增长，连续两个月下降', '2024-12-20')).toEqual([]);
  });

  it('normalizes periods', () => {
    const d = dates('今年上半年,“十三五”期间,年底,2021年-2023年,前三季度,近五年', '2021-10-20');
    expect(d.map((x) => x.period)).toEqual([
      '2021-H1',
      '2016/2020',
      '2021-12-31',
      '2021/2023',
      '2021-Q1/2021-Q3',
      '2016/2020',
    ]);
    expect(d.map((x) => x.date)).toEqual([
      '2021-H1',
      '2016/2020',
      '2021-12',
      '2021/2023',
      '2021-Q1/2021-Q3',
      '2016/2020',
    ]);
    // A reporting period not over on the reference day is last year's, unless it is a deadline.
    expect(dates('前三季度', '2021-08-01').map((x) => x.period)).toEqual(['2020-Q1/2020-Q3']);
    expect(dates('力争到前三季度', '2021-08-01').map((x) => x.period)).toEqual(['2021-Q1/2021-Q3']);
  });

  it('reads 年代 as a decade, never a year, and 个月 not at all', () => {
    expect(dates('上世纪90年代,一个月后', '2021-05-19')).toEqual([
      { text: '上世纪90年代', date: '1990/1999', period: '1990/1999', basis: 'publication' },
    ]);
    expect(dates('20世纪80年代,九十年代,50年代', null, '2017-03-22').map((x) => x.date)).toEqual([
      '1980/1989',
      '1990/1999',
      '1950/1959',
    ]);
    expect(dates('上世纪90年代').map((x) => x.date)).toEqual([null]);
  });

  it('reads Chinese numerals in dates', () => {
    // 五月三十日 takes its year from the date just before it
    expect(dates('二〇一六年十一月三日,五月三十日,两千零四年八月十五', null, '2020-06-01').map((x) => x.date)).toEqual([
      '2016-11-03',
      '2016-05-30',
      '2004-08-15',
    ]);
    expect(dates('五月三十一日', null, '2020-06-01')[0]!.date).toBe('2020-05-31');
    expect(dates('2018年十二月', null, '2020-06-01').map((x) => x.date)).toEqual(['2018-12']);
    expect(dates('一月二十三', null, '2020-06-01').map((x) => x.date)).toEqual(['2020-01-23']);
    // …but not when more of a number follows: 八月十五个 is no day
    expect(dates('八月十五个', null, '2020-06-01').map((x) => x.text)).toEqual(['八月']);
  });

  it('rejects days a month does not have; 2月29日 goes back to a leap year', () => {
    expect(dates('2019年2月29日,2月30日', null, '2021-03-01').map((x) => x.date)).toEqual([null, null]);
    expect(dates('2月29日', null, '2021-03-01')[0]!.date).toBe('2020-02-29');
    expect(dates('2020年2月29日')[0]!.date).toBe('2020-02-29');
  });

  it('resolves relative days, weeks and months against the reference, toward the past', () => {
    const ref = '2017-03-22'; // a Wednesday
    const d = (t: string) => dates(t, null, ref).map((x) => [x.text, x.date]);
    expect(d('今天,昨天,昨日,前天,大前天,明天,后天')).toEqual([
      ['今天', '2017-03-22'],
      ['昨天', '2017-03-21'],
      ['昨日', '2017-03-21'],
      ['前天', '2017-03-20'],
      ['大前天', '2017-03-19'],
      ['明天', '2017-03-23'],
      ['后天', '2017-03-24'],
    ]);
    expect(d('上周,下周,本周,上周一,这个星期一,下周末')).toEqual([
      ['上周', '2017-03-13/2017-03-19'],
      ['下周', '2017-03-27/2017-04-02'],
      ['本周', '2017-03-20/2017-03-26'],
      ['上周一', '2017-03-13'],
      ['这个星期一', '2017-03-20'],
      ['下周末', '2017-04-01/2017-04-02'],
    ]);
    expect(d('星期一,礼拜日,周三,上个月,下个月,去年,明年四月')).toEqual([
      ['星期一', '2017-03-20'],
      ['礼拜日', '2017-03-19'],
      ['周三', '2017-03-22'],
      ['上个月', '2017-02'],
      ['下个月', '2017-04'],
      ['去年', '2016'],
      ['明年四月', '2018-04'],
    ]);
    // a day after a month word is that day of the month; a day after 附近 (a place) is a date
    expect(d('本月12日开放领空,上月28日签约,本月20日至24日举行,机场附近20日发生爆炸')).toEqual([
      ['本月12日', '2017-03-12'],
      ['上月28日', '2017-02-28'],
      ['本月20日至24日', '2017-03-20/2017-03-24'],
      ['20日', '2017-03-20'],
    ]);
    expect(d('前天津市长,每周一例会')).toEqual([]);
    // without a reference day there is nothing to count from
    expect(dates('昨天').map((x) => x.date)).toEqual([null]);
  });

  it('reads ranges of days and years, the end taking what it leaves out from the start', () => {
    const d = (t: string, ref = '2017-03-22') => dates(t, null, ref).map((x) => [x.text, x.date]);
    expect(d('时间从一月十日到十二日')).toEqual([['从一月十日到十二日', '2017-01-10/2017-01-12']]);
    expect(d('三月二十八日到四月15日', '2016-04-20')).toEqual([['三月二十八日到四月15日', '2016-03-28/2016-04-15']]);
    expect(d('18年10月1日到19年2月3日')).toEqual([['18年10月1日到19年2月3日', '2018-10-01/2019-02-03']]);
    expect(d('时间从2016到2018,2007年与2009年间')).toEqual([
      ['从2016到2018', '2016/2018'],
      ['2007年与2009年间', '2007/2009'],
    ]);
    // without 从 or 年, 2016-2018 is not a span of years
    expect(d('编号2016-2018')).toEqual([]);
    // 14—16日: the first day leaves out 日; a month written before it is the range's
    expect(d('大会于10月14—16日举行', '2021-10-12')).toEqual([['10月14—16日', '2021-10-14/2021-10-16']]);
    expect(d('大会将于本月14—16日举行', '2021-10-12')).toEqual([['本月14—16日', '2021-10-14/2021-10-16']]);
    expect(d('5月3日开幕，4-7日为展期', '2021-05-19')).toEqual([
      ['5月3日', '2021-05-03'],
      ['4-7日', '2021-05-04/2021-05-07'],
    ]);
    expect(d('审批在3-5日内完成', '2021-05-19')).toEqual([]);
  });

  it('reads a bare day in Arabic digits with 日, in the month the text just stated', () => {
    expect(dates('5月13日,峰会开幕。14日,论坛举行。', '2021-05-19').map((x) => [x.text, x.date, x.basis])).toEqual([
      ['5月13日', '2021-05-13', 'publication'],
      ['14日', '2021-05-14', 'context'],
    ]);
    // February 2018 has no 29th: the latest 29th up to the reference is in January
    expect(dates('29日,会议举行', null, '2018-03-10')[0]).toMatchObject({ date: '2018-01-29', basis: 'reference' });
    expect(dates('苏州发布1号文件,推出3日游,7日内完成,连续5日', null, '2021-05-19')).toEqual([]);
  });

  it('keeps lunar dates, era years and two-digit spans out', () => {
    expect(dates('农历2015年十月初一', null, '2017-03-22').map((x) => [x.text, x.date])).toEqual([['2015年', '2015']]);
    expect(dates('三月初一,大年初一,康熙三年五月,康熙20年9月,近18年', null, '2017-03-22')).toEqual([]);
    expect(dates('他07年以后就没再来过', null, '2017-03-22').map((x) => x.date)).toEqual(['2007']);
  });

  it('prefers the date in brackets to the word before it: 今天（2月28日）', () => {
    expect(dates('国家统计局今天（2月28日）发布公报', '2021-02-28').map((x) => x.text)).toEqual(['2月28日']);
  });
});

describe('daysIn', () => {
  it('counts as Date.UTC does, leap years, month 0 and years under 100 included', async () => {
    const { daysIn } = await import('../../src/dates/calendar.js');
    const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (const y of [0, 4, 50, 99, 100, 1900, 2000, 2023, 2024, 2100])
      for (let m = 0; m <= 13; m++) expect(daysIn(y, m)).toBe(byDate(y, m));
    expect(daysIn(2024, 2)).toBe(29);
    expect(daysIn(1900, 2)).toBe(28);
  });
});

describe('numeric dates among numbers that are no dates', () => {
  it('gives an item heading of a news digest no year from the item before it', () => {
    const text =
      '央视网消息（新闻联播）：\n2019年中国对外直接投资1369.1亿美元\n《公报》显示，2019年中国对外直接投资1369.1亿美元。\n8月份生猪存栏同比增长31.3%\n8月份全国生猪存栏同比增长31.3%。';
    const months = dates(text, '2020-09-16').filter((d) => d.text === '8月份');
    expect(months.map((d) => d.period)).toEqual(['2020-08', '2020-08']);
  });

  it('finds dates next to runs of numbers no date mark follows', () => {
    const text = '统一12.5%的100亿元中，2021年5月3日起，一二三四五六七八九十两千9个，三至五月，1—7月';
    const found = findDates(text, builtinRules()).map((d) => text.slice(d.start, d.end));
    expect(found).toEqual(['2021年5月3日', '三至五月', '1—7月']);
  });
});

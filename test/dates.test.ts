import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates.js';
import { resolveDates } from '../src/resolve/dates.js';
import { builtinRules } from './helpers.js';

/** Resolves every date expression of a one-paragraph text. */
function dates(text: string, published: string | null = null, refDate: string | null = null) {
  const exprs = findDates(text, builtinRules());
  return resolveDates(exprs, text, { published, refDate }, () => 0).map((d) => ({
    text: text.slice(d.expr.start, d.expr.end),
    date: d.date,
    period: d.period,
    basis: d.basis,
  }));
}

describe('date expressions', () => {
  it('reads full dates as explicit', () => {
    expect(dates('2021年1月4日,苏州召开大会')).toEqual([{ text: '2021年1月4日', date: '2021-01-04', period: '2021-01-04', basis: 'explicit' }]);
  });

  it('takes a missing year from the publication date, toward the past', () => {
    expect(dates('5月13日,峰会举行', '2021-05-19')[0]).toMatchObject({ date: '2021-05-13', basis: 'publication' });
    expect(dates('7月28日上午举行会谈', '2021-05-19')[0]).toMatchObject({ text: '7月28日上午', date: '2020-07-28', basis: 'publication' });
  });

  it('takes a missing year from an earlier date in context', () => {
    const d = dates('合作始于2017年。当年9月1日,基地落成。', '2021-05-19');
    expect(d[1]).toMatchObject({ text: '当年9月1日', date: '2017-09-01', basis: 'context' });
    const e = dates('进入2020年,华为在3月份战略投资;5月20日签署协议', '2021-05-19');
    expect(e.map((x) => x.date)).toEqual(['2020', '2020-03', '2020-05-20']);
    expect(e[2]!.basis).toBe('context');
  });

  it('uses --ref-date when the page has no publication date', () => {
    expect(dates('6月17日,对接会举行', null, '2021-08-01')[0]).toMatchObject({ date: '2021-06-17', basis: 'reference' });
  });

  it('falls back to the latest date the text states', () => {
    const d = dates('7月28日上午举行会谈。2021年4月27日召开会议。');
    expect(d[0]).toMatchObject({ date: '2021-07-28', basis: 'context' });
  });

  it('normalizes periods', () => {
    const d = dates('今年上半年,“十三五”期间,年底,2021年-2023年,前三季度,近五年', '2021-08-01');
    expect(d.map((x) => x.period)).toEqual(['2021-H1', '2016/2020', '2021-12-31', '2021/2023', '2021-Q1/2021-Q3', '2016/2020']);
    expect(d.map((x) => x.date)).toEqual(['2021-H1', '2016/2020', '2021-12', '2021/2023', '2021-Q1/2021-Q3', '2016/2020']);
  });

  it('does not read 年代 or 个月 as dates', () => {
    expect(dates('上世纪90年代,一个月后')).toEqual([]);
  });
});

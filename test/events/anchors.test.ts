// Which dates can anchor an event: not the months a statistic covers, a stock's "as of"
// day, a day's hour-by-hour count, nor the span of a plan.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

const events = (text: string, refDate = '2020-08-27') =>
  extractText(text, { refDate, types: new Set(['event']) }).map((f) => (f.type === 'event' ? f.date : null));

describe('dates that anchor no event', () => {
  it('a statistic’s months, a stock’s day, a day’s count', () => {
    expect(events('1—8月，我国对外非金融类直接投资4927.6亿元。')).toEqual([]);
    expect(events('截至8月26日24时，据31个省报告，现有确诊病例300例。')).toEqual([]);
    expect(events('8月26日0—24时，31个省新增确诊病例9例。')).toEqual([]);
  });

  it('a day that qualifies a figure or a noun, with no trigger word', () => {
    expect(events('占比由1月27日的1.3%上升到2月9日的8.2%。')).toEqual([]);
    expect(events('今天（7月22日）的系列报道为您讲述两位英雄。', '2021-07-22')).toEqual([]);
  });

  it('the span of a plan', () => {
    expect(events('“十三五”规划实施顺利，主要目标任务即将完成。')).toEqual([]);
  });

  it('an amount counted, but not one decided', () => {
    expect(events('2024年，制造业技改投资比上年增长8%。')).toEqual([]);
    expect(events('3月份，宁德时代计划投资50亿美元，在北美修建工厂。', '2022-08-12')).toEqual(['2022-03']);
  });
});

describe('dates that do', () => {
  it('a day told with a time of day, its event clauses later', () => {
    expect(events('今天上午，第二届进博会上，15组中外企业签署合同或协议。', '2019-11-06')).toEqual(['2019-11-06']);
  });

  it('two days running, told together, as one stretch', () => {
    expect(events('21日和22日，公开讲座活动在澳门举行。', '2022-09-26')).toEqual(['2022-09-21/2022-09-22']);
  });
});

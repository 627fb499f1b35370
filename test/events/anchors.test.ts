// Which dates anchor an event (src/events/anchors.ts): not the months a statistic covers,
// a stock's "as of" day, a day's hour-by-hour count, nor the span of a plan; and which
// dates of events do not date later figures.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { events, indicators } from '../helpers.js';

const eventDates = (text: string, refDate = '2020-08-27') =>
  extractText(text, { refDate, types: new Set(['event']) }).map((f) => (f.type === 'event' ? f.date : null));

describe('dates that anchor no event', () => {
  it('a statistic’s months, a stock’s day, a day’s count', () => {
    expect(eventDates('1—8月，我国对外非金融类直接投资4927.6亿元。')).toEqual([]);
    expect(eventDates('截至8月26日24时，据31个省报告，现有确诊病例300例。')).toEqual([]);
    expect(eventDates('8月26日0—24时，31个省新增确诊病例9例。')).toEqual([]);
  });

  it('a day that qualifies a figure or a noun, with no trigger word', () => {
    expect(eventDates('占比由1月27日的1.3%上升到2月9日的8.2%。')).toEqual([]);
    expect(eventDates('今天（7月22日）的系列报道为您讲述两位英雄。', '2021-07-22')).toEqual([]);
  });

  it('the span of a plan', () => {
    expect(eventDates('“十三五”规划实施顺利，主要目标任务即将完成。')).toEqual([]);
  });

  it('an amount counted, but not one decided', () => {
    expect(eventDates('2024年，制造业技改投资比上年增长8%。')).toEqual([]);
    expect(eventDates('3月份，宁德时代计划投资50亿美元，在北美修建工厂。', '2022-08-12')).toEqual(['2022-03']);
  });
});

describe('dates that do', () => {
  it('a day told with a time of day, its event clauses later', () => {
    expect(eventDates('今天上午，第二届进博会上，15组中外企业签署合同或协议。', '2019-11-06')).toEqual(['2019-11-06']);
  });

  it('a day word alone (今天, 昨晚) dates its clause with no trigger word, as a day written would', () => {
    expect(eventDates('今天，北京天坛公园恢复开放祈年殿院落。', '2020-04-29')).toEqual(['2020-04-29']);
    expect(eventDates('昨晚，岳阳华容县梅永固垸发生险情。', '2020-07-20')).toEqual(['2020-07-19']);
    // by now (到今天: a stock), a hope (明天一定会更好), a noun (美好的明天): no event
    expect(eventDates('党员人数发展到今天已有9100多万名。', '2021-06-27')).toEqual([]);
    expect(eventDates('相信香港明天一定会更好。', '2021-07-03')).toEqual([]);
    expect(eventDates('携手创造人类更加美好的明天。', '2020-11-05')).toEqual([]);
    // the base of a comparison, a speaker's now
    expect(eventDates('王家坝闸水位较昨日有所回落。', '2020-07-15')).toEqual([]);
    expect(eventDates('今天，我们完全可以说，目标实现了。', '2021-12-29')).toEqual([]);
  });

  it('a year that names what a day of it dates (2021年…论坛今天举行): one event, on the day', () => {
    expect(eventDates('2021年中俄网络媒体论坛今天（11月22日）以视频连线的方式举行。', '2021-11-22')).toEqual([
      '2021-11-22',
    ]);
    expect(eventDates('博鳌亚洲论坛2021年年会开幕式20日上午在海南博鳌举行。', '2021-04-20')).toEqual(['2021-04-20']);
    // the day told first, the year-named thing in the next clause: still one telling
    expect(eventDates('今天（5月18日），2021年“国际博物馆日”中国主会场活动在京举行。', '2021-05-18')).toEqual([
      '2021-05-18',
    ]);
  });

  it('a year that opens a name in a digest’s heading is the edition; the body tells the day', () => {
    const digest =
      '国内联播快讯\n2021年中国·廊坊国际经贸洽谈会开幕\n2021年中国·廊坊国际经济贸易洽谈会今天（5月18日）开幕。';
    expect(eventDates(digest, '2021-05-18')).toEqual(['2021-05-18']);
    // a year told as a time (2021年起) in a heading still dates
    expect(eventDates('国内联播快讯\n2021年起全面实施新规定\n新规定将推动改革。', '2021-05-18')).toEqual(['2021']);
  });

  it('a year naming a later edition, with the day told before it, is no date of its own', () => {
    const text = '今天（9月22日），2022年第19届亚运会体育图标发布，此次发布的体育图标涵盖40个大项。';
    expect(eventDates(text, '2020-09-22')).toEqual(['2020-09-22']);
  });

  it('two words of one year over one telling give one event', () => {
    const text = '由中华全国总工会举办的2019年“大国工匠年度人物”发布活动评选结果揭晓。';
    expect(eventDates(text, '2020-11-14')).toEqual(['2019']);
  });

  it('two days running, told together, as one stretch', () => {
    expect(eventDates('21日和22日，公开讲座活动在澳门举行。', '2022-09-26')).toEqual(['2022-09-21/2022-09-22']);
  });
});

describe('events', () => {
  it('does not make events of statistics or of the start of a stretch of time', () => {
    expect(events('2012年,全年完成固定资产投资额1375.5亿元。')).toEqual([]);
    expect(events('年初以来,全市经济延续了企稳回升态势。', '2017-06-04')).toEqual([]);
  });

  it('dates an event by 今年 alone only with a verb that tells what happened, and no figure', () => {
    expect(events('今年,“加强新型基础设施建设”被首次写入政府工作报告。', '2020-05-27')).toMatchObject([
      { date: '2020', dateBasis: 'reference', kind: 'other' },
    ]);
    expect(events('青岛已经是今年华为云城市峰会举办的第二站。', '2021-05-19')).toEqual([]);
    expect(events('今年城镇保障性住房基本建成470万套。', '2021-05-19')).toEqual([]);
  });

  it('reads what a year alone in its clause says in the next (从2015年开始,国家启动…)', () => {
    expect(events('从2015年开始,国家启动农村光纤网络覆盖行动。')).toMatchObject([{ date: '2015', kind: 'launch' }]);
  });

  it('keeps an event’s date from dating later figures, while a quarter still does', () => {
    expect(indicators('2019年初成立了创新联盟。联盟企业已实现销售额2000余万元。')[0]?.period).toBeNull();
    expect(
      indicators('一季度,国家公布了123个示范项目。75个项目建成投入运行。', '2022-04-24').map((i) => i.period),
    ).toEqual(['2022-Q1', '2022-Q1']);
  });

  it('says the year came from the publication date when the page’s own date line gave it', () => {
    const [e] = events('2020-11-20 19:30:00 来源：央视网\n2020中国5G+工业互联网大会20日在武汉开幕。');
    expect(e).toMatchObject({ date: '2020-11-20', dateBasis: 'publication' });
  });
});

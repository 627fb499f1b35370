import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.js';

describe('publication metadata', () => {
  it('reads a labelled date on the next line', () => {
    const d = createDocument(
      'a',
      '产业头条\n发布日期:\n2021/05/19\n字号\n华为牵手青岛 华为云城市峰会2021青岛站启幕\n正文',
    );
    expect(d.published).toBe('2021-05-19');
    expect(d.publishedEvidence?.text).toBe('2021/05/19');
  });

  it('reads source and date from a 来源 line', () => {
    const d = createDocument(
      'a',
      '首页 > 产经 > 正文\n\n聚焦两会|驻青岛人大代表热议开放大势\n\n来源: 文化视界 2020-05-27 14:48:49\n  正文。',
    );
    expect(d).toMatchObject({
      published: '2020-05-27',
      source: '文化视界',
      title: '聚焦两会|驻青岛人大代表热议开放大势',
    });
  });

  it('reads a date on its own line', () => {
    expect(createDocument('a', 'Mobile\n\n青岛:叫响城市品牌的新故事\n\n2022-04-18 09:36\n\n正文。').published).toBe(
      '2022-04-18',
    );
  });

  it('keeps a dateline without a year as a dateline, not a publication date', () => {
    const d = createDocument(
      'a',
      '平台引领 生态赋能 市南区工业互联网发展\n青岛新闻网9月25日讯 在青岛打造世界工业互联网之都的新赛道上。',
    );
    expect(d).toMatchObject({ published: null, dateline: '09-25', source: '青岛新闻网' });
  });

  it('reads a programme line with a compact date in brackets', () => {
    const d = createDocument('a', '《晚间要闻》 (20230621)\n数字基础设施建设提速\n本台消息：今年以来，各地加快建设。');
    expect(d).toMatchObject({ published: '2023-06-21', publishedEvidence: { start: 8, end: 16, text: '20230621' } });
    expect(createDocument('a', '《晚间要闻》（20230631）\n正文。').published).toBeNull(); // no such day
  });

  it('reads an English feed header: an RFC 2822 date and the outlet named by author:', () => {
    const d = createDocument(
      'a',
      '某市上半年经济稳中有进\ndate: Sun, 08 Aug 2021 13:34:03 GMT  author: 财经日报\n正文。',
    );
    expect(d).toMatchObject({
      published: '2021-08-08',
      source: '财经日报',
      publishedEvidence: { text: 'Sun, 08 Aug 2021 13:34:03 GMT' },
    });
    expect(createDocument('a', '标题一行\nDate: 2021-12-01 08:09\n正文。').published).toBe('2021-12-01');
  });

  it('dates a speech by the line under its title (——2021年3月5日在…会议上)', () => {
    const d = createDocument(
      'a',
      '2021年政府工作报告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n各位代表：',
    );
    expect(d).toMatchObject({ published: '2021-03-05', publishedEvidence: { text: '2021年3月5日' } });
    expect(createDocument('a', '会议纪要\n2021年3月5日在北京召开会议。').published).toBeNull();
    expect(createDocument('a', '会议纪要\n2021年3月5日在北京召开的会议上，专家指出。').published).toBeNull();
    expect(
      createDocument(
        'a',
        '2025年天津市政府工作报告\n2025年1月14日在天津市第十八届人民代表大会第三次会议上天津市市长作报告。',
      ).published,
    ).toBe('2025-01-14');
    expect(
      createDocument(
        'a',
        '2025年上海市政府工作报告\n----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告',
      ).published,
    ).toBe('2025-01-15');
  });

  it('does not take an eight-digit number in the body for a date', () => {
    for (const t of [
      '项目编号(20230621)已经公示，共有20230621人次参与。',
      '一\n二\n三\n四\n五\n节目 (20230621)',
      '合同号：(20230621)\n正文。',
    ]) {
      expect(createDocument('a', t).published).toBeNull();
    }
  });

  it('invents nothing when the page states nothing', () => {
    const d = createDocument('a', '王清宪对话青岛企业负责人,工业互联网融入安徽!\n青岛\n正文没有日期。');
    expect(d).toMatchObject({ published: null, dateline: null, source: null });
  });

  it('folds full-width forms for matching without moving offsets', () => {
    const d = createDocument('a', '２０２０年增长１３．８％');
    expect(d.match).toBe('2020年增长13.8%');
    expect(d.match.length).toBe(d.text.length);
  });
});

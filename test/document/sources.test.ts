import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.js';
import { organizations } from '../helpers.js';

const names = (text: string) => createDocument('t.txt', text).sources.map((e) => e.text);

describe('sources named by a page', () => {
  it('splits a 来源 line naming two outlets', () => {
    expect(names('2025年天津市政府工作报告\n来源：天津人大—天津日报\n各位代表：')).toEqual(['天津人大', '天津日报']);
    expect(names('发布人：-中国证券网-上海证券报\n记者昨日获悉。')).toEqual(['中国证券网', '上海证券报']);
  });

  it('stops at the next field or a date', () => {
    expect(names('　　来源： 时代周报  作者：梁施婷\n正文。')).toEqual(['时代周报']);
    expect(names('来源: 文化视界 2020-05-27 14:48:49\n正文。')).toEqual(['文化视界']);
  });

  it('reads 来源 without a colon only when the line holds nothing else', () => {
    expect(names('正文到此结束。\n　　来源 齐鲁观、青记')).toEqual(['齐鲁观', '青记']);
    expect(names('来源于集中力量办大事的制度优势。')).toEqual([]);
  });

  it('reads the feed header’s author with its spaces, and a lead’s dateline', () => {
    const text = 'date: Fri, 26 Nov 2021 03:26:15 GMT  author: IT 之家\nIT之家 11 月 26 日消息，昨日开标。';
    expect(names(text)).toEqual(['IT 之家', 'IT之家']);
    expect(names('财联社8月13日讯（编辑 王舒蕾）盘江股份公告。')).toEqual(['财联社']);
    expect(names('电车汇消息：12家央企成立平台。\n文章摘自 电车汇 20211014')).toEqual(['电车汇', '电车汇']);
  });

  it('takes no ordinary words for an outlet', () => {
    expect(names('好消息，今年丰收。\n来自山西应急管理厅的消息：救援结束。')).toEqual([]);
  });
});

describe('sources as organizations', () => {
  it('are media unless the rules know them (天津人大 is the congress)', () => {
    const o = organizations('来源：天津人大—天津日报\n各位代表：');
    expect(o.map((x) => [x.name, x.kind])).toEqual([
      ['天津人大', 'government'],
      ['天津日报', 'media'],
    ]);
  });

  it('take the alias table’s canonical name, and not a feed’s label', () => {
    expect(organizations('date: Fri, 14 Jan 2022 00:05:23 GMT  author: 36kr\n正文。')[0]?.canonical).toBe('36氪');
    expect(organizations('date: Fri, 12 Aug 2022 13:30:00 GMT  author: 高科技行业门户\n正文。')).toEqual([]);
  });

  it('drop the place a dateline adds (新华社北京3月5日电)', () => {
    expect(organizations('新华社北京3月5日电 会议开幕。').map((x) => x.name)).toEqual(['新华社']);
  });
});

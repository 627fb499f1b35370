import { describe, expect, it } from 'vitest';
import { createDocument } from '../src/document/document.js';
import { splitSentences, splitClauses } from '../src/segment/sentences.js';
import { alignTokens } from '../src/segment/tokens.js';

describe('publication metadata', () => {
  it('reads a labelled date on the next line', () => {
    const d = createDocument('a', '产业头条\n发布日期:\n2021/05/19\n字号\n华为牵手青岛 华为云城市峰会2021青岛站启幕\n正文');
    expect(d.published).toBe('2021-05-19');
    expect(d.publishedEvidence?.text).toBe('2021/05/19');
  });

  it('reads source and date from a 来源 line', () => {
    const d = createDocument('a', '首页 > 产经 > 正文\n\n聚焦两会|驻青岛人大代表热议开放大势\n\n来源: 文化视界 2020-05-27 14:48:49\n  正文。');
    expect(d).toMatchObject({ published: '2020-05-27', source: '文化视界', title: '聚焦两会|驻青岛人大代表热议开放大势' });
  });

  it('reads a date on its own line', () => {
    expect(createDocument('a', 'Mobile\n\n青岛:叫响城市品牌的新故事\n\n2022-04-18 09:36\n\n正文。').published).toBe('2022-04-18');
  });

  it('keeps a dateline without a year as a dateline, not a publication date', () => {
    const d = createDocument('a', '平台引领 生态赋能 市南区工业互联网发展\n青岛新闻网9月25日讯 在青岛打造世界工业互联网之都的新赛道上。');
    expect(d).toMatchObject({ published: null, dateline: '09-25', source: '青岛新闻网' });
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

describe('sentences and tokens', () => {
  it('splits at terminators and line breaks, keeping closing quotes', () => {
    const text = '他说:“好。”然后走了!\n第二行;第三句';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['他说:“好。”', '然后走了!', '第二行;', '第三句']);
  });

  it('numbers paragraphs by line', () => {
    const s = splitSentences('一。二。\n\n三。');
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });

  it('splits clauses at commas', () => {
    const text = '苏州当年实现增加值9385.6亿元,同比增长3.4%';
    expect(splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end))).toEqual(['苏州当年实现增加值9385.6亿元', '同比增长3.4%']);
  });

  it('lays jieba words back onto the text, covering every character', () => {
    const text = '青岛 檬豆';
    const t = alignTokens(text, [
      { word: '青岛', tag: 'ns' },
      { word: '檬豆', tag: 'x' },
    ]);
    expect(t.map((k) => [k.start, k.end, k.word])).toEqual([
      [0, 2, '青岛'],
      [2, 3, ' '],
      [3, 5, '檬豆'],
    ]);
  });
});

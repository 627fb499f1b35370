// A declared title as the line a page would open with (src/document/declared-title.ts), and
// the text read under it (src/document/reading.ts).
import { describe, expect, it } from 'vitest';
import { headingOf, holdsLine } from '../../src/document/declared-title.js';
import { createDocument } from '../../src/document/document.js';
import { readingOf } from '../../src/document/reading.js';

describe('a declared title as a heading', () => {
  it("cuts the site's and channel's names a <title> adds", () => {
    expect(headingOf('5月份国民经济保持稳定恢复_新闻频道_央视网')).toBe('5月份国民经济保持稳定恢复');
    expect(headingOf('前三季度GDP同比增长9.8% | 示例财经')).toBe('前三季度GDP同比增长9.8%');
    expect(headingOf('上半年经济数据 - 凤凰网青岛')).toBe('上半年经济数据');
  });

  it('keeps a title whose parts are all its own, and makes one line of it', () => {
    // a second part longer than a site's name is a second clause, not a site
    expect(headingOf('科技_前三季度全市规模以上工业增加值同比增长9.8%')).toBe(
      '科技_前三季度全市规模以上工业增加值同比增长9.8%',
    );
    // too short a first part to stand alone
    expect(headingOf('图解_央视网')).toBe('图解_央视网');
    expect(headingOf('[视频]前9个月\n我国实际使用外资同比增长19.6%')).toBe(
      '[视频]前9个月 我国实际使用外资同比增长19.6%',
    );
    expect(headingOf('  ')).toBeNull();
  });

  it('is held by the text only as a line of its own', () => {
    expect(holdsLine('导语\n  某市经济运行开局良好 \n正文。', '某市经济运行开局良好')).toBe(true);
    expect(holdsLine('据悉，某市经济运行开局良好。', '某市经济运行开局良好')).toBe(false);
  });
});

describe('the text read under a title declared apart', () => {
  it('is the title line, then the text, its evidence moved along', () => {
    const doc = createDocument('r', '来源：示例网\n全市实现工业增加值384.1亿元。', { title: '某市经济运行开局良好' });
    expect(doc.titleApart).toBe(true);
    const { doc: read, bodyStart } = readingOf(doc);
    expect(bodyStart).toBe(11);
    expect(read.text).toBe(`某市经济运行开局良好\n${doc.text}`);
    expect(read.match.length).toBe(read.text.length);
    expect(read.sourceEvidence).toEqual({ ...doc.sourceEvidence!, start: 14, end: 17 });
    expect(read.text.slice(read.sourceEvidence!.start, read.sourceEvidence!.end)).toBe('示例网');
  });

  it("has the record's date as its date line, the page's own date", () => {
    const doc = createDocument('r', '12月30日，省统计局公布最终核实数。', {
      title: '某省公布2020年地区生产总值最终核实数',
      published: '2021-12-30',
    });
    const { doc: read, bodyStart } = readingOf(doc);
    expect(read.text).toBe(`某省公布2020年地区生产总值最终核实数\n2021-12-30\n${doc.text}`);
    expect(bodyStart).toBe(read.text.length - doc.text.length);
    expect(read.publishedEvidence).toEqual({ start: 21, end: 31, text: '2021-12-30' });
    expect(read.text.slice(21, 31)).toBe('2021-12-30');
  });

  it('is the text itself without a title apart', () => {
    const doc = createDocument('t.txt', '某市经济运行开局良好\n全市实现工业增加值384.1亿元。');
    expect(doc.titleApart).toBe(false);
    expect(readingOf(doc)).toEqual({ doc, bodyStart: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences, splitClauses } from '../../src/segment/sentences.js';
import { alignTokens } from '../../src/segment/tokens.js';

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

  it('reads no heading in a name broken out onto a line of its own', () => {
    const text = '2005年工作回顾\n制定了《\n关于深化改革严格土地管理的决定\n》；完善国土资源管理体制。';
    const headings = splitSentences(text).filter((x) => x.heading);
    expect(headings.map((x) => text.slice(x.start, x.end))).toEqual(['2005年工作回顾']);
  });

  it('reads a long first line as the title (a broadcast series name before it)', () => {
    const title = '[视频]【在习近平新时代中国特色社会主义思想指引下】“十四五”稳健开局 中国经济阔步向前';
    const text = `${title}\n一季度，中国经济稳定复苏。\n${title}`;
    // (only the first line: the same words further down are too long for a heading)
    expect(splitSentences(text).map((x) => x.heading)).toEqual([true, false, false]);
  });

  it('splits clauses at commas', () => {
    const text = '苏州当年实现增加值9385.6亿元,同比增长3.4%';
    expect(splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end))).toEqual([
      '苏州当年实现增加值9385.6亿元',
      '同比增长3.4%',
    ]);
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

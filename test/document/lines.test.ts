// Line-anchored regexes tried at line starts only (document/lines.ts) find what a /…/gm
// exec loop finds: the same matches, in order, each searched for after the one before.
import { describe, expect, it } from 'vitest';
import { lineMatches, lineStarts } from '../../src/document/lines.js';

/** What `while ((m = re.exec(text)))` finds with the regex global and multiline. */
function execLoop(source: string, text: string): [number, string][] {
  const re = new RegExp(source, 'gm');
  const out: [number, string][] = [];
  for (let m: RegExpExecArray | null; (m = re.exec(text));) out.push([m.index, m[0]]);
  return out;
}

const atLineStarts = (source: string, text: string): [number, string][] =>
  lineMatches(new RegExp(source, 'my'), text, lineStarts(text)).map((m) => [m.index, m[0]]);

describe('lineStarts', () => {
  it('starts a line after each \\n, \\r, U+2028 and U+2029, as a multiline ^ does', () => {
    expect(lineStarts('ab\ncd\n')).toEqual([0, 3, 6]);
    expect(lineStarts('a\r\nb\u2028c\u2029d')).toEqual([0, 2, 3, 5, 7]);
    expect(lineStarts('')).toEqual([0]);
  });
});

describe('lineMatches', () => {
  const source = String.raw`^[ \t]*来源[ \t]*[:：][ \t]*\n?[ \t]*([^\n]*)`;
  it('finds what an exec loop finds, a value on the next line included', () => {
    const text = '标题\n来源：新华社\n正文来源：不是\n  来源:\n人民日报\n来源：央视网';
    expect(atLineStarts(source, text)).toEqual(execLoop(source, text));
    expect(atLineStarts(source, text).map(([, m]) => m)).toEqual(['来源：新华社', '  来源:\n人民日报', '来源：央视网']);
  });

  it('reads lines split by \\r and U+2028 as ^ does', () => {
    const text = '来源：甲\r来源：乙\u2028来源：丙\r\n来源：丁';
    expect(atLineStarts(source, text)).toEqual(execLoop(source, text));
    // [^\n]* runs over \r and U+2028: the first value takes in the next two lines, as exec's does
    expect(atLineStarts(source, text).map(([i]) => i)).toEqual([0, text.indexOf('来源：丁')]);
  });
});

// The pair scanners find what Lexicon.findAll and firstIn find: same words, same places.
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/rules/lexicon.js';
import { pairScanner, twoListScanner } from '../../src/places/pair-scan.js';
import { divisionLexicon } from '../../src/places/divisions-table.js';
import { builtinRules } from '../helpers.js';

const lexicon = (words: string[]) => new Lexicon(words.map((w) => [w, w] as const));
const spans = (ms: readonly { start: number; end: number; word: string }[]) => ms.map((m) => [m.start, m.end, m.word]);

const TEXTS = [
  '新疆乌鲁木齐市与吉木萨尔县、奇台县签约，张家港市人民政府发布。',
  '大理白族自治州大理州大理市，新的大力发展，东莞东莞市广东省',
  '山东省青岛市市南区胶东五市',
  '',
  '新',
];

describe('pairScanner', () => {
  it('finds the longest word at each place, left to right, as Lexicon.findAll does', () => {
    const words = lexicon(['山东', '山东省', '东省', '青岛', '青岛市', '市南区', '南区', '胶东']);
    const scan = pairScanner(words);
    for (const text of TEXTS)
      for (const [from, to] of [
        [0, text.length],
        [1, text.length - 1],
        [2, 5],
      ] as const) {
        expect(spans(scan.findAll(text, from, to))).toEqual(spans(words.findAll(text, from, to)));
        expect(scan.firstIn(text, from, to)).toEqual(words.firstIn(text, from, to));
      }
    // a word that would end past `to` is not found: 山东省 cut at 省 is 山东
    expect(spans(scan.findAll('山东省', 0, 2))).toEqual([[0, 2, '山东']]);
  });

  it('finds what findAll finds for the divisions over real text', () => {
    const divisions = divisionLexicon();
    const scan = pairScanner(divisions);
    for (const text of TEXTS)
      expect(spans(scan.findAll(text, 0, text.length))).toEqual(spans(divisions.findAll(text, 0, text.length)));
  });

  it('scans a list with a one-character word as the lexicon does', () => {
    const words = lexicon(['省', '山东省', '市']);
    const scan = pairScanner(words);
    const text = '山东省青岛市';
    expect(spans(scan.findAll(text, 0, text.length))).toEqual([
      [0, 3, '山东省'],
      [5, 6, '市'],
    ]);
  });
});

describe('twoListScanner', () => {
  it('finds in one pass what each list finds alone, overlaps between the lists allowed', () => {
    const rules = builtinRules();
    const divisions = divisionLexicon();
    const scan = twoListScanner(rules.regions, divisions);
    for (const text of TEXTS) {
      const [named, divided] = scan(text, 0, text.length);
      expect(spans(named)).toEqual(spans(rules.regions.findAll(text, 0, text.length)));
      expect(spans(divided)).toEqual(spans(divisions.findAll(text, 0, text.length)));
    }
  });
});

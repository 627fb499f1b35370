// Two lists scanned in one pass find what each list's Lexicon.findAll finds: same words, same places.
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/rules/lexicon.js';
import { twoListScanner } from '../../src/places/pair-scan.js';
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

/** Both lists' matches, each as its own findAll finds them, over [from, to). */
function expectSameAsFindAll<A, B>(a: Lexicon<A>, b: Lexicon<B>, text: string, from: number, to: number): void {
  const [foundA, foundB] = twoListScanner(a, b)(text, from, to);
  expect(spans(foundA)).toEqual(spans(a.findAll(text, from, to)));
  expect(spans(foundB)).toEqual(spans(b.findAll(text, from, to)));
}

describe('twoListScanner', () => {
  it('finds the longest word at each place, left to right, in each list, overlaps between the lists allowed', () => {
    const a = lexicon(['山东', '山东省', '东省', '青岛', '青岛市', '市南区', '南区', '胶东']);
    const b = lexicon(['东省', '省青岛', '市南', '五市', '胶东五市']);
    for (const text of TEXTS)
      for (const [from, to] of [
        [0, text.length],
        [1, text.length - 1],
        [2, 5],
      ] as const)
        expectSameAsFindAll(a, b, text, from, to);
    // a word that would end past `to` is not found: 山东省 cut at 省 is 山东
    expect(spans(twoListScanner(a, b)('山东省', 0, 2)[0])).toEqual([[0, 2, '山东']]);
  });

  it('finds what findAll finds for the rule files’ places and the divisions', () => {
    const rules = builtinRules();
    for (const text of TEXTS) expectSameAsFindAll(rules.regions, divisionLexicon(), text, 0, text.length);
  });

  it('scans lists with a one-character word as the lexicons do', () => {
    const a = lexicon(['省', '山东省', '市']);
    const text = '山东省青岛市';
    expect(spans(twoListScanner(a, lexicon(['青岛']))(text, 0, text.length)[0])).toEqual([
      [0, 3, '山东省'],
      [5, 6, '市'],
    ]);
    expectSameAsFindAll(a, lexicon(['青岛']), text, 0, text.length);
  });
});

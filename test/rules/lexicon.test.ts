import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/rules/lexicon.js';

describe('Lexicon.matchAt', () => {
  const lex = new Lexicon<number>([
    ['中', 1],
    ['中国', 2],
    ['中国银行', 3],
    ['中信', 4],
  ]);

  it('takes the longest word sharing the first two characters', () => {
    expect(lex.matchAt('中国银行发布', 0)?.word).toBe('中国银行');
    expect(lex.matchAt('中国人民', 0)?.word).toBe('中国');
    expect(lex.matchAt('中信证券', 0)?.word).toBe('中信');
  });

  it('falls back to a one-character word when no longer one fits', () => {
    expect(lex.matchAt('中央', 0)?.word).toBe('中');
    // the limit cuts 中国银行 and 中国 short: only 中 fits before it
    expect(lex.matchAt('中国银行', 0, 1)?.word).toBe('中');
    expect(lex.matchAt('中国银行', 0, 3)?.word).toBe('中国');
  });

  it('finds nothing where no word starts', () => {
    expect(lex.matchAt('国中', 0)).toBeNull();
    expect(lex.matchAt('中', 1)).toBeNull();
  });
});

describe('Lexicon.firstIn', () => {
  const lex = new Lexicon<number>([
    ['同比', 1],
    ['同期', 2],
    ['比上年', 3],
    ['上年同期', 4],
  ]);

  it('is the first match findAll would give, longest at its position', () => {
    for (const [text, from, to] of [
      ['比上年同期增长5%', 0, 9],
      ['增长5%，同比增长', 0, 9],
      ['比上年同期增长5%', 1, 9],
      ['比上年同期增长5%', 0, 2],
      ['比上年同期增长5%', 3, 5],
    ] as const)
      expect(lex.firstIn(text, from, to)).toEqual(lex.findAll(text, from, to)[0] ?? null);
    expect(lex.firstIn('比上年同期增长5%')?.word).toBe('比上年');
    expect(lex.firstIn('比上年同期增长5%', 1)?.word).toBe('上年同期');
  });

  it('is null where no word lies wholly inside the range', () => {
    expect(lex.firstIn('增长5%')).toBeNull();
    expect(lex.firstIn('比上年同期', 3, 4)).toBeNull();
  });
});

describe('Lexicon scans against a plain reading', () => {
  // What every scan must find, read without any index: the longest word at each position.
  function plainFindAll(words: readonly string[], text: string, from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to;) {
      const w = words.filter((x) => i + x.length <= to && text.startsWith(x, i)).sort((a, b) => b.length - a.length)[0];
      if (w) {
        out.push(`${i}:${w}`);
        i += w.length;
      } else i++;
    }
    return out;
  }
  // Words from a small alphabet, so that pairs and triples collide in the hashed bits.
  const alphabet = '中国华北京电信移动银行市委大学';
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const word = (len: number) => Array.from({ length: len }, () => alphabet[next(alphabet.length)]).join('');

  it('finds what the plain reading finds, for lists of one to 2,000 words', () => {
    for (const size of [1, 3, 40, 2000]) {
      const words = [...new Set(Array.from({ length: size }, () => word(1 + next(5))))];
      const lexicon = new Lexicon(words.map((w) => [w, true] as const));
      const text = word(3000);
      for (const [from, to] of [
        [0, text.length],
        [17, 2950],
        [5, 7],
      ] as const) {
        const found = lexicon.findAll(text, from, to).map((m) => `${m.start}:${m.word}`);
        expect(found).toEqual(plainFindAll(words, text, from, to));
        const every = words
          .flatMap((w) =>
            [...text.slice(from, to).matchAll(new RegExp(`(?=${w})`, 'g'))].map((m) => [from + m.index, w] as const),
          )
          .sort((a, b) => a[0] - b[0] || b[1].length - a[1].length)
          .map(([i, w]) => `${i}:${w}`);
        expect(lexicon.findEvery(text, from, to).map((m) => `${m.start}:${m.word}`)).toEqual(every);
        expect(lexicon.firstIn(text, from, to)?.start ?? null).toEqual(
          found.length ? Number(found[0]!.split(':')[0]) : null,
        );
      }
    }
  });

  it('finds words that end where the text or the range ends', () => {
    const lexicon = new Lexicon([['北京市', 1] as const, ['上海', 2] as const]);
    expect(lexicon.findAll('在北京市').map((m) => m.word)).toEqual(['北京市']);
    expect(lexicon.findAll('在北京市场', 0, 4).map((m) => m.word)).toEqual(['北京市']);
    expect(lexicon.findAll('在北京市场', 0, 3)).toEqual([]);
    expect(lexicon.findAll('到上海').map((m) => m.word)).toEqual(['上海']);
  });

  it('says a word could start with a character only where one does', () => {
    const lexicon = new Lexicon([['中国移动', 1] as const, ['北京', 2] as const]);
    expect(lexicon.couldStart('中'.charCodeAt(0))).toBe(true);
    expect(lexicon.couldStart('北'.charCodeAt(0))).toBe(true);
    expect(lexicon.couldStart('国'.charCodeAt(0))).toBe(false);
  });
});

describe('Lexicon.couldEnd', () => {
  const lexicon = new Lexicon<number>(
    ['国务院', '国务院国资委', '中国石油', '中石油', '华为', '央视网', '局', '中'].map((w, i) => [w, i] as const),
  );

  it('marks the characters the words end in, and no other', () => {
    expect(['院', '委', '油', '为', '网', '局', '中'].every((c) => lexicon.couldEnd(c.charCodeAt(0)))).toBe(true);
    expect(['国', '务', '石', '华', 'A'].some((c) => lexicon.couldEnd(c.charCodeAt(0)))).toBe(false);
  });

  it('reads code units past U+8000 (the sign bit of a 32-bit word)', () => {
    const few = new Lexicon([['研究院', 1] as const, ['中心', 2] as const]);
    expect(few.couldEnd('院'.charCodeAt(0))).toBe(true);
    expect(few.couldEnd('心'.charCodeAt(0))).toBe(true);
    expect(few.couldEnd('陀'.charCodeAt(0))).toBe(false);
  });

  it('finds words ending where it is asked, and none elsewhere', () => {
    expect(lexicon.matchEndingAt('在国务院国资委', 7)?.word).toBe('国务院国资委');
    expect(lexicon.allEndingAt('在国务院国资委', 7).map((m) => m.word)).toEqual(['国务院国资委']);
    expect(lexicon.matchEndingAt('在国务院国资', 6)).toBeNull();
  });
});

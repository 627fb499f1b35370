import { describe, expect, it } from 'vitest';
import { codeBits, codeTable, hasCode } from '../../src/segment/code-table.js';

describe('codeTable', () => {
  it('marks the characters given and those the test accepts, and no other', () => {
    const t = codeTable('年月，', (c) => c === '\u3000');
    expect(['年', '月', '，', '\u3000'].map((c) => t[c.charCodeAt(0)])).toEqual([1, 1, 1, 1]);
    expect(['日', ',', ' ', 'a'].map((c) => t[c.charCodeAt(0)])).toEqual([0, 0, 0, 0]);
  });

  it('reads each string given by its first character', () => {
    const t = codeTable(['万亿', '千']);
    expect([t['万'.charCodeAt(0)], t['千'.charCodeAt(0)], t['亿'.charCodeAt(0)]]).toEqual([1, 1, 0]);
  });
});

describe('codeBits', () => {
  it('holds what the byte table holds, at every code unit (the last of each 32-bit word too)', () => {
    const chars = ['年', '万亿', '\uffff', '\u001f', '\u0020', '0', '9'];
    const test = (c: string) => /\s/.test(c);
    const table = codeTable(chars, test);
    const bits = codeBits(chars, test);
    const differ: number[] = [];
    for (let code = 0; code < 65536; code++) if (hasCode(bits, code) !== (table[code] === 1)) differ.push(code);
    expect(differ).toEqual([]);
    expect([hasCode(bits, '亿'.charCodeAt(0)), hasCode(bits, '\uffff'.charCodeAt(0))]).toEqual([false, true]);
  });

  it('answers past a text’s end (charCodeAt gives NaN) as for U+0000: no for a set without it', () => {
    expect(hasCode(codeBits(['a', '\u0001', '\u0020']), '年'.charCodeAt(1))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { codeTable } from '../../src/segment/code-table.js';

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

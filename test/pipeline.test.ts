import { describe, expect, it } from 'vitest';
import { facts, indicators } from './helpers.js';

describe('every fact', () => {
  it('quotes its source exactly', () => {
    const text = '５月１３日,华为云城市峰会在青岛举行,产值增长１３．８％。';
    for (const f of facts(text, '2021-05-19')) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(indicators(text, '2021-05-19')[0]).toMatchObject({ value: 13.8, raw: '１３．８％' });
  });
});

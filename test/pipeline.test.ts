import { describe, expect, it } from 'vitest';
import { facts, indicators } from './helpers.js';
import { withoutDuplicates } from '../src/pipeline.js';
import type { Fact } from '../src/facts.js';

describe('every fact', () => {
  it('quotes its source exactly', () => {
    const text = '５月１３日,华为云城市峰会在青岛举行,产值增长１３．８％。';
    for (const f of facts(text, '2021-05-19')) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(indicators(text, '2021-05-19')[0]).toMatchObject({ value: 13.8, raw: '１３．８％' });
  });
});

describe('withoutDuplicates', () => {
  const event = (id: string, start: number, end: number, rule: string, date: string): Fact =>
    ({
      id,
      type: 'event',
      doc: 'd',
      start,
      end,
      text: 'x',
      rule,
      date,
      dateText: date,
      dateBasis: 'explicit',
      yearFrom: rule,
      kind: 'release',
      orgs: [],
      people: [],
      summary: 'x',
    }) as unknown as Fact;

  it('keeps the first of one span and content, whatever rule or year found it', () => {
    const sorted = [event('e-1', 0, 5, 'a', '2019'), event('e-2', 0, 5, 'b', '2019'), event('e-3', 0, 5, 'c', '2020')];
    expect(withoutDuplicates(sorted).map((f) => f.id)).toEqual(['e-1', 'e-3']);
  });

  it('keeps facts that say the same of other spans', () => {
    const sorted = [event('e-1', 0, 5, 'a', '2019'), event('e-2', 0, 6, 'a', '2019'), event('e-3', 1, 6, 'a', '2019')];
    expect(withoutDuplicates(sorted).map((f) => f.id)).toEqual(['e-1', 'e-2', 'e-3']);
  });
});

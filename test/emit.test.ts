import { describe, expect, it } from 'vitest';
import { csvCells, CSV_COLUMNS, jsonlEmitter, csvEmitter, jsonEmitter } from '../src/emit/formats.js';
import type { Indicator, Event } from '../src/facts.js';

const indicator: Indicator = {
  id: 'x1',
  type: 'indicator',
  doc: 'a.txt',
  start: 0,
  end: 9,
  text: '增加值9385.6亿元',
  rule: 'metrics.yaml#gdp@h',
  metric: 'gdp',
  label: '增加值',
  region: '苏州',
  period: '2020',
  value: 938560000000,
  unit: 'CNY',
  measure: null,
  raw: '9385.6亿元',
  approx: null,
  change: { basis: 'yoy', value: 3.4, unit: '%' },
  status: 'actual',
};
const event: Event = {
  id: 'e1',
  type: 'event',
  doc: 'a.txt',
  start: 0,
  end: 5,
  text: '5月13日,举行',
  rule: 'events.yaml#meeting@h',
  date: '2021-05-13',
  dateText: '5月13日',
  dateBasis: 'publication',
  yearFrom: null,
  kind: 'meeting',
  orgs: ['华为', '青岛市人民政府'],
  people: ['赵豪志'],
  summary: '5月13日,举行',
};

describe('csv cells', () => {
  it('flattens change and joins lists with |', () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, csvCells(indicator)[i]]));
    expect(row).toMatchObject({
      change_basis: 'yoy',
      change_value: 3.4,
      change_unit: '%',
      value: 938560000000,
      date: null,
      orgs: null,
    });
    const ev = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, csvCells(event)[i]]));
    expect(ev).toMatchObject({ orgs: '华为|青岛市人民政府', people: '赵豪志', value: null, kind: 'meeting' });
  });

  it('quotes fields that need it', () => {
    const e = csvEmitter({ bom: false });
    const out = e.begin() + e.document({ ok: true, record: {} as never, facts: [{ ...event, summary: '他说,"好"' }] });
    expect(out.split('\n')[1]).toContain('"他说,""好"""');
  });
});

describe('emitters', () => {
  it('jsonl writes facts as lines and failures as error records', () => {
    const e = jsonlEmitter();
    expect(e.document({ ok: true, record: {} as never, facts: [indicator] })).toBe(JSON.stringify(indicator) + '\n');
    expect(e.document({ ok: false, doc: 'b.png', message: 'not a text file' })).toBe(
      '{"type":"error","doc":"b.png","message":"not a text file"}\n',
    );
  });

  it('json holds everything until the end', () => {
    const e = jsonEmitter({ name: 'extract', version: '0', rules: 'h' });
    expect(e.document({ ok: false, doc: 'b.png', message: 'bad' })).toBe('');
    const out = JSON.parse(e.end());
    expect(out).toEqual({
      tool: { name: 'extract', version: '0', rules: 'h' },
      documents: [expect.objectContaining({ doc: 'b.png', error: 'bad' })],
      facts: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/indicators/tables.js';
import { indicators } from '../helpers.js';

const CELLS = [
  '2020年全市地区生产总值',
  '单位：亿元',
  '指 标',
  '指标值',
  '同比增长（±%）',
  '地区生产总值',
  '4000.5',
  '10.0',
  '#第一产业',
  '153.6',
  '-1.2',
  '全年经济平稳增长。',
].join('\n');

describe('tables', () => {
  it('finds a table laid out one cell per line: unit, headers, rows', () => {
    const [t] = findTables(CELLS);
    expect(t!.columns.map((c) => [c.header, c.change, c.unit])).toEqual([
      ['指标值', false, '亿元'],
      ['同比增长（±%）', true, '%'],
    ]);
    expect(t!.rows.map((r) => [CELLS.slice(r.labelStart, r.labelEnd), r.cells.map((c) => c.number)])).toEqual([
      ['地区生产总值', ['4000.5', '10.0']],
      ['#第一产业', ['153.6', '-1.2']],
    ]);
  });

  it('makes figures of the rows: value in the table’s unit, the growth column as change, the title’s period', () => {
    const list = indicators(CELLS, '2021-03-01').filter((i) => i.text.includes('\n'));
    expect(list.map((i) => [i.label, i.value, i.unit, i.change?.value, i.period, i.metric])).toEqual([
      ['地区生产总值', 400050000000, 'CNY', 10, '2020', 'gdp'],
      ['第一产业', 15360000000, 'CNY', -1.2, '2020', null],
    ]);
    for (const i of list) expect(CELLS.slice(i.start, i.end)).toBe(i.text);
  });

  it('reads a unit column and 持平 as a change of 0', () => {
    const text = [
      '2012年主要产品产量',
      '产品名称',
      '单 位',
      '产 量',
      '同比增长（±%）',
      '原油',
      '万吨',
      '4000.0',
      '持平',
      '发电量',
      '亿千瓦时',
      '96.9',
      '2.5',
    ].join('\n');
    const list = indicators(text).filter((i) => i.text.includes('\n'));
    expect(list.map((i) => [i.label, i.value, i.unit, i.change?.value])).toEqual([
      ['原油', 40000000, 't', 0],
      ['发电量', 9690000000, 'kWh', 2.5],
    ]);
  });

  it('takes a unit from a row’s label for the rows after it, past a group’s heading line', () => {
    const text = [
      '2012年畜牧业生产',
      '指标名称',
      '指标值',
      '同比增长（±%）',
      '期末畜禽存栏',
      '大牲畜（万头）',
      '96.9',
      '8.7',
      '#奶牛',
      '60.2',
      '9.2',
      '家禽（万只）',
      '1914.1',
      '4.4',
    ].join('\n');
    const list = indicators(text).filter((i) => i.text.includes('\n'));
    expect(list.map((i) => [i.label, i.value, i.measure])).toEqual([
      ['大牲畜', 969000, '头'],
      ['奶牛', 602000, '头'],
      ['家禽', 19141000, '只'],
    ]);
  });

  it('finds a tab-separated table (an HTML table as text)', () => {
    const text = '单位：万元\n项目\t金额\t同比增长(%)\n税收收入\t1200\t5.5\n非税收入\t300\t-2.0\n';
    const list = indicators(text).filter((i) => i.unit === 'CNY');
    expect(list.map((i) => [i.label, i.value, i.change?.value])).toEqual([
      ['税收收入', 12000000, 5.5],
      ['非税收入', 3000000, -2],
    ]);
  });

  it('is not fooled by short lines that are no table', () => {
    expect(findTables('首页\n新闻\n指标\n2021\n2022\n')).toEqual([]);
    expect(findTables('全市经济平稳增长。')).toEqual([]);
  });
});

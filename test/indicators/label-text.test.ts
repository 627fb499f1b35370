import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const labels = (text: string, refDate = '2021-11-02') => indicators(text, refDate).map((i) => i.label);

describe('label names', () => {
  it('drops a verb right before a value noun (一产实现增加值), not before 投资', () => {
    expect(labels('一季度一产实现增加值16.9亿元。')).toEqual(['一产增加值']);
    expect(labels('阳江规上工业累计完成增加值323.46亿元。')).toEqual(['规上工业增加值']);
    expect(labels('城镇实现零售额266.2亿元。')).toEqual(['城镇零售额']);
    expect(labels('全市重点项目完成投资120亿元。')).toEqual(['重点项目完成投资']);
  });
});

import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const names = (text: string) => organizations(text).map((o) => o.name);
const mentions = (text: string) => organizations(text).map((o) => o.text);

describe('names sharing a suffix written once after their list', () => {
  it('each item is a name with the suffix, its mention the item as written', () => {
    const text = '紫金山、太湖、钟山、云龙湖等实验室加快建设。';
    expect(names(text)).toEqual(['紫金山实验室', '太湖实验室', '钟山实验室', '云龙湖实验室']);
    expect(mentions(text)).toEqual(['紫金山', '太湖', '钟山', '云龙湖']);
  });

  it('take the suffix after a level word or a count (等国家实验室, 等3家省实验室)', () => {
    expect(names('支持鹏城、广州等国家实验室建设。')).toEqual(['鹏城实验室', '广州实验室']);
    expect(names('加快之江、西湖、良渚等3家省实验室建设。')).toEqual(['之江实验室', '西湖实验室', '良渚实验室']);
  });

  it('are not fields or provinces', () => {
    expect(names('建设化学、物理等实验室。')).toEqual([]);
    expect(names('江苏、浙江等省实验室协同攻关。')).toEqual([]);
  });
});

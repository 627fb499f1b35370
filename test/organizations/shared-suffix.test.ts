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

  it('places listed before a name opening with a place share what follows it', () => {
    expect(names('全力支持香港、澳门特别行政区政府和行政长官依法施政。')).toEqual([
      '香港特别行政区政府',
      '澳门特别行政区政府',
    ]);
    expect(organizations('在上海、深圳证券交易所上市。').map((o) => o.canonical)).toEqual([
      '上海证券交易所',
      '深圳证券交易所',
    ]);
  });

  it('not before a level (江苏、浙江省政府) nor across groups (中国、上海实验室)', () => {
    expect(names('江苏、浙江省政府联合发文。')).not.toContain('江苏省政府');
    expect(names('美国、上海实验室合作。')).not.toContain('美国实验室');
  });
});

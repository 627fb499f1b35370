import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

describe('forms of one body', () => {
  it('an autonomous region’s government abbreviated keeps 自治区 whole', () => {
    const o = organizations('广西壮族自治区人民政府发布通知。我代表自治区人民政府报告工作。');
    expect(o.map((x) => [x.name, x.aliases, x.mentions])).toEqual([['广西壮族自治区人民政府', ['自治区人民政府'], 2]]);
  });

  it('a special administrative region’s government abbreviated keeps 特区 whole', () => {
    const o = organizations('香港特区政府与驻港部队举行仪式。特区政府宣布码头划为军事禁区。');
    // 驻港部队 is the garrison (org-central.yaml), a body of its own
    expect(o.map((x) => [x.name, x.aliases, x.mentions])).toEqual([
      ['香港特区政府', ['特区政府'], 2],
      ['驻港部队', [], 1],
    ]);
  });

  it('a hospital, or a place whose name ends in a level’s character, abbreviated is that body', () => {
    const o = organizations('申请贵州省人民医院专家会诊。去省人民医院看病。广州市人民政府发布通知，市政府要求落实。');
    expect(o.map((x) => [x.name, x.aliases])).toEqual([
      ['贵州省人民医院', ['省人民医院']],
      ['广州市人民政府', ['市政府']],
    ]);
  });

  it('a body’s suffix named alone after it is that body', () => {
    const o = organizations('由国务院国资委指导成立平台。国资委有关负责人表示，将推动合作。');
    expect(o.map((x) => [x.canonical, x.mentions])).toEqual([['国务院国有资产监督管理委员会', 2]]);
  });

  it('a place before a known company’s whole name is that company (山东潍柴集团 / 潍柴集团)', () => {
    const o = organizations('近日，山东潍柴集团自主研发的发动机获得认证。潍柴集团组织科研团队攻关。');
    expect(o.map((x) => [x.name, x.canonical, x.mentions])).toEqual([['山东潍柴集团', '潍柴动力', 2]]);
  });
});

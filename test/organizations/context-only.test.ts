import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const canonicals = (text: string) => organizations(text).map((o) => o.canonical);

describe('context-only names', () => {
  it('are bodies when listed next to a known company, through a chain of them', () => {
    const c = canonicals('宁德时代的客户包括特斯拉、宝马、大众、吉利、现代、蔚来、理想、小鹏、长安、上汽等车企。');
    expect(c).toEqual(expect.arrayContaining(['大众汽车', '现代汽车', '理想汽车', '小鹏汽车', '长安汽车']));
  });

  it('are bodies joined by 和 to a known one', () => {
    expect(canonicals('宁德时代为宝马和福特提供产品。')).toContain('福特');
  });

  it('are bodies cited as a source', () => {
    expect(canonicals('据IDC数据显示，预计到2023年出货量增长。')).toEqual(['IDC']);
  });

  it('are common words on their own', () => {
    expect(canonicals('推进现代农业，服务大众创业，坚定理想信念。')).toEqual([]);
  });

  it('need a neighbour of their own kind', () => {
    // 国务院 is a government body: 平安 beside it is not the insurer
    expect(canonicals('国务院和平安建设领导小组')).not.toContain('中国平安');
  });
});

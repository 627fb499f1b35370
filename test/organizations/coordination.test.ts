import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const names = (text: string) => organizations(text).map((o) => o.name);

describe('names listed next to a known one', () => {
  it('take a Latin name whole, without the country before it', () => {
    expect(names('宁德时代已成为戴姆勒卡客车、荷兰VDL Bus&Coach、卡车制造商的供应商。')).toContain('VDL Bus&Coach');
  });

  it('leave out a law listed before the body that passed it', () => {
    const found = names('会议通过了城市维护建设税法、契税法、全国人大常委会关于修改法律的决定。');
    expect(found).toContain('全国人大常委会');
    expect(found).not.toContain('契税法');
    expect(names('安意法、芯联微电子、三安光电等企业项目提速建设。')).toContain('安意法');
  });
});

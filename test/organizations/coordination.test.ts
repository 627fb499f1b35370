import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const names = (text: string) => organizations(text).map((o) => o.name);

describe('names listed next to a known one', () => {
  it('take a Latin name whole, without the country before it', () => {
    expect(names('宁德时代已成为戴姆勒卡客车、荷兰VDL Bus&Coach、卡车制造商的供应商。')).toContain('VDL Bus&Coach');
  });
});

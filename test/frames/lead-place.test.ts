// The country as the subject of a lead's clause sets a page's place (src/frames/place.ts),
// not only of its first clause; a place of the lead's own, named first, keeps it local.
import { describe, expect, it } from 'vitest';
import { indicators } from '../helpers.js';

const regions = (text: string) => indicators(text).map((i) => [i.value, i.region]);

const page = (lead: string, body: string) =>
  `[视频]上半年经济逐步复苏\n2020-07-16 19:00:00 来源：央视网\n央视网消息（新闻联播）：${lead}\n${body}`;

describe('a lead that names the country after its first clause', () => {
  it('makes the page the country’s (上半年经济数据显示，我国经济…)', () => {
    const text = page('上半年经济数据显示，我国经济逐步克服疫情影响。', '上半年城市轨道车辆增长13%。');
    expect(regions(text)).toEqual([[13, '全国']]);
  });

  it('reads a later sentence of the lead paragraph too (“十三五”期间，我国邮政快递业…)', () => {
    const text = page(
      '邮政快递业是重要的社会公用事业。“十三五”期间，我国邮政快递业构建起网络体系。',
      '去年快递业务收入超过8000亿元。',
    );
    expect(regions(text)).toEqual([[800000000000, '全国']]);
  });

  it('leaves it unset when the lead names a place of its own first (浙江宁波…，我国…)', () => {
    const text = page('浙江宁波这家企业订单多，我国外贸企业信心足。', '上半年订单量增长13%。');
    expect(regions(text).map(([, r]) => r)).not.toContain('全国');
  });

  it('makes a single report the place that opens a clause of its lead as the subject', () => {
    const text = page(
      '扶贫先扶志，四川阿坝州红原县创新扶贫扶志方式，巩固脱贫成果。\n这几年，当地发展牦牛养殖产业。\n泽让杰曾是村里的贫困户。',
      '2019年，日干村已经养殖牦牛280多头。',
    );
    expect(regions(text)).toEqual([[280, '红原']]);
  });
});

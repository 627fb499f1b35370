// The place each frame sets (src/frames/place.ts): read from its heading and its lead.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.js';
import { createContext } from '../../src/context/context.js';
import { jiebaSegmenter } from '../../src/segment/tokens.js';
import { builtinRules } from '../helpers.js';

/** Each frame with a heading, as `heading → region (from)`. */
function framePlaces(text: string): string[] {
  const rules = builtinRules();
  const ctx = createContext(createDocument('t.txt', text), rules, jiebaSegmenter(rules.dictionary), {
    refDate: '2022-09-22',
  });
  return [ctx.frames.page, ...ctx.frames.sections]
    .filter((f) => f.heading)
    .map((f) => `${f.heading!.text} → ${f.place ? `${f.place.region} (${f.place.from})` : '—'}`);
}

describe('framePlace', () => {
  it('reads the one place a title names, not one heading a company’s name', () => {
    expect(framePlaces('2025年天津市政府工作报告\n各位代表：\n全市生产总值增长5%。')[0]).toBe(
      '2025年天津市政府工作报告 → 天津 (title)',
    );
    expect(framePlaces('宁德时代海外大扩产\n宁德时代收入486.78亿元。')[0]).toBe('宁德时代海外大扩产 → —');
  });

  it('makes the country the place of a page or item about it (我国 as subject, a national body)', () => {
    expect(framePlaces('2024年我国经济运行稳中有进\n国内生产总值增长5%。')[0]).toBe(
      '2024年我国经济运行稳中有进 → 全国 (title (the country))',
    );
    expect(framePlaces('上半年主要经济数据公布\n国家统计局今天公布了上半年主要宏观经济指标。')[0]).toBe(
      '上半年主要经济数据公布 → 全国 (lead (a national body))',
    );
    expect(framePlaces('报告：阿里云工业互联网平台助中国工业高质量发展\n平台连接设备100万台。')[0]).toBe(
      '报告:阿里云工业互联网平台助中国工业高质量发展 → —',
    );
  });

  it('gives each item of a digest its own place: headline, venue, national scope', () => {
    const digest = [
      '[视频]国内联播快讯',
      '2022-09-22 19:30:00 来源：央视网',
      '央视网消息（新闻联播）：',
      '1—8月我国对外非金融类直接投资同比增长7.2%',
      '商务部今天发布数据，对外非金融类直接投资4927.6亿元。',
      '第七届中国—亚欧博览会今天闭幕',
      '第七届中国—亚欧博览会今天（9月22日）在新疆乌鲁木齐闭幕。总签约金额达1.1713万亿元。',
      '海南万洋高速今起正式通车',
      '万洋高速公路全长163公里。',
      '中国邮政集团有限公司在京揭牌成立',
      '中国邮政集团有限公司注册资本1376亿元。',
    ].join('\n');
    const places = framePlaces(digest);
    expect(places).toContain('1—8月我国对外非金融类直接投资同比增长7.2% → 全国 (headline (the country))');
    expect(places).toContain('第七届中国—亚欧博览会今天闭幕 → 乌鲁木齐 (venue)');
    expect(places).toContain('海南万洋高速今起正式通车 → 海南 (headline)');
    expect(places).toContain('中国邮政集团有限公司在京揭牌成立 → —');
  });
});

// The frame tree: the kind of a document read from its form, the frames its headings
// open, and the time each frame sets (fixtures/frames/: a work report and a digest).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.js';
import { createContext } from '../../src/context/context.js';
import { jiebaSegmenter } from '../../src/segment/tokens.js';
import { describeChain } from '../../src/frames/frame.js';
import { builtinRules } from '../helpers.js';

const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/frames', name), 'utf8');

function framesOf(text: string, refDate: string | null = null) {
  const rules = builtinRules();
  const ctx = createContext(createDocument('t.txt', text), rules, jiebaSegmenter(rules.dictionary), { refDate });
  return { frames: ctx.frames, at: (s: string) => text.indexOf(s) };
}

describe('document kinds', () => {
  it('reads a work report from its title, its address and its headings', () => {
    const { frames } = framesOf(fixture('work-report.txt'));
    expect(frames.kind).toBe('work-report');
    expect(frames.reportYear).toBe(2025);
    expect(frames.kindCues.map((c) => c.text)).toEqual(expect.arrayContaining(['政府工作报告', '各位代表']));
  });

  it('reads a digest from its headlines coming before any lead', () => {
    expect(framesOf(fixture('digest.txt')).frames.kind).toBe('digest');
  });

  it('reads a release from its title or lead, whoever published it', () => {
    const text = '某市经济运行开局良好\n年初以来，全市经济发展实现了首季“开门红”。\n全市实现工业增加值384.1亿元。';
    expect(framesOf(text, '2017-06-04').frames.kind).toBe('statistical-release');
  });

  it('reads an article whose subheadings follow its lead as news, not a digest', () => {
    const text =
      '宁德时代海外大扩产\n据不完全统计，宁德时代目前已在全球布局落地了十个生产基地。\n全球建设11个生产基地\n现在又新增了一个基地。\n电池产能将大幅增长\n预计产能将超过670GWh。';
    expect(framesOf(text, '2022-08-13').frames.kind).toBe('news');
  });
});

describe('frame times', () => {
  it('gives a report review section the year its heading names, the plan the report year', () => {
    const { frames, at } = framesOf(fixture('work-report.txt'));
    expect(frames.timeAt(at('新增托位'))?.time.period).toBe('2024');
    expect(frames.timeAt(at('城镇新增就业'))?.time.period).toBe('2025');
    expect(frames.frameAt(at('新增托位')).parent?.role).toBe('review');
  });

  it("takes no time from a series' tag opening a title (【新征程开局“十四五”】)", () => {
    const text =
      '[视频]【新征程开局“十四五”】深化产教融合\n2021-04-14 19:00:00 来源：央视网\n我国有1.13万所职业学校。\n教育部启动7个部省共建试点。';
    const { frames, at } = framesOf(text, '2021-04-14');
    expect(frames.timeAt(at('7个'))?.time.period ?? null).toBeNull();
    const titled = '[视频]“十四五”时期职业教育成就\n2021-04-14 19:00:00 来源：央视网\n教育部启动7个部省共建试点。';
    expect(framesOf(titled, '2021-04-14').frames.timeAt(titled.indexOf('7个'))?.time.period).toBe('2021/2025');
  });

  it('dates an undated review heading by its role: the year before the report', () => {
    const text =
      '2025年某市政府工作报告\n各位代表：\n一、过去一年工作回顾\n全市生产总值增长5%。\n二、今年重点工作\n全市生产总值增长5.5%左右。';
    const { frames, at } = framesOf(text, '2025-01-20');
    expect(frames.frameAt(at('全市生产总值增长5%')).parent?.role).toBe('review');
    expect(frames.timeAt(at('全市生产总值增长5.5%'))?.time.period).toBe('2025');
  });

  it("frames the paragraphs after a report's lead-in to this year's targets with the report year", () => {
    const text =
      '2012年某省政府工作报告\n各位代表：\n一、2011年工作回顾\n全省生产总值增长9%。\n一年来，我们主要做了以下工作：\n新增就业50万人。\n今年经济社会发展的主要预期目标是：\n全省生产总值增长7.5%。\n二、主要任务\n新建学校10所。';
    const { frames, at } = framesOf(text, '2012-03-05');
    expect(frames.timeAt(at('新增就业'))?.time.period).toBe('2011');
    expect(frames.timeAt(at('全省生产总值增长7.5%'))?.time.period).toBe('2012');
    expect(frames.frameAt(at('全省生产总值增长7.5%')).parent?.role).toBe('plan');
    expect(frames.frameAt(at('新建学校')).parent?.heading?.text).toBe('二、主要任务');
  });

  it('does so for a paragraph of targets that its lead-in opens (今年…预期目标是：…)', () => {
    const text =
      '2015年某省政府工作报告\n各位代表：\n一、2014年工作回顾\n全省生产总值增长7.4%。\n今年的主要预期目标是：全省生产总值增长7%左右。\n广义货币预期增长12%左右。';
    const { frames, at } = framesOf(text, '2015-03-05');
    expect(frames.timeAt(at('广义货币'))?.time.period).toBe('2015');
  });

  it('gives a heading naming two plan periods the first for achievements, the second for targets', () => {
    const text =
      '2026年某市政府工作报告\n各位代表：\n一、2025年工作回顾\n全市生产总值增长5%。\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n全员劳动生产率达58万元/人左右。';
    const { frames, at } = framesOf(text, '2026-02-02');
    const time = frames.timeAt(at('全员劳动生产率'))?.time;
    expect(time?.period).toBe('2021/2025');
    expect(time?.goal?.period).toBe('2026/2030');
  });

  it("frames a release's figures with the lead's reporting period", () => {
    const text =
      '某市经济运行开局良好\n年初以来，全市经济发展实现了首季“开门红”。\n一、工业\n全市实现工业增加值384.1亿元。';
    const { frames, at } = framesOf(text, '2017-06-04');
    expect(frames.timeAt(at('工业增加值'))).toMatchObject({ time: { period: '2017-Q1', from: 'lead' } });
  });

  it("dates a digest item by its headline's day when it tells of a gathering, not a launch", () => {
    const { frames, at } = framesOf(fixture('digest.txt'));
    expect(frames.timeAt(at('签约项目120个'))?.time.period).toBe('2022-09-22');
    expect(frames.timeAt(at('设有8个站台'))).toBeNull();
  });

  it('gives each digest item its own frame under the page', () => {
    const { frames, at } = framesOf(fixture('digest.txt'));
    const chain = frames.chain(at('签约项目120个'));
    expect(chain.map((f) => f.level)).toEqual(['paragraph', 'item', 'page']);
    expect(describeChain(chain)).toContain('item «第三届东海博览会今天在浙江宁波闭幕»');
    expect(frames.frameAt(at('对外非金融类')).parent).not.toBe(frames.frameAt(at('签约项目')).parent);
  });
});

// `extract explain` shows, for each figure, where its period came from and its frame chain.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { jiebaSegmenter } from '../../src/segment/tokens.js';
import { builtinRules } from '../helpers.js';

const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/frames', name), 'utf8');
const report = (text: string) => {
  const rules = builtinRules();
  return explain(text, rules, jiebaSegmenter(rules.dictionary)).report;
};
const lineOf = (out: string, quote: string) =>
  out.split('\n').find((l) => l.includes('indicator') && l.includes(quote));

describe('explain: frame chains', () => {
  it("shows a work report's kind and the review section that dates a figure", () => {
    const out = report(fixture('work-report.txt'));
    expect(out).toMatch(/document kind work-report \(from .*各位代表/);
    expect(lineOf(out, '新增托位1.2万个')).toMatch(
      /period 2024.*; frames: paragraph < section «一、2024年工作回顾» review time 2024 \(heading\)/,
    );
  });

  it("shows a digest item's headline giving its figures' day", () => {
    const out = report(fixture('digest.txt'));
    expect(out).toMatch(/document kind digest/);
    expect(lineOf(out, '总签约金额达860亿元')).toMatch(
      /period from its frame «今天»; frames: paragraph < item «第三届东海博览会今天在浙江宁波闭幕» time 2022-09-22/,
    );
    expect(lineOf(out, '新站总建筑面积')).toMatch(/no period; frames: paragraph < item «远山高铁新站今天投运» </);
  });
});

import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const found = (text: string) => organizations(text).map((o) => [o.name, o.canonical]);

describe('bare local bodies', () => {
  it('are the bodies of the place the title names', () => {
    expect(found('大庆市经济运行开局良好\n紧紧围绕市委市政府中心工作，全市经济稳中有进。')).toEqual([
      ['市委', '大庆市委'],
      ['市政府', '大庆市政府'],
    ]);
    expect(found('2026年黑龙江省政府工作报告\n在省委坚强领导下，我们攻坚克难。')).toContainEqual([
      '省委',
      '黑龙江省委',
    ]);
  });

  it('are read after a list joiner jieba glued to the body before (省委和|省政府)', () => {
    expect(found('习近平在吉林考察\n习近平听取了吉林省委和省政府工作汇报。')).toEqual([
      ['吉林省委', '吉林省委'],
      ['省政府', '吉林省政府'],
    ]);
  });

  it('keep the bare name as canonical when the title names no place of their level', () => {
    expect(found('经济运行开局良好\n在市委坚强领导下，全市经济稳中有进。')).toEqual([['市委', '市委']]);
  });

  it('are not read in a person’s title or after a count', () => {
    expect(found('大庆市经济运行开局良好\n市委书记王明出席，5位市委常委参加，各市委要抓落实。')).toEqual([]);
  });

  it('join the fuller name of the text’s place even when named before it', () => {
    const o = organizations('2025年重庆市政府工作报告\n在市委坚强领导下，我们奋力拼搏。中共重庆市委召开全会。');
    expect(o.filter((x) => x.name.endsWith('市委')).map((x) => [x.name, x.aliases])).toEqual([
      ['中共重庆市委', ['市委']],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const names = (text: string) => organizations(text).map((o) => o.name);

describe('items of a list its head says are companies', () => {
  it('are companies when they read as names', () => {
    expect(names('与亚控科技、斯坦德机器人、烽台科技等工业软硬件企业达成合作。')).toEqual([
      '亚控科技',
      '斯坦德机器人',
      '烽台科技',
    ]);
    expect(names('一批企业加快培育，思哲睿等5户企业入选。')).toEqual(['思哲睿']);
  });

  it('start after the clause before the list', () => {
    expect(names('在旭创科技、信达生物制药等企业，他强调加大研发投入。')).toEqual(['旭创科技', '信达生物制药']);
  });

  it('are not fields, kinds of firms or places', () => {
    expect(names('推动种子、化肥、饲料等农资企业复产，支持复工复产、春耕备耕等领域企业。')).toEqual([]);
    expect(names('有序推动央企、国企等各类企业复工复产，上海、山东等地企业也在行动。')).toEqual([]);
  });

  it('follow a head that names them first (企业包括X、Y和Z)', () => {
    expect(names('入驻企业包括星环科技、亚控科技和极飞科技。')).toEqual(['星环科技', '亚控科技', '极飞科技']);
    expect(names('重点企业包括外资企业和民营企业，企业包括上海、山东两地的。')).toEqual([]);
  });

  it('are not people, nor a list that qualifies the noun after it (X、Y和Z创办的公司)', () => {
    expect(names('获奖企业包括张三、李四和王五创办的公司。')).toEqual([]);
    expect(names('合作企业包括星环科技、亚控科技和李四。')).toEqual(['星环科技', '亚控科技']);
  });
});

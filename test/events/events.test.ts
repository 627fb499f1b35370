import { describe, expect, it } from 'vitest';
import { events } from '../helpers.js';

describe('events', () => {
  it('dates a clause and names its kind, organizations and people', () => {
    const text = '7月28日上午,安徽省长王清宪与青岛檬豆网络科技有限公司联合创始人、执行总裁秦军一行举行工作会谈。';
    const [e] = events(text, '2021-08-01');
    expect(e).toMatchObject({
      date: '2021-07-28',
      dateText: '7月28日上午',
      dateBasis: 'reference',
      kind: 'meeting',
      orgs: ['青岛檬豆网络科技有限公司'],
    });
    expect(e!.people).toEqual(['王清宪', '秦军']);
  });

  it('needs a trigger for a date without a day', () => {
    expect(events('2020年苏州净增高新技术企业2720家。')).toHaveLength(0);
    expect(events('苏州2021年发布的“1号文件”全部与数字经济相关。')[0]).toMatchObject({ date: '2021', kind: 'release' });
  });

  it('gives a context year and says where it came from', () => {
    const [e] = events('青岛与华为的“缘分”始于2017年。\n当年9月1日,华为(青岛)基地在青岛高新区正式落成。', '2021-05-19');
    expect(e).toMatchObject({ date: '2017-09-01', dateBasis: 'context', kind: 'founding' });
    expect(e!.yearFrom?.text).toBe('2017年');
  });
});

import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';
import { titleSpans } from '../../src/document/titles.js';

// The organizations issue 14 names, on one page.
const PAGE = [
  '高通与上海移动签约 爱立信参与',
  'date: Fri, 26 Nov 2021 03:26:15 GMT  author: 财联社',
  '财联社11月26日讯，高通、爱立信与上海移动签署5G合作协议。国新办今天举行新闻发布会，中央依法治国办负责人介绍情况。',
  '中共中央政治局常委会议召开。拼多多、银联、吉利等企业参与。中国科学院国家天文台发布成果。',
  '据IT之家报道，某车联网公司将依照《中华人民共和国公司',
  '法》的规定改制。国务院扶贫办发布通知。',
].join('\n');

describe('the organizations issue 14 names', () => {
  const found = organizations(PAGE);
  const canonicals = found.map((o) => o.canonical);

  it('finds short names, sources and central bodies by their short forms', () => {
    expect(canonicals).toEqual(
      expect.arrayContaining([
        '财联社',
        'IT之家',
        '高通',
        '爱立信',
        '上海移动',
        '国务院新闻办公室',
        '中央全面依法治国委员会办公室',
        '中共中央政治局',
        '拼多多',
        '中国银联',
        '吉利',
        '国家天文台',
        '国务院扶贫开发领导小组办公室',
      ]),
    );
  });

  it('cuts no name short and takes no fragment', () => {
    const names = found.map((o) => o.name);
    for (const wrong of ['国务院', '中共中央', '联网公司', '车联网公司', '中华人民共和国公司', '中国科学院'])
      expect(names).not.toContain(wrong);
  });

  it('reads a law’s title broken over two lines as one title', () => {
    const text = '依照《中华人民共和国公司\n法》的规定';
    expect(titleSpans(text)).toEqual([[2, text.indexOf('》') + 1]]);
  });
});

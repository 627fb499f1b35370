import { describe, expect, it } from 'vitest';
import { organizations } from '../helpers.js';

const names = (text: string) => organizations(text).map((o) => o.name);

describe('short names inside longer strings', () => {
  it('a three-character name does not end inside a word', () => {
    expect(names('2020中国网络媒体论坛在合肥开幕。')).not.toContain('中国网');
    expect(names('据中国网报道，论坛在合肥开幕。')).toContain('中国网');
  });

  it('a Latin name glued to more letters is part of a longer one', () => {
    expect(names('投资方包括SAP.IO等机构。')).not.toContain('SAP');
    expect(names('SAP、IBM等企业参展。')).toEqual(expect.arrayContaining(['SAP', 'IBM']));
  });

  it('a name joined by · is part of a person’s name', () => {
    expect(names('负责人阿里·阿贝扎德表示，将加强合作。')).toEqual([]);
  });
});

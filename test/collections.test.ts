// Collections as input: field detection and dates on records, the three readers on
// the bundled fixtures (fixtures/collections/), then one run of the built CLI.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectionKind, readCollection, type CollectionItem } from '../src/read/collections.js';
import { recordDate, recordParts } from '../src/read/record-fields.js';
import { OutputSchema, type Event, type Output } from '../src/facts.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const DIR = 'fixtures/collections';

async function all(file: string, opts = {}): Promise<CollectionItem[]> {
  const kind = collectionKind(path.join(ROOT, file));
  if (!kind) throw new Error(`${file} is not a collection`);
  const out: CollectionItem[] = [];
  for await (const item of readCollection(file, kind, opts)) out.push(item);
  return out;
}

describe('a record', () => {
  it('takes the date forms archives use, and no partial date', () => {
    expect(recordDate('20200101')).toBe('2020-01-01');
    expect(recordDate('2020-01-01 19:12:02')).toBe('2020-01-01');
    expect(recordDate('2022年1月24日')).toBe('2022-01-24');
    expect(recordDate('2021/1/29')).toBe('2021-01-29');
    expect(recordDate('2022-01-20T09:00:00+08:00')).toBe('2022-01-20');
    expect(recordDate('2025')).toBeNull();
    expect(recordDate('2021-02-30')).toBeNull();
    expect(recordDate(20200101)).toBe('2020-01-01');
  });

  it('finds its fields under common names, in any case, or under the names given', () => {
    const r = { Title: '标题', Content: '正文', pubtime: '2021-01-28 10:02:11', url: 'https://a/b' };
    expect(recordParts(r, {})).toEqual({
      ok: true,
      parts: { text: '正文', title: '标题', published: '2021-01-28', id: 'https://a/b' },
    });
    expect(recordParts({ 正文: '甲', 标题: '乙', 发布时间: '2021-01-01' }, {})).toMatchObject({
      ok: true,
      parts: { text: '甲', title: '乙', published: '2021-01-01', id: null },
    });
    const custom = recordParts(
      { article_body: '文', when: '20210301', key: 7 },
      { text: 'article_body', date: 'when', id: 'key' },
    );
    expect(custom).toEqual({ ok: true, parts: { text: '文', title: null, published: '2021-03-01', id: '7' } });
  });

  it('without a text field says which fields it has and how to name one', () => {
    const r = recordParts({ id: 1, title: 't' }, {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/no text field .*fields: id, title; name one with --text-field/);
    expect(recordParts({ text: 3 }, {})).toEqual({ ok: false, message: 'field "text" is a number, not text' });
  });
});

describe('the readers', () => {
  it('read JSON lines one record at a time, named by id or line, a bad line an error with its number', async () => {
    const items = await all(`${DIR}/news.jsonl`);
    expect(items.map((i) => i.doc.replace(`${DIR}/news.jsonl#`, ''))).toEqual([
      'sd-2020',
      'gd-2020',
      '3',
      'sd-2020-final',
      'sd-2021',
      'gd-2021',
      '7',
      'no-text',
    ]);
    expect(items[2]).toMatchObject({ ok: false, message: expect.stringMatching(/^line 3: not valid JSON/) });
    expect(items[7]).toMatchObject({ ok: false, message: expect.stringMatching(/^line 8: no text field/) });
    expect(items[0]).toMatchObject({
      ok: true,
      parts: { published: '2021-01-28', title: '山东2020年地区生产总值突破7万亿元' },
    });
  });

  it('read a CSV table by its header, with Chinese column names and a text over two lines', async () => {
    const items = await all(`${DIR}/news.csv`);
    expect(items.map((i) => i.doc)).toEqual([
      `${DIR}/news.csv#js-2020`,
      `${DIR}/news.csv#js-2021`,
      `${DIR}/news.csv#zj-2021`,
    ]);
    expect(items[1]).toMatchObject({
      ok: true,
      parts: { published: '2022-01-24', text: expect.stringContaining('\n全省') },
    });
  });

  it('read a JSON array element by element; a .json object is a document, not a collection', async () => {
    const items = await all(`${DIR}/news.json`);
    expect(items.map((i) => i.doc)).toEqual([`${DIR}/news.json#1`, `${DIR}/news.json#2`]);
    expect(items[0]).toMatchObject({
      ok: true,
      parts: { published: '2022-01-20', title: expect.stringContaining('四川') },
    });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coll-'));
    fs.writeFileSync(path.join(tmp, 'one.json'), '{"text":"一篇"}');
    expect(collectionKind(path.join(tmp, 'one.json'))).toBeNull();
  });

  it('report a table without a text column once, not once per row', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coll-'));
    const file = path.join(tmp, 'x.csv');
    fs.writeFileSync(file, 'a,b\n1,2\n3,4\n');
    const items = await all(path.relative(ROOT, file));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, message: expect.stringMatching(/no text column \(header: a, b/) });
  });
});

describe('extract on collections (the built CLI)', () => {
  let out: Output;
  let stderr: string;
  let code: number | null;
  beforeAll(() => {
    const r = spawnSync(process.execPath, [BIN, DIR, '-f', 'json', '-j', '1'], { cwd: ROOT, encoding: 'utf8' });
    code = r.status;
    stderr = r.stderr;
    out = OutputSchema.parse(JSON.parse(r.stdout));
  });

  it('makes one document per record with its publication date and title', () => {
    const ok = out.documents.filter((d) => d.error === null);
    expect(ok).toHaveLength(11);
    expect(ok.every((d) => d.published !== null && d.title !== null)).toBe(true);
    const sd = out.documents.find((d) => d.doc === `${DIR}/news.jsonl#sd-2020`)!;
    expect(sd).toMatchObject({ published: '2021-01-28', title: '山东2020年地区生产总值突破7万亿元' });
  });

  it('dates a day without a year by its record (dateBasis publication)', () => {
    const events = out.facts.filter((f): f is Event => f.type === 'event');
    const final = events.find((e) => e.doc.endsWith('#sd-2020-final'))!;
    expect(final).toMatchObject({ dateText: '12月30日', date: '2021-12-30', dateBasis: 'publication' });
  });

  it('quotes the record text, never the JSON around it, and reports bad records with their lines', () => {
    expect(out.facts.some((f) => /[{}"]|\\n|https?:/.test(f.text))).toBe(false);
    expect(code).toBe(1);
    expect(stderr).toMatch(/news\.jsonl#3: line 3: not valid JSON/);
    expect(stderr).toMatch(/news\.jsonl#no-text: line 8: no text field/);
    expect(out.documents.filter((d) => d.error !== null).map((d) => d.doc)).toEqual([
      `${DIR}/news.jsonl#3`,
      `${DIR}/news.jsonl#no-text`,
    ]);
  });
});

// A title declared apart from the text (a collection record's `title`, an HTML `<title>`)
// frames the text's figures as a page's first line does (src/document/reading.ts), while
// every fact stays the text's: its offsets the text's own, none taken from the title.
// fixtures/frames/titled.jsonl: short records of our own, each read as a record and as the
// same article saved as a page (title, date line, text).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument, type Document } from '../../src/document/document.js';
import { documentFromBytes, documentFromRecord } from '../../src/read/read.js';
import { extractFacts, runExtractors } from '../../src/pipeline.js';
import { jiebaSegmenter } from '../../src/segment/tokens.js';
import type { Fact, Indicator } from '../../src/facts.js';
import { builtinRules } from '../helpers.js';

interface Rec {
  readonly id: string;
  readonly pubtime: string;
  readonly title: string;
  readonly text: string;
}

const records: Rec[] = fs
  .readFileSync(path.join(import.meta.dirname, '../../fixtures/frames/titled.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Rec);
const record = (id: string) => records.find((r) => r.id === id)!;

const asRecord = (r: Rec) =>
  documentFromRecord(`titled.jsonl#${r.id}`, { text: r.text, title: r.title, published: r.pubtime.slice(0, 10) });
/** The same article as a saved page: the title, a date line, the text. */
const asPage = (r: Rec) => createDocument(`${r.id}.txt`, `${r.title}\n${r.pubtime} 来源：示例网\n${r.text}`);

function factsOf(doc: Document): Fact[] {
  const rules = builtinRules();
  return extractFacts(doc, rules, jiebaSegmenter(rules.dictionary));
}

/** Indicator rows as judged (period, region, label, status, change, value), at offsets of the record's text. */
function rows(doc: Document, textStart: number) {
  return factsOf(doc)
    .filter((f): f is Indicator => f.type === 'indicator' && f.start >= textStart)
    .map((f) => ({
      at: f.start - textStart,
      text: f.text,
      period: f.period,
      region: f.region,
      label: f.label,
      status: f.status,
      change: f.change,
      value: f.value,
    }));
}

describe('a collection record read under its title', () => {
  it.each(records.map((r) => [r.id, r] as const))('%s: gives the rows of the same article saved as a page', (_, r) => {
    const page = asPage(r);
    const own = rows(asRecord(r), 0);
    expect(own.length).toBeGreaterThan(0);
    expect(own).toEqual(rows(page, page.text.indexOf(r.text)));
  });

  it("takes the page's place and period from the title (贵州前8个月…)", () => {
    const found = rows(asRecord(record('gz')), 0);
    expect(found.map((f) => [f.region, f.period])).toEqual([
      ['贵州', '2021-01/2021-08'],
      ['贵州', '2021-01/2021-08'],
    ]);
  });

  it('takes the country and the reporting period from a national title (前三季度我国…)', () => {
    const found = rows(asRecord(record('cn')), 0);
    expect(found.map((f) => [f.label, f.region, f.period])).toEqual([
      ['高技术制造业增加值', '全国', '2021-Q1/2021-Q3'],
      ['装备制造业', '全国', '2021-Q1/2021-Q3'],
    ]);
  });

  it("reads the document's kind from the title (经济运行: a release)", () => {
    const rules = builtinRules();
    const x = runExtractors(asRecord(record('release')), rules, jiebaSegmenter(rules.dictionary));
    expect(x.context.frames.kind).toBe('statistical-release');
    // (the title's line and the record's date line: 某市经济运行开局良好⏎2017-06-04⏎)
    expect(x.bodyStart).toBe(record('release').title.length + 1 + 11);
  });

  it("dates the story's days by the record's date, not by a year the title names", () => {
    const found = factsOf(asRecord(record('final')));
    expect(found.find((f) => f.type === 'event')).toMatchObject({
      dateText: '12月30日',
      date: '2021-12-30',
      dateBasis: 'publication',
    });
    expect(found.find((f) => f.type === 'indicator')).toMatchObject({ period: '2020', value: 1782656000000 });
  });

  it("takes no fact from the title, and quotes the record's text at its own offsets", () => {
    const r = record('cn');
    const doc = asRecord(r);
    const found = factsOf(doc);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(r.text.slice(f.start, f.end)).toBe(f.text);
    // 同比增长11.8% is the title's: a figure of the page read as a page, none of the record's
    expect(found.some((f) => f.text.includes('11.8'))).toBe(false);
    expect(factsOf(asPage(r)).some((f) => f.text.includes('11.8'))).toBe(true);
  });

  it('counts no mention and no spelling of a body the title names', () => {
    const doc = documentFromRecord('r.jsonl#1', {
      title: '国新办发布会：前8个月外贸进出口保持较快增长',
      text: '国务院新闻办公室今天举行新闻发布会。前8个月，我国进出口总值增长23.7%。',
      published: '2021-09-20',
    });
    const office = factsOf(doc).find((f) => f.type === 'organization' && f.canonical === '国务院新闻办公室');
    expect(office).toMatchObject({ start: 0, name: '国务院新闻办公室', aliases: [], mentions: 1 });
  });

  it('reads a text that prints its own title once, as it is', () => {
    const doc = asRecord(record('own'));
    expect(doc.titleApart).toBe(false);
    expect(rows(doc, 0)[0]).toMatchObject({ at: 30, region: '贵州' });
  });
});

describe("a web page's <title>", () => {
  const html = (title: string) =>
    `<html><head><title>${title}</title></head><body><p>记者从海关获悉，前8个月进出口总值462.5亿元，同比增长30.2%。</p></body></html>`;

  it("frames the visible text without the site's name, which stays in the document's title", () => {
    const read = documentFromBytes('p.html', Buffer.from(html('贵州前8个月外贸进出口保持较快增长_财经_示例网')));
    expect(read.ok).toBe(true);
    const doc = (read as { document: Document }).document;
    expect(doc.title).toBe('贵州前8个月外贸进出口保持较快增长_财经_示例网');
    expect(doc.titleLine).toBe('贵州前8个月外贸进出口保持较快增长');
    expect(doc.titleApart).toBe(true);
    expect(rows(doc, 0).map((f) => [doc.text.slice(f.at, f.at + 3), f.region])).toEqual([['进出口', '贵州']]);
  });

  it("finds its headline line under a menu line, without the site's name, and frames the page with it", () => {
    const page =
      '<html><head><title>贵州前8个月外贸进出口保持较快增长_财经_示例网</title></head><body>' +
      '<div>首页 新闻 财经 科技 体育 汽车</div><h1>贵州前8个月外贸进出口保持较快增长</h1>' +
      '<p>记者从海关获悉，前8个月进出口总值462.5亿元，同比增长30.2%。</p></body></html>';
    const doc = (documentFromBytes('p.html', Buffer.from(page)) as { document: Document }).document;
    expect(doc.titleApart).toBe(false);
    expect(doc.titleLine).toBe('贵州前8个月外贸进出口保持较快增长');
    expect(rows(doc, 0).map((f) => f.region)).toEqual(['贵州']);
  });
});

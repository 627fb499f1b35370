// --format xlsx opened with a reader (exceljs): every cell typed as what it is. And no
// id, in xlsx or CSV, is a string a spreadsheet would read as a number.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseCsv } from 'csv-parse/sync';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const INPUTS = ['fixtures/seeds', 'fixtures/collections'];
const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

/** What Excel or LibreOffice would take for a number: digits, a decimal point, an exponent, a sign. */
const LOOKS_NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

type Row = Map<string, unknown>;
let sheets: Map<string, Row[]>;
let csvRows: Record<string, string>[];

function rowsOf(ws: import('exceljs').Worksheet): Row[] {
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(new Map(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

beforeAll(async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-')), 'facts.xlsx');
  const r = spawnSync(process.execPath, [BIN, ...INPUTS, '-f', 'xlsx', '-o', out, '-j', '1'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.status).toBe(1); // the two bad records of news.jsonl
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  sheets = new Map(wb.worksheets.map((ws) => [ws.name, rowsOf(ws)]));
  const csv = spawnSync(process.execPath, [BIN, ...INPUTS, '-f', 'csv', '-j', '1'], { cwd: ROOT, encoding: 'utf8' });
  csvRows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
});

describe('--format xlsx', () => {
  it('has a sheet per fact type and a documents sheet, frozen and filtered', async () => {
    expect([...sheets.keys()]).toEqual(['indicators', 'events', 'organizations', 'documents']);
    expect(sheets.get('documents')!.length).toBe(5 + 13);
  });

  it('writes values as numbers, ids, periods and codes as text, Chinese intact', () => {
    const rows = sheets.get('indicators')!;
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(typeof r.get('value')).toBe('number');
      expect(typeof r.get('start')).toBe('number');
      expect(typeof r.get('id')).toBe('string');
      const period = r.get('period');
      if (period !== null) expect(typeof period).toBe('string');
      const code = r.get('regionCode');
      if (code !== null) expect(code).toMatch(/^\d{6}$/);
    }
    const sd = rows.find((r) => r.get('doc') === 'fixtures/collections/news.jsonl#sd-2021')!;
    expect(sd.get('period')).toBe('2021');
    expect(sd.get('label')).toBe('地区生产总值');
    expect(sd.get('region')).toBe('山东');
    expect(sd.get('regionCanonical')).toBe('山东省');
    expect(sd.get('title')).toBe('山东2021年地区生产总值83095.9亿元');
    expect(sd.get('raw')).toBe('83095.9亿元');
    expect(sd.get('value')).toBe(8309590000000);
    expect(sd.get('periodStart')).toEqual(new Date(Date.UTC(2021, 0, 1)));
    // a percentage stays as written (3.6%), never the number 0.036
    expect(rows.filter((r) => r.get('unit') === '%').every((r) => typeof r.get('raw') === 'string')).toBe(true);
  });

  it('writes dates as dates only where they are full dates', () => {
    const events = sheets.get('events')!;
    for (const e of events) {
      const date = e.get('date');
      if (date instanceof Date) expect(date.getUTCHours()).toBe(0);
      else expect(String(date)).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof e.get('dateText')).toBe('string');
    }
    expect(events.some((e) => e.get('date') instanceof Date)).toBe(true);
    const docs = sheets.get('documents')!;
    const sd = docs.find((d) => d.get('doc') === 'fixtures/collections/news.jsonl#sd-2020')!;
    expect(sd.get('published')).toEqual(new Date(Date.UTC(2021, 0, 28)));
    const bad = docs.find((d) => d.get('doc') === 'fixtures/collections/news.jsonl#3')!;
    expect(String(bad.get('error'))).toMatch(/^line 3: not valid JSON/);
  });
});

describe('ids', () => {
  it('never parse as a number, in xlsx or in CSV', () => {
    const ids = [
      ...[...sheets.values()].flatMap((rows) => rows.map((r) => r.get('id')).filter((id) => id !== undefined)),
      ...csvRows.map((r) => r.id),
    ];
    expect(ids.length).toBeGreaterThan(300);
    for (const id of ids) {
      expect(typeof id).toBe('string');
      expect(id).not.toMatch(LOOKS_NUMERIC);
      expect(Number.isNaN(Number(id))).toBe(true);
    }
  });

  it('CSV keeps the contract columns and adds published and title at the end', () => {
    const row = csvRows.find((r) => r.doc === 'fixtures/collections/news.csv#zj-2021' && r.type === 'indicator')!;
    expect(Object.keys(row).slice(-3)).toEqual(['mentions', 'published', 'title']);
    expect(row).toMatchObject({ published: '2022-01-25', title: '浙江2021年经济运行情况', region: '浙江' });
  });
});

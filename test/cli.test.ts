// End to end: the built CLI (bin/extract.js → dist/) on the bundled seed documents.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { OutputSchema, FactSchema, type Output, type Indicator, type Event, type Organization } from '../src/facts.js';
import { CSV_COLUMNS } from '../src/emit/formats.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const SEEDS = 'fixtures/seeds';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let json: Output;
let jsonText: string;

beforeAll(() => {
  const r = run([SEEDS]);
  expect(r.code).toBe(0);
  jsonText = r.stdout;
  json = OutputSchema.parse(JSON.parse(r.stdout));
});

describe('extract on the seed documents', () => {
  it('reads all five seeds, in sorted order, with their metadata', () => {
    expect(json.documents.map((d) => path.basename(d.doc))).toEqual(fs.readdirSync(path.join(ROOT, SEEDS)).sort());
    expect(json.documents.map((d) => d.published)).toEqual(['2021-05-19', null, '2020-05-27', null, '2022-04-18']);
    expect(json.documents.every((d) => d.error === null && d.encoding === 'utf-8')).toBe(true);
    expect(json.tool.rules).toMatch(/^[0-9a-f]{12}$/);
  });

  it('quotes the source exactly in every fact', () => {
    const texts = new Map(json.documents.map((d) => [d.doc, fs.readFileSync(path.join(ROOT, d.doc), 'utf8')]));
    expect(json.facts.length).toBeGreaterThan(100);
    for (const f of json.facts) expect(texts.get(f.doc)!.slice(f.start, f.end)).toBe(f.text);
  });

  it('finds a figure with its value, unit, period and change', () => {
    const f = json.facts.find((x): x is Indicator => x.type === 'indicator' && x.raw === '9385.6亿元')!;
    expect(f).toMatchObject({
      value: 938560000000,
      unit: 'CNY',
      period: '2020',
      region: '苏州',
      change: { basis: 'yoy', value: 3.4, unit: '%' },
    });
  });

  it('finds a dated event with a year from context', () => {
    const e = json.facts.find((x): x is Event => x.type === 'event' && x.dateText === '当年9月1日')!;
    expect(e).toMatchObject({ date: '2017-09-01', dateBasis: 'context', kind: 'founding' });
  });

  it('merges an organization with its aliases', () => {
    const o = json.facts.find(
      (x): x is Organization =>
        x.type === 'organization' && x.doc.endsWith('000_1900faf847d9a6f1.txt') && x.canonical === '华为技术有限公司',
    )!;
    expect(o.aliases.sort()).toEqual(['华为', '华为公司']);
    expect(o.mentions).toBeGreaterThan(20);
  });

  it('writes the same bytes for the same input', () => {
    expect(run([SEEDS]).stdout).toBe(jsonText);
  });
});

describe('formats', () => {
  it('jsonl: one fact per line, the same facts as json', () => {
    const r = run([SEEDS, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => FactSchema.parse(JSON.parse(l)));
    expect(lines).toEqual(json.facts);
  });

  it('csv: the contract header, then one parseable row per fact', () => {
    const r = run([SEEDS, '--format', 'csv']);
    expect(r.stdout.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(json.facts.length);
    const gdp = rows.find((x) => x.raw === '9385.6亿元')!;
    expect(gdp).toMatchObject({
      value: '938560000000',
      unit: 'CNY',
      change_basis: 'yoy',
      change_value: '3.4',
      orgs: '',
    });
  });

  it('csv --bom starts with the byte order mark', () => {
    expect(
      run([`${SEEDS}/002_1d16421faa7a852a.txt`, '--format', 'csv', '--bom']).stdout.startsWith('\uFEFFid,doc,'),
    ).toBe(true);
  });

  it('--type keeps only the types asked for', () => {
    const out = JSON.parse(run([SEEDS, '--type', 'event,organization']).stdout) as Output;
    expect(new Set(out.facts.map((f) => f.type))).toEqual(new Set(['event', 'organization']));
  });

  it('-o writes the output to a file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'extract-')), 'out.jsonl');
    const r = run([SEEDS, '--format', 'jsonl', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(json.facts.length);
  });
});

describe('inputs and exit codes', () => {
  it('reads standard input as -', () => {
    const text = fs.readFileSync(path.join(ROOT, SEEDS, '000_1900faf847d9a6f1.txt'), 'utf8');
    const r = run(['-', '--format', 'jsonl'], text);
    expect(r.code).toBe(0);
    const facts = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(facts.every((f) => f.doc === '-')).toBe(true);
    expect(facts.length).toBe(json.facts.filter((f) => f.doc.endsWith('000_1900faf847d9a6f1.txt')).length);
  });

  it('a missing path: exit 1, reported, the other inputs still emitted', () => {
    const r = run(['no/such/file.txt', `${SEEDS}/002_1d16421faa7a852a.txt`, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt: no such file or folder');
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: 'error', doc: 'no/such/file.txt', message: 'no such file or folder' });
    expect(lines.length).toBeGreaterThan(10);
  });

  it('a missing path in json: a document record with the error', () => {
    const r = run(['nope.txt', `${SEEDS}/002_1d16421faa7a852a.txt`]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.documents[0]).toMatchObject({ doc: 'nope.txt', error: 'no such file or folder', facts: 0 });
    expect(out.documents[1]!.facts).toBeGreaterThan(10);
  });

  it('a bad option: exit 2 and a usage message', () => {
    const r = run(['--format', 'xml', SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'xml' is invalid/);
    expect(r.stdout).toBe('');
    expect(run(['--ref-date', '2021-13-01', SEEDS]).code).toBe(2);
  });

  it('--help teaches and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit status');
  });
});

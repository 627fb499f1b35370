// extract table: the pivot on hand-made reports, then the built command on the seeds,
// the fixture collections and ../shared/corpus (skipped when absent), its cells checked
// against the facts they come from.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseCsv } from 'csv-parse/sync';
import { pivot, type Report } from '../src/table/pivot.js';
import type { Indicator, Output } from '../src/facts.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const hasCorpus = fs.existsSync(CORPUS);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let n = 0;
const xlsxFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'table-xlsx-')), 'gdp.xlsx');
function report(over: Partial<Indicator>, published: string | null = null): Report {
  const fact: Indicator = {
    id: `i-${String(n++).padStart(16, '0')}`,
    type: 'indicator',
    doc: `d${n}.txt`,
    start: 0,
    end: 4,
    text: 'GDP',
    rule: 'metrics.yaml#gdp@h',
    metric: 'gdp',
    label: 'GDP',
    region: '山东',
    period: '2020',
    value: 1,
    unit: 'CNY',
    measure: null,
    raw: '1元',
    approx: null,
    change: null,
    status: 'actual',
    valueKind: 'level',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-31',
    regionCanonical: '山东省',
    regionCode: '370000',
    ...over,
  };
  return { fact, published, title: null };
}

describe('pivot', () => {
  it('puts regions down and periods across, one table per metric, kind and unit', () => {
    const p = pivot(
      [
        report({ value: 5 }),
        report({ period: '2021', periodStart: '2021-01-01', periodEnd: '2021-12-31', value: 6 }),
        report({ region: '全国', regionCode: null, value: 100 }),
        report({ value: 3.6, unit: '%', valueKind: 'growth' }),
        report({ metric: 'fixed_investment', value: 9 }),
      ],
      { rows: 'region', columns: 'period' },
    );
    expect(p.tables.map((t) => Object.values(t.split).join(' '))).toEqual([
      'fixed_investment level CNY',
      'gdp level CNY',
      'gdp growth %',
    ]);
    const gdp = p.tables[1]!;
    expect(gdp.rows).toEqual(['全国', '山东']);
    expect(gdp.columns).toEqual(['2020', '2021']);
    expect(gdp.cells.get('山东')?.get('2021')?.value).toBe(6);
  });

  it('holds the value reports agree on, else the latest report’s, and keeps every report', () => {
    const early = report({ value: 73129 }, '2021-01-28');
    const late = report({ value: 72798 }, '2021-12-30');
    const again = report({ value: 73129 }, '2021-02-01');
    const p = pivot([early, late, again, report({ region: '广东', value: 1 }), report({ region: '广东', value: 1 })], {
      rows: 'region',
      columns: 'period',
    });
    const sd = p.tables[0]!.cells.get('山东')!.get('2020')!;
    expect(sd).toMatchObject({ value: 72798, agreed: false, chosen: late });
    expect(sd.reports).toEqual([early, late, again]);
    expect(p.tables[0]!.cells.get('广东')!.get('2020')).toMatchObject({ value: 1, agreed: true });
  });

  it('leaves out approximations, targets, plans and figures with no metric unless asked', () => {
    const reports = [
      report({ approx: 'over' }),
      report({ status: 'target', period: '2025' }),
      report({ metric: null, label: '某指标' }),
    ];
    expect(pivot(reports, { rows: 'region', columns: 'period' }).tables).toEqual([]);
    const p = pivot(reports, { rows: 'region', columns: 'period', include: new Set(['approx', 'target']) });
    expect(p.tables[0]!.columns).toEqual(['2020', '2025']);
  });
});

describe('extract table (the built command)', () => {
  let facts: Indicator[];
  let published: Map<string, string | null>;
  let tableCsv: Record<string, string>[];
  let header: string[];
  let sources: Record<string, string>[];
  let md: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'table-'));
  const xlsx = xlsxFile;

  beforeAll(() => {
    const texts = [
      'fixtures/seeds',
      'fixtures/collections',
      ...(hasCorpus
        ? fs
            .readdirSync(CORPUS)
            .filter((f) => f.endsWith('.txt'))
            .map((f) => path.join(CORPUS, f))
        : []),
    ];
    const json = path.join(dir, 'facts.json');
    expect(run([...texts, '-f', 'json', '-o', json, '-j', '1']).code).toBe(1); // news.jsonl's two bad records
    const out = JSON.parse(fs.readFileSync(json, 'utf8')) as Output;
    facts = out.facts.filter((f): f is Indicator => f.type === 'indicator');
    published = new Map(out.documents.map((d) => [d.doc, d.published]));
    const t = run(['table', json, '--metric', 'gdp', '-f', 'csv', '--sources', path.join(dir, 'sources.csv')]);
    expect(t.code).toBe(0);
    tableCsv = parseCsv(t.stdout, { columns: true }) as Record<string, string>[];
    header = (parseCsv(t.stdout) as string[][])[0]!;
    expect(header.slice(0, 4)).toEqual(['metric', 'valueKind', 'unit', 'region']);
    sources = parseCsv(fs.readFileSync(path.join(dir, 'sources.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    md = run(['table', 'fixtures/seeds', 'fixtures/collections', '--metric', 'gdp']).stdout;
    expect(run(['table', json, '--metric', 'gdp', '--value-kind', 'level', '-f', 'xlsx', '-o', xlsx]).code).toBe(0);
  });

  it('prints every GDP cell as the facts give it: the agreed value, else the latest report’s', () => {
    // (from the header, in order: an object puts keys like 2021 first)
    const periods = header.slice(4);
    let cells = 0;
    for (const row of tableCsv) {
      for (const period of periods) {
        if (row[period] === '') continue;
        cells++;
        const behind = facts.filter(
          (f) =>
            f.metric === 'gdp' &&
            f.valueKind === row.valueKind &&
            f.unit === row.unit &&
            f.region === row.region &&
            f.period === period &&
            f.status === 'actual' &&
            f.approx === null,
        );
        expect(behind.length).toBeGreaterThan(0);
        const values = new Set(behind.map((f) => f.value));
        const latest = [...behind]
          .sort((a, b) => ((published.get(a.doc) ?? '') < (published.get(b.doc) ?? '') ? -1 : 1))
          .pop()!;
        expect(Number(row[period])).toBe(values.size === 1 ? behind[0]!.value : latest.value);
      }
    }
    expect(cells).toBeGreaterThan(hasCorpus ? 20 : 0);
    // the seed's 青岛 2021-H1 GDP (6539.21亿元)
    expect(tableCsv.find((r) => r.region === '青岛' && r.valueKind === 'level')?.['2021-H1']).toBe('653921000000');
  });

  it('lists every report behind the cells, and each disagreement with all its sources', () => {
    expect(sources.length).toBeGreaterThanOrEqual(tableCsv.length);
    const disputed = sources.filter((s) => s.agreed === 'no');
    expect(disputed.filter((s) => s.region === '山东' && s.period === '2020').map((s) => s.value)).toEqual([
      '7312900000000',
      '7279800000000',
    ]);
    const byCell = new Map<string, Record<string, string>[]>();
    for (const s of disputed)
      byCell.set(`${s.table}|${s.region}|${s.period}`, [
        ...(byCell.get(`${s.table}|${s.region}|${s.period}`) ?? []),
        s,
      ]);
    for (const reports of byCell.values()) {
      expect(new Set(reports.map((r) => r.value)).size).toBeGreaterThan(1);
      expect(reports.filter((r) => r.chosen === 'yes')).toHaveLength(1);
      for (const r of reports) expect(facts.find((f) => f.id === r.id)?.text).toBe(r.text);
    }
  });

  it('runs on texts and collections directly, and shows a disagreement with its quotes', () => {
    // periods in time order: the half year before the year it ends in
    expect(md).toMatch(/^\| region \| 2020 \| 2021-H1 \| 2021 \|$/m);
    expect(md).toMatch(/^\| 青岛 \|  \| 653921000000 \|  \|$/m);
    expect(md).toMatch(/^\| 山东 \| 7279800000000 \* \|  \| 8309590000000 \|$/m);
    expect(md).toContain('“地区生产总值73129亿元，按可比价格计算，比上年增长3.6%”');
    expect(md).toMatch(
      /\*\*7279800000000 CNY — fixtures\/collections\/news\.jsonl#sd-2020-final, 2021-12-30: “地区生产总值为72798亿元”\*\*/,
    );
  });
});

describe('extract table -f xlsx', () => {
  it('writes a sheet per table with numbers, a shaded cell with a note where reports disagree, and the sources', async () => {
    const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['gdp · level · CNY', 'sources']);
    const ws = wb.worksheets[0]!;
    const rows = new Map<string, number>();
    ws.eachRow((row, n) => rows.set(String(row.getCell(1).value), n));
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const sd = ws.getRow(rows.get('山东')!).getCell(header.indexOf('2020') + 1);
    expect(sd.value).toBe(7279800000000);
    expect(sd.note).toContain('“地区生产总值73129亿元，按可比价格计算，比上年增长3.6%”');
    expect(sd.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const gd = ws.getRow(rows.get('广东')!).getCell(header.indexOf('2021') + 1);
    expect(gd.value).toBe(12436967000000);
    expect(gd.note).toBeUndefined();
  });
});

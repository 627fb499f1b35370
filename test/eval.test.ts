// `extract eval`: the matching on hand-made cases, the command end to end as the
// suite's quality gate, and agreement with the external scorer when it is present.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { GoldFileSchema, parseGold, type GoldFile } from '../src/eval/gold.js';
import { parsePredictions, type ScoredFact } from '../src/eval/predictions.js';
import { normalizeName, unitClass, valuesClose } from '../src/eval/compare.js';
import { scoreDocument, summarize, type DocumentScore } from '../src/eval/score.js';
import { documentFolders, findDocument } from '../src/eval/files.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const SCORER = path.resolve(ROOT, '../shared/tools/score.mjs');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SOURCE =
  '5月13日,华为云城市峰会在青岛举行。苏州实现第二产业增加值9385.6亿元,同比增长3.4%。青岛市委、华为技术有限公司出席。';

/** Gold annotations as written in a file: defaults (aliases: [] …) filled in by the schema. */
function gold(annotations: Omit<z.input<typeof GoldFileSchema>, 'doc'>): GoldFile {
  return GoldFileSchema.parse({ doc: 't.txt', ...annotations });
}

/** A fact quoting `text` where it first occurs in SOURCE. */
function fact(type: string, text: string, fields: Partial<ScoredFact> = {}): ScoredFact {
  const start = SOURCE.indexOf(text);
  if (start < 0) throw new Error(`not in source: ${text}`);
  return { type, doc: 'seeds/t.txt', start, end: start + text.length, text, ...fields };
}

const org = (name: string, fields: Partial<ScoredFact> = {}) =>
  fact('organization', name, { name, canonical: name, aliases: [], kind: 'company', ...fields });
const meeting = (date: string) =>
  fact('event', '5月13日,华为云城市峰会在青岛举行。', { date, kind: 'meeting', orgs: ['华为云'] });
const score = (g: GoldFile, facts: ScoredFact[]): DocumentScore =>
  scoreDocument({ name: 't.txt', gold: g, source: SOURCE, facts });
const counts = (s: DocumentScore, t: 'organization' | 'indicator' | 'event') => {
  const { tp, fp, fn } = s.matches[t];
  return { tp, fp, fn };
};

const GDP = {
  quote: '第二产业增加值9385.6亿元',
  label: '第二产业增加值',
  region: '苏州',
  value: 938560000000,
  unit: 'CNY',
};
const MEETING = {
  quote: '5月13日,华为云城市峰会在青岛举行',
  date: '2021-05-13',
  kind: 'meeting' as const,
  orgs: ['华为云'],
};

describe('comparisons', () => {
  it('normalizes names by width, case and spaces', () => {
    expect(normalizeName('ＨＵＡＷＥＩ 云')).toBe(normalizeName('huawei云'));
  });
  it('classes units: yuan is money whatever its name', () => {
    expect([
      unitClass('CNY'),
      unitClass('亿元'),
      unitClass('%'),
      unitClass('pp'),
      unitClass('count'),
      unitClass('个'),
    ]).toEqual(['money', 'money', 'percent', 'pp', 'count', 'count']);
  });
  it('takes values within 0.5% of gold', () => {
    expect(valuesClose(100.4, 100)).toBe(true);
    expect(valuesClose(101, 100)).toBe(false);
    expect(valuesClose(null, 100)).toBe(false);
  });
});

describe('organizations', () => {
  it('match by any alias of the gold entity', () => {
    const g = gold({ organizations: [{ name: '华为技术有限公司', aliases: ['华为', '华为公司'], kind: 'company' }] });
    const s = score(g, [
      fact('organization', '华为技术有限公司', { name: '华为', canonical: '华为', aliases: [], kind: 'company' }),
    ]);
    expect(counts(s, 'organization')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.matches.organization.fields.map(({ field, ok }) => ({ field, ok }))).toEqual([
      { field: 'organization.kind', ok: true },
    ]);
  });

  it('a second fact for an entity already matched is a false positive', () => {
    const g = gold({ organizations: [{ name: '华为技术有限公司', aliases: ['华为'] }] });
    const s = score(g, [org('华为技术有限公司'), org('华为云', { aliases: ['华为'] })]);
    expect(counts(s, 'organization')).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('an optional entry found is not counted, and neither is a repeat of it', () => {
    const g = gold({ organizations: [{ name: '青岛市委', optional: true, kind: 'government' }] });
    const s = score(g, [org('青岛市委'), org('青岛市委')]);
    expect(counts(s, 'organization')).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(counts(score(g, []), 'organization')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('reports misses and extras by name, and a wrong kind as a field error', () => {
    const g = gold({ organizations: [{ name: '华为技术有限公司', kind: 'government' }, { name: '海尔' }] });
    const s = score(g, [org('华为技术有限公司'), org('青岛市委')]);
    expect(counts(s, 'organization')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.matches.organization).toMatchObject({
      missed: ['海尔'],
      extra: ['青岛市委'],
      fields: [{ field: 'organization.kind', ok: false }],
    });
  });
});

describe('indicators', () => {
  const gdp = (fields: Partial<ScoredFact>) =>
    fact('indicator', '第二产业增加值9385.6亿元,同比增长3.4%', {
      value: 938560000000,
      unit: 'CNY',
      label: '第二产业增加值',
      region: '苏州',
      ...fields,
    });

  it('match by value, unit class and overlapping evidence', () => {
    const s = score(gold({ indicators: [GDP] }), [gdp({ value: 938560000000 * 1.004 })]);
    expect(counts(s, 'indicator')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('a value off by 1% does not match', () => {
    const s = score(gold({ indicators: [GDP] }), [gdp({ value: 938560000000 * 1.01 })]);
    expect(counts(s, 'indicator')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('the same number in another unit class does not match', () => {
    const rate = { quote: '同比增长3.4%', value: 3.4, unit: '%' };
    const asPoints = fact('indicator', '同比增长3.4%', { value: 3.4, unit: 'pp' });
    expect(counts(score(gold({ indicators: [rate] }), [asPoints]), 'indicator')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts(score(gold({ indicators: [rate] }), [{ ...asPoints, unit: '%' }]), 'indicator')).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });

  it('evidence elsewhere in the text does not match', () => {
    const s = score(gold({ indicators: [GDP] }), [fact('indicator', '青岛市委', { value: 938560000000, unit: 'CNY' })]);
    expect(counts(s, 'indicator')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('checks the fields the gold entry states, containment for region and label', () => {
    const g = gold({
      indicators: [
        {
          ...GDP,
          region: '苏州市',
          label: '增加值',
          period: '2020',
          change: { basis: 'yoy', value: 3.4, unit: '%' },
          status: 'actual',
          approx: null,
        },
      ],
    });
    const s = score(g, [gdp({ period: '2021', change: { value: 3.4 }, status: null, approx: null })]);
    const ok = Object.fromEntries(s.matches.indicator.fields.map((f) => [f.field, f.ok]));
    expect(ok).toEqual({
      'indicator.period': false,
      'indicator.region': true,
      'indicator.label': true,
      'indicator.status': true,
      'indicator.change': true,
      'indicator.approx': true,
      // One wrong field makes the row wrong: rows-F1 counts it out.
      'indicator.exact': false,
    });
    expect(summarize([{ name: 'd.txt', score: s }], 1).indicatorRowsF1).toBe(0);
    expect(
      summarize(
        [{ name: 'd.txt', score: score(g, [gdp({ period: '2020', change: { value: 3.4 }, status: 'actual' })]) }],
        1,
      ).indicatorRowsF1,
    ).toBe(1);
    // --verbose names the wrong field with both values and the gold quote.
    const report = summarize([{ name: 'd.txt', score: s }], 1);
    expect(report.discrepancies).toEqual([
      { kind: 'wrong', type: 'indicator', doc: 'd.txt', what: `indicator.period 2021 (gold: 2020) «${GDP.quote}»` },
    ]);
  });

  it('an optional entry takes its fact without counting it', () => {
    const s = score(gold({ indicators: [{ ...GDP, optional: true }] }), [gdp({})]);
    expect(counts(s, 'indicator')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('events', () => {
  it('match by date and overlapping evidence', () => {
    const s = score(gold({ events: [MEETING] }), [meeting('2021-05-13')]);
    expect(counts(s, 'event')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.matches.event.fields.map(({ field, ok }) => ({ field, ok }))).toEqual([
      { field: 'event.kind', ok: true },
      { field: 'event.orgs', ok: true },
    ]);
  });

  it('another date does not match', () => {
    const s = score(gold({ events: [MEETING] }), [meeting('2021-05-14')]);
    expect(counts(s, 'event')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.matches.event.missed).toEqual(['2021-05-13 «5月13日,华为云城市峰会在青岛举行»']);
  });
});

describe('contract and totals', () => {
  it('counts a fact whose text is not source.slice(start, end), and one without offsets', () => {
    const broken = { ...org('华为技术有限公司'), text: '华为技术' };
    const unplaced: ScoredFact = {
      type: 'event',
      doc: 't.txt',
      text: '5月13日,华为云城市峰会在青岛举行。',
      date: '2021-05-13',
    };
    const s = score(gold({ events: [MEETING] }), [broken, unplaced]);
    expect(s.contractErrors).toHaveLength(2);
    // Placed by its text, the fact without offsets still matches.
    expect(counts(s, 'event')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('sums documents; overall F1 is the mean of the three types', () => {
    const g = gold({ organizations: [{ name: '华为技术有限公司' }], indicators: [GDP], events: [MEETING] });
    const r = summarize(
      [{ name: 't.txt', score: score(g, [org('华为技术有限公司', { text: '青岛市委' }), meeting('2021-05-13')]) }],
      2,
    );
    expect(r).toMatchObject({ documents: 1, facts: 2, contractErrors: 1 });
    expect([r.organization.f1, r.indicator.f1, r.event.f1]).toEqual([1, 0, 1]);
    expect(r.overallF1).toBeCloseTo(2 / 3);
  });
});

describe('reading inputs', () => {
  it('reads json and jsonl outputs, skipping error records', () => {
    const facts = [org('青岛市委'), org('华为技术有限公司')];
    expect(parsePredictions(JSON.stringify({ tool: {}, documents: [], facts }))).toEqual({ ok: true, facts });
    const jsonl = [
      JSON.stringify(facts[0]),
      JSON.stringify({ type: 'error', doc: 'x', message: 'm' }),
      JSON.stringify(facts[1]),
      '',
    ].join('\n');
    expect(parsePredictions(jsonl)).toEqual({ ok: true, facts });
    expect(parsePredictions(JSON.stringify(facts[0]))).toEqual({ ok: true, facts: [facts[0]] });
    expect(parsePredictions('{"type":"event"')).toMatchObject({
      ok: false,
      message: expect.stringContaining('line 1'),
    });
  });

  it('rejects a gold file with a misspelled kind, naming the field', () => {
    const r = parseGold(JSON.stringify({ doc: 'a.txt', organizations: [{ name: 'x', kind: 'goverment' }] }));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('organizations.0.kind') });
  });

  it('finds documents in the gold folder, then in the folders beside it', () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-eval-'));
    for (const d of ['gold', 'notes', 'texts']) fs.mkdirSync(path.join(top, d));
    fs.writeFileSync(path.join(top, 'texts/a.txt'), 'x');
    const folders = documentFolders(path.join(top, 'gold'), undefined);
    expect(folders.map((f) => path.basename(f))).toEqual(['gold', 'notes', 'texts']);
    const c = { file: path.join(top, 'gold/a.json'), gold: gold({}) };
    expect(findDocument({ ...c, gold: { ...c.gold, doc: 'seeds/a.txt' } }, folders)).toBe(
      path.join(top, 'texts/a.txt'),
    );
    expect(() => findDocument({ ...c, gold: { ...c.gold, doc: 'b.txt' } }, folders)).toThrow(
      /gold file .*a\.json: document b\.txt not found/,
    );
  });
});

describe('extract eval (built CLI)', () => {
  // The quality gate: this fails when a change to the rules or extractors costs quality.
  it('scores the bundled gold documents at or above the bar', () => {
    const r = run(['eval', '--gold', 'fixtures/gold', '--min-f1', '0.85', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.documents).toBe(3);
    expect(report.contractErrors).toBe(0);
    expect(report.overallF1).toBeGreaterThanOrEqual(0.85);
    for (const t of ['organization', 'indicator', 'event']) expect(report[t].f1, `${t} F1`).toBeGreaterThanOrEqual(0.8);
  });

  it('exits 1 below --min-f1', () => {
    const r = run([
      'eval',
      '--gold',
      'fixtures/gold',
      '--no-default-rules',
      '--rules',
      'examples/my-rules',
      '--min-f1',
      '0.5',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^overall F1 /m);
    expect(r.stderr).toMatch(/below --min-f1 0\.5/);
  });

  it('exits 2 naming the gold file whose document cannot be found', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-eval-'));
    fs.writeFileSync(path.join(dir, 'x.json'), JSON.stringify({ doc: 'nowhere.txt' }));
    const r = run(['eval', '--gold', dir, '--docs', 'fixtures/seeds']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`gold file ${path.join(dir, 'x.json')}: document nowhere.txt not found`);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a usage error', () => {
    expect(run(['eval']).code).toBe(2);
    expect(run(['eval', '--gold', 'fixtures/gold', '--min-f1', 'high']).code).toBe(2);
  });

  // Three runs that each load jieba, and the scorer: seconds alone, over a minute in the full
  // suite on a busy 2-core machine. The limit guards against a hang; it is not a speed claim.
  it.skipIf(!fs.existsSync(SCORER))('agrees with ../shared/tools/score.mjs', { timeout: 240_000 }, () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'extract-eval-')), 'out.json');
    expect(run(['fixtures/seeds', '-o', out]).code).toBe(0);
    const external = spawnSync(
      process.execPath,
      [SCORER, '--gold', 'fixtures/gold', '--docs', 'fixtures/seeds', '--pred', out, '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(external.status).toBe(0);
    const theirs = JSON.parse(external.stdout);
    const inProcess = JSON.parse(run(['eval', '--gold', 'fixtures/gold', '--json']).stdout);
    const fromFile = JSON.parse(run(['eval', '--gold', 'fixtures/gold', '--pred', out, '--json']).stdout);
    for (const ours of [inProcess, fromFile]) {
      for (const t of ['organization', 'indicator', 'event']) {
        expect({ type: t, tp: ours[t].tp, fp: ours[t].fp, fn: ours[t].fn }).toEqual({
          type: t,
          tp: theirs[t].tp,
          fp: theirs[t].fp,
          fn: theirs[t].fn,
        });
      }
      expect(ours.fields).toEqual(theirs.fields);
      expect(ours.contractErrors).toBe(theirs.contractErrors);
      expect(ours.overallF1).toBeCloseTo(theirs.overallF1, 10);
    }
  });
});

// extract diff for a nightly job: facts with the same key paired by what they say before
// their position, renamed documents seen by their bytes, --fail-on, and jsonl document
// lines (--documents) written and read back.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentRecord, Indicator } from '../src/facts.js';
import { DocumentLineSchema } from '../src/facts.js';
import { parseRun } from '../src/diff/load.js';
import { diffRuns, failsOn, isEqual } from '../src/diff/compare.js';
import { renderText } from '../src/diff/render.js';
import { jsonlEmitter } from '../src/emit/formats.js';
import { failureRecord } from '../src/emit/outcome.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');

/** 苏州's GDP in 2021, as a figure at `start` with `value`. */
const figure = (start: number, value: number, over: Partial<Indicator> = {}): Indicator => ({
  id: `id-${start}-${value}`,
  type: 'indicator',
  doc: 'a.txt',
  start,
  end: start + 8,
  text: `增加值${value}亿元`,
  rule: 'metrics.yaml#gdp@680b84077fc5',
  metric: 'gdp',
  label: '地区生产总值',
  region: '苏州',
  period: '2021',
  value,
  unit: 'CNY',
  measure: null,
  raw: `${value}亿元`,
  approx: null,
  change: null,
  status: 'actual',
  ...over,
});

const record = (doc: string, sha256: string): DocumentRecord => ({
  ...failureRecord(doc, ''),
  error: null,
  sha256,
  chars: 10,
  encoding: 'utf-8',
  facts: 1,
  format: 'text',
});

const jsonl = (lines: readonly object[]) => lines.map((l) => JSON.stringify(l) + '\n').join('');
const runOf = (lines: readonly object[]) => parseRun(jsonl(lines), 'run.jsonl');
const diffOf = (before: readonly object[], after: readonly object[]) => diffRuns(runOf(before), runOf(after));

describe('pairing facts with the same key', () => {
  it('a figure inserted before others is one added fact, not every later one changed', () => {
    const before = [figure(10, 100), figure(30, 200), figure(50, 300)];
    const after = [figure(10, 50), figure(30, 100), figure(50, 200), figure(70, 300)];
    const d = diffOf(before, after);
    expect(d.differences).toHaveLength(1);
    expect(d.differences[0]).toMatchObject({ change: 'added', entry: { record: { value: 50 } } });
  });

  it('a figure edited in place is a change of its value, next to figures left as they were', () => {
    const before = [figure(10, 100), figure(30, 200), figure(50, 300)];
    const after = [figure(10, 100), figure(30, 210), figure(50, 300)];
    expect(renderText(diffOf(before, after), { quiet: false }).split('\n').slice(1, -1)).toEqual([
      '~ a.txt indicator metric=gdp region=苏州 period=2021 #2: value 200 → 210; raw "200亿元" → "210亿元"',
    ]);
  });

  it('an edit and an insertion at once: the edit is paired in its place, between the same neighbours', () => {
    const before = [figure(10, 100), figure(30, 200)];
    const after = [figure(10, 50), figure(30, 100), figure(50, 210)];
    const d = diffOf(before, after);
    expect(d.differences.map((x) => [x.change, x.entry.record.type === 'indicator' && x.entry.record.value])).toEqual([
      ['added', 50],
      ['changed', 210],
    ]);
  });
});

describe('renamed documents', () => {
  const fact = (doc: string) => figure(10, 100, { doc });

  it('the same bytes under a new name: renamed, its facts unchanged', () => {
    const before = [fact('old.txt'), { type: 'document', ...record('old.txt', 'f00d') }];
    const after = [fact('new.txt'), { type: 'document', ...record('new.txt', 'f00d') }];
    const d = diffOf(before, after);
    expect(d.renamed).toEqual([{ old: 'old.txt', new: 'new.txt' }]);
    expect(d.differences).toEqual([]);
    expect(isEqual(d)).toBe(false);
    const text = renderText(d, { quiet: false });
    expect(text).toContain('; documents: 1 renamed\n> old.txt → new.txt: renamed (the same bytes)\n');
  });

  it('other bytes under a new name, or no document lines: removed and added', () => {
    const edited = diffOf(
      [fact('old.txt'), { type: 'document', ...record('old.txt', 'f00d') }],
      [fact('new.txt'), { type: 'document', ...record('new.txt', 'beef') }],
    );
    expect(edited.renamed).toEqual([]);
    expect(edited.differences.map((x) => x.change).sort()).toEqual(['added', 'removed']);
    expect(diffOf([fact('old.txt')], [fact('new.txt')]).renamed).toEqual([]);
  });
});

describe('--fail-on', () => {
  const before = [figure(10, 100), figure(30, 200)];
  it('added facts pass with changed,removed; a change or a removal fails', () => {
    expect(failsOn(diffOf(before, [...before, figure(50, 300)]), ['changed', 'removed'])).toBe(false);
    expect(failsOn(diffOf(before, [...before, figure(50, 300)]), ['added', 'removed', 'changed', 'renamed'])).toBe(
      true,
    );
    expect(failsOn(diffOf(before, [figure(10, 100), figure(30, 201)]), ['changed', 'removed'])).toBe(true);
    expect(failsOn(diffOf(before, [figure(10, 100)]), ['changed', 'removed'])).toBe(true);
  });

  it('the command: exit 0 for added facts with --fail-on changed,removed, 1 without', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-failon-'));
    fs.writeFileSync(path.join(dir, 'old.jsonl'), jsonl(before));
    fs.writeFileSync(path.join(dir, 'new.jsonl'), jsonl([...before, figure(50, 300)]));
    const diff = (...more: string[]) =>
      spawnSync(process.execPath, [BIN, 'diff', 'old.jsonl', 'new.jsonl', ...more], { cwd: dir, encoding: 'utf8' });
    expect(diff('--fail-on', 'changed,removed').status).toBe(0);
    expect(diff().status).toBe(1);
    const bad = diff('--fail-on', 'moved');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown kind "moved" (choose from added, removed, changed, renamed)');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('jsonl document lines (--documents)', () => {
  it('a line per input after its facts, failed ones too, valid against the schema', () => {
    const e = jsonlEmitter({ documents: true });
    const ok = e.document({ ok: true, record: record('a.txt', 'f00d'), facts: [figure(10, 100)] });
    const none = e.document({ ok: true, record: { ...record('b.txt', 'beef'), facts: 0 }, facts: [] });
    const failed = e.document({ ok: false, doc: 'c.txt', message: 'no such file or folder' });
    const lines = (ok + none + failed)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.type, l.doc])).toEqual([
      ['indicator', 'a.txt'],
      ['document', 'a.txt'],
      ['document', 'b.txt'],
      ['error', 'c.txt'],
      ['document', 'c.txt'],
    ]);
    for (const l of lines.filter((x) => x.type === 'document')) DocumentLineSchema.parse(l);
    expect(lines[4]).toMatchObject({ error: 'no such file or folder', sha256: null });
    expect(jsonlEmitter().document({ ok: true, record: record('a.txt', 'f00d'), facts: [] })).toBe('');
  });

  it('diff reads them: documents listed, facts and failures as before', () => {
    const run = runOf([figure(10, 100), { type: 'document', ...record('a.txt', 'f00d') }]);
    expect(run.documents).toEqual([{ doc: 'a.txt', sha256: 'f00d' }]);
    expect(run.facts).toHaveLength(1);
    expect(() => parseRun(jsonl([{ type: 'document', doc: 'a.txt' }]), 'x.jsonl')).toThrow(
      /^x\.jsonl:1: not a document record: /,
    );
  });
});

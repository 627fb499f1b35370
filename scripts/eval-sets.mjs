#!/usr/bin/env node
// npm run eval: `extract eval` over every development gold set present in ../shared
// (or SHARED_DIR), one row per set, in the layout of issue 14's table:
//   set, docs, overall F1, org / indicator / event F1, period, region, label accuracy, rows F1.
// A set whose gold folder or texts are absent is skipped with a note on stderr, so the
// script runs the same on a machine that holds only some of them.
// Extra arguments go to `extract eval` (e.g. `npm run eval -- --rules my-rules`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SHARED_DIR ?? join(root, '..', 'shared'));
const cli = join(root, 'bin', 'extract.js');

/** name, gold folder, folder of texts (eval runs only the texts that have gold). */
const SETS = [
  ['seeds', 'gold', 'seeds'],
  ['corpus', 'gold-corpus', 'corpus'],
  ['dev', 'dev/gold', 'dev/texts'],
];

const pct = (x) => (x === undefined || x === null ? '-' : (100 * x).toFixed(1));
const COLUMNS = ['set', 'docs', 'overall', 'org', 'indicator', 'event', 'period', 'region', 'label', 'rows-F1'];

function row(name, r) {
  const field = (k) => pct(r.fields[k]?.accuracy);
  return [
    name,
    String(r.documents),
    pct(r.overallF1),
    pct(r.organization.f1),
    pct(r.indicator.f1),
    pct(r.event.f1),
    field('indicator.period'),
    field('indicator.region'),
    field('indicator.label'),
    pct(r.indicatorRowsF1),
  ];
}

function evalSet(gold, docs) {
  const res = spawnSync(
    process.execPath,
    [cli, 'eval', '--gold', gold, '--docs', docs, '--json', ...process.argv.slice(2)],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (res.status !== 0 || !res.stdout) {
    process.stderr.write(res.stderr);
    return null;
  }
  return JSON.parse(res.stdout);
}

const rows = [];
let failed = false;
for (const [name, goldRel, docsRel] of SETS) {
  const gold = join(shared, goldRel);
  const docs = join(shared, docsRel);
  if (!existsSync(gold) || !existsSync(docs)) {
    process.stderr.write(`eval: ${name} skipped (no ${existsSync(gold) ? docs : gold})\n`);
    continue;
  }
  const report = evalSet(gold, docs);
  if (report === null) {
    process.stderr.write(`eval: ${name} failed\n`);
    failed = true;
    continue;
  }
  rows.push(row(name, report));
  if (report.contractErrors) process.stderr.write(`eval: ${name}: ${report.contractErrors} contract errors\n`);
}

const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
const out = [
  line(COLUMNS),
  '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|',
];
for (const r of rows) out.push(line(r));
process.stdout.write(
  out.join('\n') +
    '\nF1 and field accuracy in %; rows-F1: indicators with period, region, label, status and change all right.\n',
);
process.exitCode = failed ? 1 : rows.length === 0 ? 2 : 0;

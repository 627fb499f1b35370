#!/usr/bin/env node
// npm run nightly-sim: the nightly workflow of docs/nightly-ci.md, run locally over four
// nights. The workflow is read from the doc and its `run:` steps are run as written (bash
// -eo pipefail, as GitHub runs them); the `uses:` steps are simulated with folders
// (checkout, setup-node: already here; cache restore/save and artifact upload/download:
// copies kept per night). Each shard job and the compare job get a workspace of their
// own, as on separate machines. Needs a built tree (npm run build).
//
//   night 1  the corpus as it is                         nothing to compare with: exit 0
//   night 2  a document added, a document renamed        added facts pass: exit 0
//   night 3  a figure changed, a file made unreadable    changed and removed facts: exit 1
//   night 4  nothing changed; the baseline is night 3    exit 0
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(ROOT, 'fixtures/seeds');
const MORE = ['seed-gbk.txt', 'seed-utf16le.txt', 'seed.html', 'short-big5.txt', 'short-gbk.txt', 'no-facts.txt'];

export function workflowOf(markdown) {
  const block = /```yaml\n([\s\S]*?)```/.exec(markdown);
  if (!block) throw new Error('docs/nightly-ci.md: no ```yaml block');
  return YAML.parse(block[1]);
}

// What docs/nightly-ci.md says of each night: the compare step's exit code, the baseline
// it compares with, and lines its report must hold. Every shard exits 0 on every night (one
// unreadable file is within --max-errors 20).
const NIGHTS = [
  {
    title: 'the corpus as it is',
    change: () => {},
    expect: { compare: 0, baseline: 'no facts-all artifact found', says: [/^no earlier night to compare with$/m] },
  },
  {
    title: 'a document added (004), a document renamed (001 → 001-moved)',
    change: (corpus) => {
      fs.copyFileSync(path.join(SEEDS, '004_32dfb72077d7ce1f.txt'), path.join(corpus, '004_32dfb72077d7ce1f.txt'));
      fs.renameSync(path.join(corpus, '001_d6ae24f41e092b6e.txt'), path.join(corpus, '001-moved.txt'));
    },
    expect: {
      compare: 0,
      baseline: 'facts-all of night 1',
      says: [
        /^indicator: [1-9]\d* added, 0 removed, 0 changed;.*; documents: 1 renamed$/m,
        /^> corpus\/001_d6ae24f41e092b6e\.txt → corpus\/001-moved\.txt: renamed \(the same bytes\)$/m,
      ],
    },
  },
  {
    title: 'a figure changed (9385.6亿元 → 9385.9亿元 in 000), a file unreadable (002 is now a PNG image)',
    change: (corpus) => {
      const file = path.join(corpus, '000_1900faf847d9a6f1.txt');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('9385.6亿元', '9385.9亿元'));
      fs.copyFileSync(path.join(ROOT, 'fixtures/bad/picture.png'), path.join(corpus, '002_1d16421faa7a852a.txt'));
    },
    expect: {
      compare: 1,
      baseline: 'facts-all of night 2',
      says: [
        /^~ corpus\/000_1900faf847d9a6f1\.txt indicator .*: value 938560000000 → 938590000000; raw "9385\.6亿元" → "9385\.9亿元"$/m,
        /^\+ corpus\/002_1d16421faa7a852a\.txt error: not a text file: a PNG image$/m,
        /^- corpus\/002_1d16421faa7a852a\.txt indicator /m,
      ],
    },
  },
  {
    title: 'nothing changed',
    change: () => {},
    expect: {
      compare: 0,
      baseline: 'facts-all of night 3',
      says: [/^indicator: 0 added, 0 removed, 0 changed; event: 0 added, 0 removed, 0 changed;/m],
    },
  },
];

/** `${{ matrix.shard }}` and `${{ github.run_id }}`; any other expression is a mistake here. */
function substitute(text, vars) {
  return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name) => {
    if (!(name in vars)) throw new Error(`the simulation knows no \${{ ${name} }}`);
    return String(vars[name]);
  });
}

/** A step's `if:`, for the forms the workflow uses; none means success(). */
function condition(expr, job) {
  if (expr === undefined) return !job.failed;
  if (expr === 'always()') return true;
  const m = /^steps\.(\w+)\.outputs\.(\w+) (==|!=) '(.*)'$/.exec(expr);
  if (!m) throw new Error(`the simulation cannot evaluate if: ${expr}`);
  const value = job.outputs[m[1]]?.[m[2]] ?? '';
  return !job.failed && (m[3] === '==' ? value === m[4] : value !== m[4]);
}

function copyDir(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
}

/** What lasts from night to night: artifacts (per night, by name) and caches (by key). */
class Store {
  constructor(dir) {
    this.dir = dir;
    this.caches = [];
  }
  artifactDir(night, name) {
    return path.join(this.dir, 'artifacts', String(night), name);
  }
  upload(night, name, file) {
    if (!fs.existsSync(file)) return false;
    fs.mkdirSync(this.artifactDir(night, name), { recursive: true });
    fs.copyFileSync(file, path.join(this.artifactDir(night, name), path.basename(file)));
    return true;
  }
  artifacts(night) {
    const dir = path.join(this.dir, 'artifacts', String(night));
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  }
  saveCache(key, from) {
    const to = path.join(this.dir, 'caches', key);
    copyDir(from, to);
    this.caches.push(key);
  }
  restoreCache(key, prefix, to) {
    const hit = [key, ...[...this.caches].reverse().filter((k) => k.startsWith(prefix))].find((k) =>
      this.caches.includes(k),
    );
    if (hit) copyDir(path.join(this.dir, 'caches', hit), to);
    return hit ?? null;
  }
}

/** One `uses:` step, simulated. */
function usesStep(step, job, ctx, vars) {
  const action = step.uses.split('@')[0];
  const w = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [k, typeof v === 'string' ? substitute(v, vars) : v]),
  );
  switch (action) {
    case 'actions/checkout':
    case 'actions/setup-node':
      return;
    case 'actions/cache/restore':
      job.log.push(
        `cache restore: ${ctx.store.restoreCache(w.key, w['restore-keys'], path.join(job.dir, w.path)) ?? 'miss'}`,
      );
      return;
    case 'actions/cache/save':
      ctx.store.saveCache(w.key, path.join(job.dir, w.path));
      return;
    case 'actions/upload-artifact':
      if (!ctx.store.upload(ctx.night, w.name, path.join(job.dir, w.path)))
        job.log.push(`upload ${w.name}: no file ${w.path}`);
      return;
    case 'actions/download-artifact': {
      const prefix = w.pattern.replace(/\*$/, '');
      fs.mkdirSync(path.join(job.dir, w.path), { recursive: true });
      for (const name of ctx.store.artifacts(ctx.night).filter((n) => n.startsWith(prefix)))
        fs.cpSync(ctx.store.artifactDir(ctx.night, name), path.join(job.dir, w.path), { recursive: true });
      return;
    }
    case 'dawidd6/action-download-artifact': {
      // search_artifacts, any conclusion: the newest earlier night that has the artifact.
      const night = [...Array(ctx.night).keys()].reverse().find((n) => ctx.store.artifacts(n).includes(w.name));
      if (night === undefined) job.log.push(`baseline: no ${w.name} artifact found (warning)`);
      else {
        copyDir(ctx.store.artifactDir(night, w.name), path.join(job.dir, w.path));
        job.log.push(`baseline: ${w.name} of night ${night}`);
      }
      return;
    }
    default:
      throw new Error(`the simulation does not know ${step.uses}`);
  }
}

/** One `run:` step, in bash as GitHub runs it; `npm ci` is skipped (this tree is installed). */
function runStep(step, job, vars) {
  const script = substitute(step.run, vars);
  if (/^cd extract && npm ci\s*$/.test(script)) return 0;
  const outputFile = path.join(job.dir, '.github-output');
  fs.writeFileSync(outputFile, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: job.dir,
    env: { ...process.env, GITHUB_OUTPUT: outputFile },
    encoding: 'utf8',
  });
  if (step.id) {
    job.outputs[step.id] = Object.fromEntries(
      fs
        .readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/=(.*)/s).slice(0, 2)),
    );
  }
  job.runs.push({ name: step.name ?? script.split('\n')[0], code: r.status, stdout: r.stdout, stderr: r.stderr });
  return r.status;
}

function runJob(name, steps, vars, ctx) {
  const dir = path.join(ctx.work, `night-${ctx.night}`, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(ROOT, path.join(dir, 'extract'));
  fs.cpSync(ctx.corpus, path.join(dir, 'corpus'), { recursive: true });
  const job = { dir, failed: false, outputs: {}, runs: [], log: [] };
  for (const step of steps) {
    if (!condition(step.if, job)) continue;
    const code = step.uses ? (usesStep(step, job, ctx, vars), 0) : runStep(step, job, vars);
    if (code !== 0) job.failed = true;
  }
  return job;
}

function runNight(workflow, ctx) {
  const { extract, compare } = workflow.jobs;
  const shards = extract.strategy.matrix.shard.map((shard) =>
    runJob(`extract-${shard}`, extract.steps, { 'matrix.shard': shard, 'github.run_id': ctx.night }, ctx),
  );
  const comparison = runJob('compare', compare.steps, { 'github.run_id': ctx.night }, ctx);
  return { shards, comparison };
}

function report(night, title, result) {
  const lines = [`=== night ${night}: ${title}`];
  result.shards.forEach((job, i) => {
    const run = job.runs.find((r) => r.name === 'extract');
    const summary = run.stderr
      .trimEnd()
      .split('\n')
      .filter((l) => l && !/^extract: \d+ documents?,/.test(l));
    const last = run.stderr.trimEnd().split('\n').pop();
    lines.push(`shard ${i + 1}: exit ${run.code}  ${last}`);
    for (const l of summary) lines.push(`         ${l}`);
  });
  for (const l of result.comparison.log) lines.push(l);
  for (const run of result.comparison.runs) {
    lines.push(`${run.name}: exit ${run.code}`);
    for (const l of `${run.stdout}${run.stderr}`.trimEnd().split('\n').filter(Boolean)) lines.push(`  ${l}`);
  }
  lines.push(`compare job: ${result.comparison.failed ? 'red' : 'green'}`);
  return lines.join('\n');
}

/** What differs from what the doc says of a night; empty when nothing does. */
function mismatches(result, expected) {
  const found = [];
  result.shards.forEach((job, i) => {
    const run = job.runs.find((r) => r.name === 'extract');
    if (run?.code !== 0) found.push(`shard ${i + 1} exited ${run?.code}, not 0`);
  });
  const compare = result.comparison.runs.find((r) => r.name === 'compare');
  if (compare?.code !== expected.compare) found.push(`compare exited ${compare?.code}, not ${expected.compare}`);
  if (!result.comparison.log.some((l) => l.includes(expected.baseline)))
    found.push(`the baseline was not: ${expected.baseline}`);
  const report = compare ? `${compare.stdout}${compare.stderr}` : '';
  for (const line of expected.says) if (!line.test(report)) found.push(`the report has no line like ${line}`);
  return found;
}

function main() {
  const workflow = workflowOf(fs.readFileSync(path.join(ROOT, 'docs/nightly-ci.md'), 'utf8'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-nightly-'));
  const corpus = path.join(work, 'corpus');
  fs.mkdirSync(corpus);
  for (const name of fs.readdirSync(SEEDS).filter((n) => !n.startsWith('004')))
    fs.copyFileSync(path.join(SEEDS, name), path.join(corpus, name));
  // The same articles in other encodings and as a web page: other bytes, other documents.
  for (const name of MORE) fs.copyFileSync(path.join(ROOT, 'fixtures/bad', name), path.join(corpus, name));
  const store = new Store(path.join(work, 'store'));
  const failed = [];
  try {
    NIGHTS.forEach(({ title, change, expect }, i) => {
      change(corpus);
      const result = runNight(workflow, { work, corpus, store, night: i + 1 });
      console.log(report(i + 1, title, result));
      const wrong = mismatches(result, expect);
      for (const w of wrong) console.log(`NOT AS DOCUMENTED: ${w}`);
      console.log(wrong.length ? '' : `as documented: compare exit ${expect.compare}, ${expect.baseline}\n`);
      failed.push(...wrong.map((w) => `night ${i + 1}: ${w}`));
    });
  } finally {
    if (!process.env.KEEP) fs.rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
  console.log(
    failed.length ? `${failed.length} differences from docs/nightly-ci.md` : 'every night as docs/nightly-ci.md says',
  );
  process.exitCode = failed.length ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

#!/usr/bin/env node
// npm run bench [-- --corpus DIR] [--news MB] [--size MB] [--rounds N] [--quick] [--base DIR]
//
// Prints, in one run, every figure the performance targets are stated in:
//   - what each run costs, side by side: bare nodejieba `cut` in one process and in one
//     per core (the baseline: node, jieba's load and reading included, as in extract),
//     `extract --jobs 1`, `--jobs N` (N = cores), and N `--shard` processes at once. For
//     each: wall and CPU seconds (user + system, every thread), CPU per MB, cores busy,
//     the main thread's and V8's helper threads' CPU, the wall time its CPU implies on an
//     idle machine, bytes allocated per MB of input, peak RSS;
//   - the targets as ratios of those, by wall time and by CPU (a busy machine distorts
//     wall times, CPU much less);
//   - a per-stage CPU breakdown of `extract --jobs 1` from a sampling profile;
//   - the start-up time of `extract` on one small file next to `node` + jieba load;
//   - peak RSS at the generated corpus's size and at 10x it (streaming keeps memory
//     flat), and for the 10x corpus as one file (read and processed in parts);
//   - a cold and a warm run with --cache over a 10 MB corpus;
//   - the load average at the start and at the end: how quiet the machine was.
// --base DIR: another built tree of extract (main's, in a worktree of its own) run with
// --jobs 1 and --jobs = the cores in the same rounds, so that a change's cost is judged
// before and after at one moment of the machine's load.
// The corpus is the first 10 MB (2 with --quick; --news MB) of the real news in
// ../shared/corpus/large, else --corpus DIR, else one generated from the seed documents
// (fixtures/): sentences recombined into new documents with their numbers, dates and
// places changed, deterministic from a fixed seed. Corpora live in bench-corpus/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cpuBoundWall, measureProcess, measureTogether } from './bench-measure.mjs';
import { STAGE_NAMES, allocStages, cpuStages } from './bench-stages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const SHARED_LARGE = path.resolve(ROOT, '../shared/corpus/large');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const QUICK = args.includes('--quick');
const BASE = opt('--base') ? path.resolve(opt('--base')) : null;
const NEWS_MB = Number(opt('--news', QUICK ? 2 : 10));
const SIZE_MB = Number(opt('--size', QUICK ? 4 : 20));
const CORES = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

// ---------- corpus generation ----------
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const PLACES = [
  '青岛',
  '苏州',
  '济南',
  '烟台',
  '潍坊',
  '合肥',
  '杭州',
  '宁波',
  '成都',
  '武汉',
  '西安',
  '郑州',
  '长沙',
  '厦门',
  '无锡',
  '南京',
  '深圳',
  '广州',
  '天津',
  '大连',
  '安徽',
  '山东',
  '江苏',
  '浙江',
  '广东',
  '四川',
  '湖北',
  '河南',
];
const ORGS = [
  '华为',
  '海尔集团',
  '海信',
  '科大讯飞',
  '卡奥斯',
  '京东方',
  '歌尔',
  '比亚迪',
  '宁德时代',
  '中国移动',
  '国家电网',
  '阿里巴巴',
  '腾讯',
];

function sentencesOf(text) {
  return text
    .split(/\n+/)
    .flatMap((line) => line.match(/[^。！？；]+[。！？；]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && /[\u4e00-\u9fff]/.test(s));
}

function mutate(s, r) {
  return s
    .replace(/\d+(?:\.\d+)?/g, (d) => {
      if (/^(19|20)\d\d$/.test(d)) return String(2015 + Math.floor(r() * 8));
      const v = Number(d) * (0.5 + r());
      return d.includes('.') ? v.toFixed(d.split('.')[1].length) : String(Math.max(1, Math.round(v)));
    })
    .replace(new RegExp(PLACES.join('|'), 'g'), () => PLACES[Math.floor(r() * PLACES.length)])
    .replace(new RegExp(ORGS.join('|'), 'g'), () => ORGS[Math.floor(r() * ORGS.length)]);
}

function generate(dir, megabytes, seed) {
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === `${megabytes}:${seed}`) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const pool = fs
    .readdirSync(path.join(ROOT, 'fixtures/seeds'))
    .flatMap((f) => sentencesOf(fs.readFileSync(path.join(ROOT, 'fixtures/seeds', f), 'utf8')));
  const r = rng(seed);
  let bytes = 0;
  let n = 0;
  while (bytes < megabytes * 1e6) {
    const sub = path.join(dir, String(Math.floor(n / 1000)).padStart(3, '0'));
    if (n % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    const y = 2018 + Math.floor(r() * 5);
    const date = `${y}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const lines = [
      `${PLACES[Math.floor(r() * PLACES.length)]}:${mutate(pool[Math.floor(r() * pool.length)], r).slice(0, 30)}`,
      `发布日期: ${date}`,
      '',
    ];
    const paragraphs = 4 + Math.floor(r() * 12);
    for (let p = 0; p < paragraphs; p++) {
      const k = 1 + Math.floor(r() * 4);
      lines.push(Array.from({ length: k }, () => mutate(pool[Math.floor(r() * pool.length)], r)).join(''), '');
    }
    const text = lines.join('\n');
    fs.writeFileSync(path.join(sub, `${String(n).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  fs.writeFileSync(marker, `${megabytes}:${seed}`);
  return dir;
}

/**
 * The first `megabytes` of ../shared/corpus/large's news records (新闻联播 transcripts, in
 * their order) as text files: title, time, text. Real news is what users run the tool on.
 */
function realCorpus(megabytes) {
  if (!fs.existsSync(SHARED_LARGE)) return null;
  const dir = path.join(ROOT, `bench-corpus/news-${megabytes}mb`);
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  let n = 0;
  let bytes = 0;
  const records = fs.readFileSync(path.join(SHARED_LARGE, 'xwlb_cctv_2020-2021.jsonl'), 'utf8').split('\n');
  for (const line of records) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    const text = [rec.title, rec.pubtime ?? rec.date ?? '', rec.text ?? rec.content ?? ''].filter(Boolean).join('\n');
    const sub = path.join(dir, String(Math.floor(n / 1000)).padStart(3, '0'));
    if (n % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `${String(n).padStart(6, '0')}.txt`), text);
    n++;
    bytes += Buffer.byteLength(text);
    if (bytes >= megabytes * 1e6) break;
  }
  fs.writeFileSync(marker, String(n));
  return dir;
}

const { listFiles } = createRequire(import.meta.url)('./list-files.cjs');

const corpusBytes = (dir) => listFiles(dir).reduce((n, f) => n + fs.statSync(f).size, 0);

// ---------- measuring ----------
/**
 * Runs extract; returns wall seconds, peak RSS (MiB) and cores busy (CPU over wall). Its
 * allocations are not sampled: the sampling profile keeps every sample to the end of the
 * run, which grows with the input (a 200 MB run peaked at 784 MiB with it, 371 without)
 * and costs time (a warm --cache run, 0.23 → 0.27 s).
 */
async function runExtract(extraArgs) {
  const r = await measureProcess(BIN, extraArgs, { cwd: ROOT, alloc: '', env: envOf(extraArgs) });
  return { ...r, seconds: r.wall, cores: r.cpu / r.wall };
}

function timeNode(code, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`node -e failed: ${code}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// On Linux with glibc the CLI starts itself again with malloc on huge pages
// (src/cli/huge-pages.ts). Its runs here are given that setting from the start, so that
// the process measured is the one that does the work, not a parent waiting for it; what
// the restart itself costs shows in the start-up line, which runs the command as a user
// does. Bare cut is run both ways: as the issue measured it, and like for like.
const { hugePagesEnv, thisHost } = await import(path.join(ROOT, 'dist/cli/huge-pages.js'));
const HOST = thisHost();
/** The environment the CLI gives itself for these arguments: the tunable, or nothing (as with --cache). */
const envOf = (args) => {
  const env = hugePagesEnv({ ...HOST, args });
  return env ? { GLIBC_TUNABLES: env.GLIBC_TUNABLES } : {};
};
const EXTRACT_ENV = envOf([]);
const HUGE_PAGES = 'GLIBC_TUNABLES' in EXTRACT_ENV;

const CUT = path.join(ROOT, 'scripts/bench-cut.cjs');
const cutRun = (dir, i, n, env = {}) => [CUT, [ROOT, dir, String(i), String(n)], { cwd: ROOT, env }];
const extractRun = (dir, ...more) => [BIN, [dir, '--format', 'jsonl', ...more], { cwd: ROOT, env: EXTRACT_ENV }];
const baseRun = (dir, jobs = 1) => [
  path.join(BASE, 'bin/extract.js'),
  [dir, '--format', 'jsonl', '--jobs', String(jobs)],
  { cwd: BASE },
];
const shardRuns = (dir, n) =>
  Array.from({ length: n }, (_, i) => extractRun(dir, '--jobs', '1', '--shard', `${i + 1}/${n}`));

/** CPU and allocation profiles of one `extract --jobs 1` run, shared out among the pipeline's stages. */
async function profileStages(dir) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-prof-'));
  const heap = path.join(out, 'alloc.heapprofile');
  const run = await measureProcess(BIN, [dir, '--format', 'jsonl', '--jobs', '1'], {
    cwd: ROOT,
    nodeArgs: ['--cpu-prof', '--cpu-prof-dir', out, '--cpu-prof-interval', '250'],
    alloc: heap,
    env: EXTRACT_ENV,
  });
  const cpus = fs.readdirSync(out).filter((f) => f.endsWith('.cpuprofile'));
  const main = cpus.map((f) => path.join(out, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  const result = { cpu: cpuStages(main), alloc: allocStages(heap), run };
  fs.rmSync(out, { recursive: true, force: true });
  return result;
}

const fmt = (x, d = 2) => x.toFixed(d);
const lines = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
const target = (ok) => (ok ? 'PASS' : 'FAIL');
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => fmt(x))
    .join(' ');
/** The run (of several rounds of the same one) that cost the least CPU: the least disturbed. */
const leastCpu = (runs) => runs.reduce((a, b) => (b.cpu < a.cpu ? b : a));
/**
 * Every run once per round, round after round (not one run's rounds, then the next's): load
 * from the rest of the machine comes and goes over minutes, and runs compared with each
 * other (this tree and the base, extract and bare cut) should each have met every moment.
 */
async function interleavedRounds(n, runs) {
  const all = runs.map(() => []);
  for (let i = 0; i < n; i++) for (const [k, [, make]] of runs.entries()) all[k].push(await make());
  return runs.map(([name], k) => [name, leastCpu(all[k])]);
}

// ---------- the run ----------
fs.mkdirSync(path.join(ROOT, 'bench-corpus'), { recursive: true });
const corpusArg = opt('--corpus');
const real = corpusArg ? null : realCorpus(NEWS_MB);
const corpus = corpusArg
  ? path.resolve(corpusArg)
  : (real ?? generate(path.join(ROOT, `bench-corpus/gen-${SIZE_MB}mb`), SIZE_MB, 7));
const bytes = corpusBytes(corpus);
const MB = bytes / 1e6;
const ROUNDS = Number(opt('--rounds', QUICK ? 1 : 2));
say(`extract benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${CORES} cores, node ${process.version}`);
say(
  `corpus: ${corpus} (${fmt(MB, 1)} MB, ${listFiles(corpus).length} files${corpusArg ? '' : real ? ', real news from ../shared/corpus/large' : ', generated'})`,
);
const loadAtStart = os.loadavg()[0];
say(`load average at start: ${loadAverage()} (1, 5, 15 min)`);
say();

// The table: each run's cost in CPU (all threads, user + system), what of it went
// to V8's own threads (garbage collection, compilation), the bytes it allocated, and the
// wall time. "CPU-bound wall" is the wall time its CPU implies on an idle machine with
// these cores: the figure the targets are judged on when the machine is busy.
const runs = [
  ['bare cut, 1 process', () => measureTogether([cutRun(corpus, 0, 1)])],
  [
    `bare cut, ${CORES} processes`,
    () => measureTogether(Array.from({ length: CORES }, (_, i) => cutRun(corpus, i, CORES))),
  ],
  ['extract --jobs 1', () => measureTogether([extractRun(corpus, '--jobs', '1')])],
  [`extract --jobs ${CORES}`, () => measureTogether([extractRun(corpus, '--jobs', String(CORES))])],
  [`${CORES} × extract --shard i/${CORES}`, () => measureTogether(shardRuns(corpus, CORES))],
  ...(HUGE_PAGES
    ? [['bare cut, 1 process, huge pages', () => measureTogether([cutRun(corpus, 0, 1, EXTRACT_ENV)])]]
    : []),
  ...(BASE
    ? [
        ['base: extract --jobs 1', () => measureTogether([baseRun(corpus)])],
        [`base: extract --jobs ${CORES}`, () => measureTogether([baseRun(corpus, CORES)])],
      ]
    : []),
];
const results = await interleavedRounds(ROUNDS, runs);
const byName = new Map(results);
const [cut1, cutN, j1, jn, shards] = results.map(([, r]) => r);
const cutHuge = byName.get('bare cut, 1 process, huge pages');
const base = byName.get('base: extract --jobs 1');
const baseN = byName.get(`base: extract --jobs ${CORES}`);
if (BASE)
  say(
    `base: ${BASE} (${spawnSync('git', ['-C', BASE, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).stdout.trim()})`,
  );
say(
  'run                          wall s   MB/s  CPU s  CPU s/MB  cores   main  helpers  CPU-bound s  alloc MB/MB  RSS MiB',
);
for (const [name, r] of results)
  say(
    `${name.padEnd(28)} ${fmt(r.wall).padStart(6)} ${fmt(MB / r.wall).padStart(6)} ${fmt(r.cpu).padStart(6)} ${fmt(r.cpu / MB, 3).padStart(9)} ${fmt(r.cpu / r.wall).padStart(6)} ${fmt(r.main).padStart(6)} ${fmt(r.helpers).padStart(7)} ${fmt(cpuBoundWall(r, CORES)).padStart(12)} ${fmt(r.allocated / 1e6 / MB, 1).padStart(12)} ${fmt(r.rss, 0).padStart(8)}`,
  );
say(`(best of ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} by CPU. main: the main thread's CPU s; helpers: the threads`);
say(`that are neither main nor workers: V8's (garbage collection, compilation) and libuv's; alloc: what`);
say(
  `the main threads allocated on V8's heap, so for --jobs ${CORES} only what the main thread does besides the workers)`,
);
say();

// Targets, each by wall time (meaningful on a quiet machine) and by CPU (on any).
if (loadAtStart > CORES / 2)
  say(
    `(the machine was busy: load ${fmt(loadAtStart)} on ${CORES} cores. Wall times, and the targets by wall, say how busy; judge by CPU)`,
  );
const cpuRatio = j1.cpu / cut1.cpu;
const thrWall = cut1.wall / j1.wall;
const thrCpu = cpuBoundWall(cut1, CORES) / cpuBoundWall(j1, CORES);
const scaleWall = j1.wall / jn.wall;
const scaleCpu = cpuBoundWall(j1, CORES) / cpuBoundWall(jn, CORES);
const cutScaleWall = cut1.wall / cutN.wall;
const cutScaleCpu = cpuBoundWall(cut1, CORES) / cpuBoundWall(cutN, CORES);
const scaleGoal = (cutScale) => Math.min(1.6, 0.9 * cutScale);
say(`--jobs 1 CPU per MB / bare cut's:     ${fmt(cpuRatio)}   target ≤ 2.00  ${target(cpuRatio <= 2)}`);
// Like for like: extract's malloc on huge pages makes jieba's own load and cuts cheaper too,
// so against a bare cut without them the ratios above flatter extraction's cost per byte.
if (cutHuge) {
  const r = j1.cpu / cutHuge.cpu;
  const w = cutHuge.wall / j1.wall;
  const c = cpuBoundWall(cutHuge, CORES) / cpuBoundWall(j1, CORES);
  say(`  like for like (bare cut on huge pages too): CPU per MB ${fmt(r)} ${target(r <= 2)};`);
  say(`  throughput ${fmt(w)} by wall ${target(w >= 0.6)}, ${fmt(c)} by CPU-bound wall ${target(c >= 0.6)}`);
}
const allocRatio = (r) => (cut1.allocated > 0 ? fmt(r.allocated / cut1.allocated, 1) : 'n/a');
say(`--jobs 1 allocation / bare cut's:     ${allocRatio(j1)}`);
if (base) {
  say(
    `  base's CPU per MB / bare cut's:     ${fmt(base.cpu / cut1.cpu)}   (this tree / base: ${fmt(j1.cpu / base.cpu)})`,
  );
  say(
    `  base's allocation / bare cut's:     ${allocRatio(base)}   (this tree / base: ${fmt(j1.allocated / base.allocated)})`,
  );
  // Issue 14: no drop in speed, --jobs 1 within 10 % of the base's; and the default, --jobs = the cores.
  const vsBase = (mine, theirs) =>
    `${fmt(theirs.wall / mine.wall)} by wall, ${fmt(cpuBoundWall(theirs, CORES) / cpuBoundWall(mine, CORES))} by CPU-bound wall`;
  say(
    `--jobs 1 throughput / base's:         ${vsBase(j1, base)}   target ≥ 0.90  ${target(base.wall / j1.wall >= 0.9)}`,
  );
  say(`--jobs ${CORES} throughput / base's:         ${vsBase(jn, baseN)}   (the default: --jobs = the cores)`);
}
say(
  `--jobs 1 throughput / bare cut's:     ${fmt(thrWall)} by wall, ${fmt(thrCpu)} by CPU-bound wall   target ≥ 0.60  ${target(thrWall >= 0.6)} (wall), ${target(thrCpu >= 0.6)} (CPU)`,
);
if (CORES >= 2) {
  say(`--jobs ${CORES} / --jobs 1:                  ${fmt(scaleWall)} by wall, ${fmt(scaleCpu)} by CPU-bound wall`);
  say(
    `  ${CORES} bare cut processes / one:        ${fmt(cutScaleWall)} by wall, ${fmt(cutScaleCpu)} by CPU-bound wall; ${CORES} extract shards / --jobs 1: ${fmt(j1.wall / shards.wall)} by wall`,
  );
  say(
    `  target ≥ min(1.60, 0.9 × cut's):    ${fmt(scaleGoal(cutScaleWall))} by wall ${target(scaleWall >= scaleGoal(cutScaleWall))}, ${fmt(scaleGoal(cutScaleCpu))} by CPU ${target(scaleCpu >= scaleGoal(cutScaleCpu))}`,
  );
}
say();

// Where --jobs 1 spends its CPU and allocates, by stage (the profiles of one more run).
const prof = await profileStages(corpus);
const cpuPerMB = (s) => ((s / prof.cpu.total) * prof.run.main) / MB;
say(`per stage, extract --jobs 1: its main thread's CPU (${fmt(prof.run.main)} s in this profiled run) and`);
say(`what it allocated (${fmt(prof.run.allocated / 1e6, 0)} MB), shared out by sampling profiles:`);
say('  stage          CPU s/MB  CPU %  alloc MB/MB');
for (const name of STAGE_NAMES) {
  const s = prof.cpu.amounts.get(name) ?? 0;
  const a = prof.alloc.amounts.get(name) ?? 0;
  if (s > 0 || a > 0)
    say(
      `  ${name.padEnd(14)} ${fmt(cpuPerMB(s), 3).padStart(8)} ${fmt((100 * s) / prof.cpu.total, 1).padStart(6)} ${fmt((a / prof.alloc.total) * (prof.run.allocated / 1e6 / MB), 1).padStart(12)}`,
    );
}
say(
  `  (other threads, not sampled: ${fmt(j1.helpers / MB, 3)} CPU s/MB in the --jobs 1 run above; bare cut, whole process: ${fmt(cut1.cpu / MB, 3)} CPU s/MB, ${fmt(cut1.allocated / 1e6 / MB, 1)} MB/MB allocated)`,
);
say();

// Start-up: the two commands alternate, 7 times each, and the medians are compared, so a
// noisy moment on the machine weighs on both alike.
const small = path.join(ROOT, 'fixtures/seeds/002_1d16421faa7a852a.txt');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const nodeTimes = [];
const nodeHugeTimes = [];
const startTimes = [];
const loadJieba = `require(${JSON.stringify(path.join(ROOT, 'node_modules/nodejieba'))}).load()`;
for (let i = 0; i < 7; i++) {
  nodeTimes.push(timeNode(loadJieba));
  if (HUGE_PAGES) nodeHugeTimes.push(timeNode(loadJieba, EXTRACT_ENV));
  // as a user runs it: the restart on huge pages included
  startTimes.push((await measureProcess(BIN, [small, '--format', 'jsonl'], { cwd: ROOT, alloc: '' })).wall);
}
const nodeJieba = median(nodeTimes);
const startup = median(startTimes);
say(`node + nodejieba load():      ${fmt(nodeJieba)} s (median of 7)`);
if (HUGE_PAGES) say(`  the same on huge pages:     ${fmt(median(nodeHugeTimes))} s (median of 7)`);
say(`extract one small file:       ${fmt(startup)} s (median of 7, alternating)`);
say(
  `  ratio:                      ${fmt(startup / nodeJieba)}   target ≤ 1.25  ${target(startup / nodeJieba <= 1.25)}`,
);
say();

if (!QUICK) {
  const big = generate(path.join(ROOT, `bench-corpus/gen-${SIZE_MB * 10}mb`), SIZE_MB * 10, 11);
  const bigBytes = corpusBytes(big);
  const small1 = corpusArg
    ? j1
    : await runExtract([
        generate(path.join(ROOT, `bench-corpus/gen-${SIZE_MB}mb`), SIZE_MB, 7),
        '--format',
        'jsonl',
        '--jobs',
        '1',
      ]);
  const big1 = await runExtract([big, '--format', 'jsonl', '--jobs', '1']);
  say(`peak RSS, ${fmt(SIZE_MB, 0)} MB (--jobs 1):      ${fmt(small1.rss, 0)} MiB`);
  say(
    `peak RSS, ${fmt(bigBytes / 1e6, 0)} MB (--jobs 1):     ${fmt(big1.rss, 0)} MiB (${fmt(bigBytes / 1e6 / big1.seconds)} MB/s)`,
  );
  say(
    `  10x / 1x:                   ${fmt(big1.rss / small1.rss)}   target ≤ 1.15  ${target(big1.rss / small1.rss <= 1.15)}`,
  );
  // The same text as one file: a file over 32 MB is read and processed in parts.
  const oneFile = path.join(ROOT, `bench-corpus/one-${SIZE_MB * 10}mb.txt`);
  if (!fs.existsSync(oneFile)) {
    const fd = fs.openSync(oneFile, 'w');
    for (const f of listFiles(big)) fs.writeSync(fd, fs.readFileSync(f, 'utf8') + '\n\n');
    fs.closeSync(fd);
  }
  const single = await runExtract([oneFile, '--format', 'jsonl', '--jobs', '1']);
  say(
    `peak RSS, one ${fmt(fs.statSync(oneFile).size / 1e6, 0)} MB file:    ${fmt(single.rss, 0)} MiB (${fmt(fs.statSync(oneFile).size / 1e6 / single.seconds)} MB/s)   well under 1 GiB  ${target(single.rss < 1024)}`,
  );
  say();
}

const cacheCorpus = generate(path.join(ROOT, 'bench-corpus/gen-10mb'), QUICK ? 2 : 10, 13);
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-cache-'));
const cold = await runExtract([cacheCorpus, '--format', 'jsonl', '--cache', cacheDir]);
const warmTimes = [];
for (let i = 0; i < 3; i++)
  warmTimes.push((await runExtract([cacheCorpus, '--format', 'jsonl', '--cache', cacheDir])).seconds);
const warm = { seconds: median(warmTimes) };
fs.rmSync(cacheDir, { recursive: true, force: true });
say(
  `--cache over ${fmt(corpusBytes(cacheCorpus) / 1e6, 1)} MB: cold ${fmt(cold.seconds)} s, warm ${fmt(warm.seconds)} s`,
);
say(
  `  warm / cold:                ${fmt(warm.seconds / cold.seconds)}   target ≤ 0.10  ${target(warm.seconds / cold.seconds <= 0.1)}`,
);
say();

say(`load average at end: ${loadAverage()} (1, 5, 15 min)`);

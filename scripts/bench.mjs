#!/usr/bin/env node
// npm run bench [-- --corpus DIR] [--size MB] [--quick]
//
// Prints, in one run, every figure the performance targets are stated in:
//   - bare nodejieba `cut` throughput over the corpus text (the baseline), and N processes
//     of it at once (the machine's ceiling for jieba-bound work on N cores);
//   - the whole pipeline's throughput (`extract DIR --format jsonl`) with --jobs 1 and
//     --jobs N (N = cores), and their ratios to the baseline and to each other;
//   - the start-up time of `extract` on one small file next to `node` + jieba load;
//   - peak RSS at the corpus size and at 10x it (streaming keeps memory flat), and for the
//     10x corpus as one file (read and processed in parts);
//   - a cold and a warm run with --cache over a 10 MB corpus;
//   - the same pipeline over ../shared/corpus/large/ (real news) when present.
// Without --corpus it generates a varied corpus from the seed documents (fixtures/):
// sentences recombined into new documents with their numbers, dates and places
// changed, deterministic from a fixed seed. Generated corpora live in bench-corpus/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const RSS_HOOK = path.join(ROOT, 'scripts/bench-rss.cjs');
const SHARED_LARGE = path.resolve(ROOT, '../shared/corpus/large');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const QUICK = args.includes('--quick');
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

/** ../shared/corpus/large/*.jsonl records as text files (title, time, text). */
function realCorpus() {
  if (!fs.existsSync(SHARED_LARGE)) return null;
  const dir = path.join(ROOT, 'bench-corpus/large');
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  let n = 0;
  for (const f of fs
    .readdirSync(SHARED_LARGE)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    for (const line of fs.readFileSync(path.join(SHARED_LARGE, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      const text = [rec.title, rec.pubtime ?? rec.date ?? '', rec.text ?? rec.content ?? ''].filter(Boolean).join('\n');
      const sub = path.join(dir, String(Math.floor(n / 1000)).padStart(3, '0'));
      if (n % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `${String(n).padStart(6, '0')}.txt`), text);
      n++;
    }
  }
  fs.writeFileSync(marker, String(n));
  return dir;
}

const { listFiles } = createRequire(import.meta.url)('./list-files.cjs');

const corpusBytes = (dir) => listFiles(dir).reduce((n, f) => n + fs.statSync(f).size, 0);

// ---------- measuring ----------
/** Runs extract; returns wall seconds and peak RSS (MiB) of its process. */
function runExtract(extraArgs) {
  const rssFile = path.join(os.tmpdir(), `extract-bench-rss-${process.pid}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', RSS_HOOK, BIN, ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, EXTRACT_BENCH_RSS: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`extract ${extraArgs.join(' ')} failed (${r.status}): ${r.stderr}`);
  const [rssKiB, cpuMicros] = fs.readFileSync(rssFile, 'utf8').split(' ').map(Number);
  fs.rmSync(rssFile, { force: true });
  // cores: how many cores' worth of CPU the run kept busy on average (its CPU time over its wall time)
  return { seconds, rss: rssKiB / 1024, cores: cpuMicros / 1e6 / seconds };
}

function timeNode(code) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`node -e failed: ${code}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function bareCut(dir) {
  const require = createRequire(import.meta.url);
  const jieba = require(path.join(ROOT, 'node_modules/nodejieba'));
  jieba.load();
  const texts = listFiles(dir).map((f) => fs.readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = process.hrtime.bigint();
  for (const t of texts) jieba.cut(t);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { bytes, seconds, mbps: bytes / 1e6 / seconds };
}

/**
 * n processes of bare `cut` at once, each over 1/n of the files, loaded first and then
 * started together: how much faster n cores cut the corpus than one (`cut` seconds over
 * the slowest share's). What the same work scales to, with nothing of ours in the way.
 */
async function cutProcesses(dir, n, one) {
  const kids = Array.from({ length: n }, (_, i) =>
    spawn(process.execPath, [path.join(ROOT, 'scripts/bench-cut.cjs'), ROOT, dir, String(i), String(n)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  // Each child's stdout as a sequence of lines, read one at a time.
  const lines = kids.map((k) => {
    let buf = '';
    const queue = [];
    const waiters = [];
    k.stdout.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        queue.push(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
      while (queue.length && waiters.length) waiters.shift()(queue.shift());
    });
    return () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((resolve) => waiters.push(resolve)));
  });
  const ready = lines.map((next) => next());
  await Promise.all(ready);
  const times = lines.map((next) => next());
  for (const k of kids) k.stdin.write('go\n');
  const seconds = Math.max(...(await Promise.all(times)).map(Number));
  return one / seconds;
}

/**
 * How well this machine runs N threads at once on pure computation (scripts/bench-burn.cjs):
 * the ceiling for --jobs N. A shared or throttled VM can give far less than N.
 */
function cpuScaling(n) {
  const burn = (k) =>
    Number(
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench-burn.cjs'), String(k)], {
        encoding: 'utf8',
      }).stdout.trim(),
    );
  const one = burn(1);
  return (n * one) / burn(n);
}

/** Wall seconds for n extract processes, one shard each, run at the same time. */
function shardProcesses(dir, n) {
  const t0 = process.hrtime.bigint();
  const script =
    Array.from(
      { length: n },
      (_, i) => `"${process.execPath}" "${BIN}" "${dir}" --format jsonl --jobs 1 --shard ${i + 1}/${n} > /dev/null &`,
    ).join(' ') + ' wait';
  spawnSync('sh', ['-c', script], { cwd: ROOT, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const best = (n, f) => Array.from({ length: n }, f).reduce((a, b) => (b.seconds < a.seconds ? b : a));
const fmt = (x, d = 2) => x.toFixed(d);
const lines = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
const target = (ok) => (ok ? 'PASS' : 'FAIL');

// ---------- the run ----------
fs.mkdirSync(path.join(ROOT, 'bench-corpus'), { recursive: true });
const corpusArg = opt('--corpus');
const corpus = corpusArg
  ? path.resolve(corpusArg)
  : generate(path.join(ROOT, `bench-corpus/gen-${SIZE_MB}mb`), SIZE_MB, 7);
const bytes = corpusBytes(corpus);
say(`extract benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${CORES} cores, node ${process.version}`);
say(
  `corpus: ${corpus} (${fmt(bytes / 1e6, 1)} MB, ${listFiles(corpus).length} files${corpusArg ? '' : ', generated'})`,
);
say();

const cut = bareCut(corpus);
say(`bare nodejieba cut:           ${fmt(cut.mbps)} MB/s (${fmt(cut.seconds)} s)`);
const j1 = best(QUICK ? 1 : 2, () => runExtract([corpus, '--format', 'jsonl', '--jobs', '1']));
const jn = best(QUICK ? 1 : 2, () => runExtract([corpus, '--format', 'jsonl', '--jobs', String(CORES)]));
const j1mbps = bytes / 1e6 / j1.seconds;
const jnmbps = bytes / 1e6 / jn.seconds;
say(
  `extract --jobs 1:             ${fmt(j1mbps)} MB/s (${fmt(j1.seconds)} s, start-up and jieba load included), peak RSS ${fmt(j1.rss, 0)} MiB, ${fmt(j1.cores)} cores busy`,
);
say(
  `extract --jobs ${CORES}:             ${fmt(jnmbps)} MB/s (${fmt(jn.seconds)} s), peak RSS ${fmt(jn.rss, 0)} MiB, ${fmt(jn.cores)} cores busy`,
);
// --jobs 1 is one JavaScript thread, but V8 collects garbage and compiles on threads of its
// own: the cores it already keeps busy are cores --jobs N cannot add.
say(
  `  (--jobs 1 already keeps ${fmt(j1.cores)} cores busy: at most ${fmt(CORES / j1.cores)}x from ${CORES} cores, before any contention)`,
);
say(`  --jobs 1 / bare cut:        ${fmt(j1mbps / cut.mbps)}   target ≥ 0.60  ${target(j1mbps / cut.mbps >= 0.6)}`);
say(
  `  --jobs ${CORES} / --jobs 1:        ${fmt(jnmbps / j1mbps)}   target ≥ ${CORES >= 2 ? '1.60' : '—'}  ${CORES >= 2 ? target(jnmbps / j1mbps >= 1.6) : ''}`,
);
say(`  (this machine, ${CORES} threads of pure computation: ${fmt(cpuScaling(CORES))}x one thread;`);
const shards = shardProcesses(corpus, CORES);
say(
  `   ${CORES} processes, one --shard each, at once: ${fmt(j1.seconds / shards)}x --jobs 1 — the ceiling for this workload here)`,
);
if (CORES >= 2)
  say(
    `  (${CORES} processes of bare cut at once, each over 1/${CORES} of the text: ${fmt(await cutProcesses(corpus, CORES, cut.seconds))}x one)`,
  );
say();

// Start-up: the two commands alternate, 7 times each, and the medians are compared, so a
// noisy moment on the machine weighs on both alike.
const small = path.join(ROOT, 'fixtures/seeds/002_1d16421faa7a852a.txt');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const nodeTimes = [];
const startTimes = [];
for (let i = 0; i < 7; i++) {
  nodeTimes.push(timeNode(`require(${JSON.stringify(path.join(ROOT, 'node_modules/nodejieba'))}).load()`));
  startTimes.push(runExtract([small, '--format', 'jsonl']).seconds);
}
const nodeJieba = median(nodeTimes);
const startup = median(startTimes);
say(`node + nodejieba load():      ${fmt(nodeJieba)} s (median of 7)`);
say(`extract one small file:       ${fmt(startup)} s (median of 7, alternating)`);
say(
  `  ratio:                      ${fmt(startup / nodeJieba)}   target ≤ 1.25  ${target(startup / nodeJieba <= 1.25)}`,
);
// The fixed cost of a run (node, rules, one jieba per thread: a second or more) is not
// shared out by --jobs; what is left of the run is the part that can scale.
if (CORES >= 2) {
  const smalls = fs
    .readdirSync(path.join(ROOT, 'fixtures/seeds'))
    .sort()
    .slice(0, CORES)
    .map((f) => path.join(ROOT, 'fixtures/seeds', f));
  const startupN = median(
    Array.from({ length: 5 }, () => runExtract([...smalls, '--format', 'jsonl', '--jobs', String(CORES)]).seconds),
  );
  const p1 = j1.seconds - startup;
  const pn = jn.seconds - startupN;
  say(`start-up excluded (one small file; ${CORES} with --jobs ${CORES}: ${fmt(startupN)} s):`);
  say(
    `  --jobs 1 / bare cut:        ${fmt(bytes / 1e6 / p1 / cut.mbps)}   --jobs ${CORES} / --jobs 1: ${fmt(p1 / pn)}`,
  );
}
say();

if (!QUICK) {
  const big = generate(path.join(ROOT, `bench-corpus/gen-${SIZE_MB * 10}mb`), SIZE_MB * 10, 11);
  const bigBytes = corpusBytes(big);
  const small1 = corpusArg
    ? j1
    : runExtract([
        generate(path.join(ROOT, `bench-corpus/gen-${SIZE_MB}mb`), SIZE_MB, 7),
        '--format',
        'jsonl',
        '--jobs',
        '1',
      ]);
  const big1 = runExtract([big, '--format', 'jsonl', '--jobs', '1']);
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
  const single = runExtract([oneFile, '--format', 'jsonl', '--jobs', '1']);
  say(
    `peak RSS, one ${fmt(fs.statSync(oneFile).size / 1e6, 0)} MB file:    ${fmt(single.rss, 0)} MiB (${fmt(fs.statSync(oneFile).size / 1e6 / single.seconds)} MB/s)   well under 1 GiB  ${target(single.rss < 1024)}`,
  );
  say();
}

const cacheCorpus = generate(path.join(ROOT, 'bench-corpus/gen-10mb'), QUICK ? 2 : 10, 13);
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-cache-'));
const cold = runExtract([cacheCorpus, '--format', 'jsonl', '--cache', cacheDir]);
const warm = {
  seconds: median([0, 1, 2].map(() => runExtract([cacheCorpus, '--format', 'jsonl', '--cache', cacheDir]).seconds)),
};
fs.rmSync(cacheDir, { recursive: true, force: true });
say(
  `--cache over ${fmt(corpusBytes(cacheCorpus) / 1e6, 1)} MB: cold ${fmt(cold.seconds)} s, warm ${fmt(warm.seconds)} s`,
);
say(
  `  warm / cold:                ${fmt(warm.seconds / cold.seconds)}   target ≤ 0.10  ${target(warm.seconds / cold.seconds <= 0.1)}`,
);
say();

const real = QUICK ? null : realCorpus();
if (real) {
  const realBytes = corpusBytes(real);
  const realCut = bareCut(real);
  const r1 = runExtract([real, '--format', 'jsonl', '--jobs', '1']);
  const rn = runExtract([real, '--format', 'jsonl', '--jobs', String(CORES)]);
  say(
    `../shared/corpus/large (${fmt(realBytes / 1e6, 1)} MB real news): cut ${fmt(realCut.mbps)} MB/s; --jobs 1 ${fmt(realBytes / 1e6 / r1.seconds)} MB/s (${fmt(realBytes / 1e6 / r1.seconds / realCut.mbps)} of cut); --jobs ${CORES} ${fmt(realBytes / 1e6 / rn.seconds)} MB/s (${fmt(r1.seconds / rn.seconds)}x)`,
  );
} else if (!QUICK) say('../shared/corpus/large not present: skipped');

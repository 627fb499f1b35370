#!/usr/bin/env node
// npm run chaos: fault injection against the built command. Each scenario breaks a run
// on purpose and checks that it ends with a clear message, and that no output is lost
// or half-written:
//   1. SIGKILL in the middle of a run writing -o, then the same run again
//   2. an output folder the run may not write in
//   3. a full disk, as a file size limit (ulimit -f) in a child shell: -o, and stdout
//   4. damaged cache entries (cut in half, emptied, garbage)
//   5. two runs at once on one cache
// It prints what happened in each, and exits 1 if any check failed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const SEEDS = path.join(ROOT, 'fixtures/seeds');
const COPIES = 60;

let failures = 0;
function check(ok, what) {
  if (!ok) failures++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

/** stderr lines other than the summary, and the summary, indented. */
function show(label, r) {
  console.log(`  ${label}: exit ${r.status ?? r.signal}`);
  for (const line of (r.stderr ?? '').trimEnd().split('\n').filter(Boolean)) console.log(`    | ${line}`);
}

function extract(args, opts = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
}

const tmpFiles = (dir) => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A corpus of COPIES × the seeds: long enough to be killed in the middle of. */
function makeCorpus(dir) {
  fs.mkdirSync(dir);
  const seeds = fs.readdirSync(SEEDS).sort();
  for (let i = 0; i < COPIES; i++)
    for (const s of seeds) fs.copyFileSync(path.join(SEEDS, s), path.join(dir, `${String(i).padStart(3, '0')}-${s}`));
  return COPIES * seeds.length;
}

async function killedMidRun(w, reference) {
  console.log('\n1. SIGKILL in the middle of a run writing -o, then the same run again');
  const out = path.join(w, 'out1');
  fs.mkdirSync(out);
  const target = path.join(out, 'facts.jsonl');
  fs.writeFileSync(target, 'last night\n');
  const args = ['corpus', '-f', 'jsonl', '--jobs', '1', '--cache', 'cache1', '-o', target];
  const child = spawn(process.execPath, [BIN, ...args], { cwd: w, stdio: 'ignore' });
  const tmp = path.join(out, `.facts.jsonl.${child.pid}.tmp`);
  for (let t = 0; t < 600 && !(fs.existsSync(tmp) && fs.statSync(tmp).size > 100_000); t++) await sleep(50);
  const written = fs.existsSync(tmp) ? fs.statSync(tmp).size : 0;
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
  console.log(`  killed process ${child.pid} with ${written} bytes in ${path.basename(tmp)}`);
  check(fs.existsSync(tmp), `the killed run left its temporary file ${path.basename(tmp)}`);
  check(fs.readFileSync(target, 'utf8') === 'last night\n', 'facts.jsonl still holds the previous output');
  const again = extract(args, { cwd: w });
  show('the same run again', again);
  check(again.status === 0, 'the second run exits 0');
  check(/removed .*\.tmp, left by an interrupted run/.test(again.stderr), 'it says it removed the stale file');
  check(tmpFiles(out).length === 0, 'no temporary file is left');
  check(
    fs.readFileSync(target, 'utf8') === reference,
    'facts.jsonl is byte for byte the output of an uninterrupted run',
  );
  check(/[1-9]\d* cache hits/.test(again.stderr), 'what the killed run had cached was used');
}

function readOnlyFolder(w) {
  console.log('\n2. an output folder the run may not write in');
  const out = path.join(w, 'out2');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'facts.jsonl'), 'last night\n');
  fs.chmodSync(out, 0o555);
  // root may write anywhere: the run is made as nobody (uid 65534), who may not.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  if (asNobody.uid) console.log('  (running as root: the run is made as user nobody)');
  const r = extract(['corpus/000-000_1900faf847d9a6f1.txt', '-o', path.join(out, 'facts.jsonl')], {
    cwd: w,
    ...asNobody,
  });
  show('extract … -o out2/facts.jsonl', r);
  check(r.status === 2, 'exit 2, before any input is read');
  check(r.stderr.trim().split('\n').length === 1 && /permission denied/.test(r.stderr), 'one line: permission denied');
  check(fs.readFileSync(path.join(out, 'facts.jsonl'), 'utf8') === 'last night\n', 'facts.jsonl is untouched');
  fs.chmodSync(out, 0o755);
}

function fullDisk(w) {
  console.log('\n3. a full disk: a file size limit of 64 KB (ulimit -f 64) in a child shell');
  const out = path.join(w, 'out3');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'facts.jsonl'), 'last night\n');
  const limited = (command) =>
    spawnSync('bash', ['-c', `ulimit -f 64; ${command}`], { cwd: w, encoding: 'utf8', maxBuffer: 1 << 30 });
  const r = limited(`"${process.execPath}" "${BIN}" corpus -f jsonl -o out3/facts.jsonl`);
  show('extract corpus -f jsonl -o out3/facts.jsonl', r);
  check(r.status === 2, 'exit 2');
  check(/cannot write: file too large/.test(r.stderr), 'one line saying the file could not be written, and why');
  check(fs.readFileSync(path.join(out, 'facts.jsonl'), 'utf8') === 'last night\n', 'facts.jsonl is left as it was');
  check(tmpFiles(out).length === 0, 'no temporary file is left');
  const s = limited(`"${process.execPath}" "${BIN}" corpus -f jsonl > out3/stdout.jsonl`);
  show('extract corpus -f jsonl > out3/stdout.jsonl', s);
  check(s.status === 2 && /cannot write to standard output: file too large/.test(s.stderr), 'stdout: exit 2, one line');
}

function damagedCache(w, reference) {
  console.log('\n4. damaged cache entries: one cut in half, one emptied, one garbage');
  const entries = fs
    .readdirSync(path.join(w, 'cache1'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .slice(0, 3)
    .map((f) => path.join(w, 'cache1', f));
  const whole = fs.readFileSync(entries[0]);
  fs.writeFileSync(entries[0], whole.subarray(0, whole.length >> 1));
  fs.writeFileSync(entries[1], '');
  fs.writeFileSync(entries[2], '\u0000\u0001not json at all');
  const args = ['corpus', '-f', 'jsonl', '--cache', 'cache1', '-o', 'out4.jsonl'];
  const r = extract(args, { cwd: w });
  show('extract corpus --cache cache1', r);
  check(r.status === 0, 'exit 0');
  check(/cache: 3 damaged or unreadable entries were a miss, and written again/.test(r.stderr), 'it says so, once');
  check(
    fs.readFileSync(path.join(w, 'out4.jsonl'), 'utf8') === reference,
    'the output is that of a run without a cache',
  );
  const again = extract(args, { cwd: w });
  show('the same run again', again);
  check(!/damaged/.test(again.stderr), 'the entries were written again: none is damaged now');
}

async function concurrentRuns(w, reference, documents) {
  console.log('\n5. two runs at once on one cache (empty at the start)');
  const run = (out) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, 'corpus', '-f', 'jsonl', '--cache', 'cache5', '-o', out], { cwd: w });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (status) => resolve({ status, stderr }));
    });
  const [a, b] = await Promise.all([run('out5a.jsonl'), run('out5b.jsonl')]);
  show('run A', a);
  show('run B', b);
  check(a.status === 0 && b.status === 0, 'both exit 0');
  check(
    fs.readFileSync(path.join(w, 'out5a.jsonl'), 'utf8') === reference &&
      fs.readFileSync(path.join(w, 'out5b.jsonl'), 'utf8') === reference,
    'both outputs are byte for byte that of a single run',
  );
  const third = extract(['corpus', '-f', 'jsonl', '--cache', 'cache5', '-o', 'out5c.jsonl'], { cwd: w });
  show('a third run on the cache they wrote', third);
  check(
    third.stderr.includes(`${documents} cache hits`) && !/damaged/.test(third.stderr),
    'every entry is whole: all hits',
  );
  const temps = fs.readdirSync(path.join(w, 'cache5'), { recursive: true }).filter((f) => String(f).endsWith('.tmp'));
  check(temps.length === 0, 'no temporary entry is left in the cache');
}

async function main() {
  const w = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-chaos-'));
  fs.chmodSync(w, 0o755); // scenario 2 reads it as another user
  try {
    const documents = makeCorpus(path.join(w, 'corpus'));
    const ref = extract(['corpus', '-f', 'jsonl', '-q'], { cwd: w });
    if (ref.status !== 0) throw new Error(`the reference run failed: ${ref.stderr}`);
    console.log(`corpus: ${documents} documents; an uninterrupted run writes ${ref.stdout.length} characters of jsonl`);
    await killedMidRun(w, ref.stdout);
    readOnlyFolder(w);
    fullDisk(w);
    damagedCache(w, ref.stdout);
    await concurrentRuns(w, ref.stdout, documents);
  } finally {
    fs.rmSync(w, { recursive: true, force: true });
  }
  console.log(failures === 0 ? '\nall checks passed' : `\n${failures} check(s) FAILED`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();

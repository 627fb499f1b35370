// Used by scripts/bench.mjs: runs processes and measures what they cost, in ways the rest
// of the machine does not change much: CPU seconds (user + system, all threads), the CPU
// of the main thread, of the worker threads and of the rest (V8's helpers: garbage
// collection and compilation; libuv's pool) apart,
// bytes the main thread allocated on V8's heap (from V8's sampling heap profiler, which
// counts objects already collected too), and peak RSS, next to wall seconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-rss.cjs');
const TICK = 100; // clock ticks per second (USER_HZ) of /proc/*/stat
const POLL_MS = 40;

/** CPU ticks of each thread of a live process, by tid, with its name. */
function threadTicks(pid) {
  const out = new Map();
  let tids;
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: +f[11] + +f[12] });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/**
 * One process: `node [nodeArgs] -r hook script ...args`. Resolves with wall and CPU seconds,
 * the CPU seconds of its main thread, of its busiest worker thread, of all its other threads
 * together (V8's and libuv's: `helpers`), the bytes its main thread allocated (`alloc`: 1
 * to count them, a file name to write the sampled profile there too), and peak RSS (MiB).
 */
export function measureProcess(script, args, { cwd, nodeArgs = [], env = {}, alloc = '1' } = {}) {
  const stats = path.join(os.tmpdir(), `extract-bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeArgs, '-r', HOOK, script, ...args], {
    cwd,
    env: {
      ...process.env,
      ...env,
      EXTRACT_BENCH_RSS: stats,
      EXTRACT_BENCH_WORKERS: `${stats}.workers`,
      ...(alloc ? { EXTRACT_BENCH_ALLOC: alloc } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const threads = new Map();
  const keep = (tid, t) => {
    if (!threads.has(tid) || threads.get(tid).ticks < t.ticks) threads.set(tid, t);
  };
  const poll = setInterval(() => threadTicks(child.pid).forEach((t, tid) => keep(tid, t)), POLL_MS);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0 && code !== 1) return reject(new Error(`${script} ${args.join(' ')} exited ${code}: ${stderr}`));
      const [head, ...rows] = fs.readFileSync(stats, 'utf8').split('\n');
      fs.rmSync(stats, { force: true });
      for (const row of rows) {
        const [tid, name, ticks] = row.split(' ');
        keep(tid, { name, ticks: Number(ticks) });
      }
      const [rssKiB, cpuMicros, allocated = NaN] = head.split(' ').map(Number);
      const workers = new Set(
        fs.existsSync(`${stats}.workers`) ? fs.readFileSync(`${stats}.workers`, 'utf8').split('\n') : [],
      );
      fs.rmSync(`${stats}.workers`, { force: true });
      const byKind = { main: 0, busiestWorker: 0, helpers: 0 };
      for (const [tid, t] of threads) {
        const s = t.ticks / TICK;
        if (tid === String(child.pid)) byKind.main = s;
        else if (workers.has(tid)) byKind.busiestWorker = Math.max(byKind.busiestWorker, s);
        else byKind.helpers += s;
      }
      resolve({ wall, cpu: cpuMicros / 1e6, rss: rssKiB / 1024, allocated, ...byKind });
    });
  });
}

/** Several processes started together: wall until the last ends; CPU and bytes summed. */
export async function measureTogether(runs) {
  const t0 = process.hrtime.bigint();
  const all = await Promise.all(runs.map(([script, args, opts]) => measureProcess(script, args, opts)));
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const sum = (k) => all.reduce((n, r) => n + r[k], 0);
  const max = (k) => Math.max(...all.map((r) => r[k]));
  return {
    wall,
    cpu: sum('cpu'),
    rss: max('rss'),
    allocated: sum('allocated'),
    main: max('main'),
    helpers: sum('helpers'),
    busiestWorker: max('busiestWorker'),
  };
}

/**
 * The wall time a run needs on an otherwise idle machine with `cores` cores, as far as its
 * CPU tells: no less than its busiest thread (one core's worth), nor than all its CPU spread
 * over every core. Load from other processes inflates wall time, hardly this.
 */
export function cpuBoundWall(r, cores) {
  return Math.max(r.main, r.busiestWorker, r.cpu / cores);
}

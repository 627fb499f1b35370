// Preloaded by scripts/bench.mjs into each process it measures: when the process exits it
// writes to the file named by EXTRACT_BENCH_RSS its peak resident set size (KiB) and its
// CPU time (user + system, µs; worker threads and V8's own threads included, those that
// ended too) as "rss cpu", then one line per thread still alive: "tid name ticks", its
// CPU in clock ticks from /proc (the main thread's is exact here; the bench polls the
// others while they run). In a worker thread it appends "worker tid" to the file named by
// EXTRACT_BENCH_WORKERS, so the bench can tell JavaScript workers from V8's and libuv's
// threads (all named "node"). With EXTRACT_BENCH_ALLOC set, the main thread samples its
// allocations (V8's sampling heap profiler, collected objects included) and adds the bytes
// allocated as a third figure; the profile itself goes to the file EXTRACT_BENCH_ALLOC
// names, when it names one. Not part of the tool.
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const file = process.env.EXTRACT_BENCH_RSS;

function threadLines() {
  try {
    return fs.readdirSync('/proc/self/task').map((tid) => {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\s+/g, '_');
      return `${tid} ${name} ${Number(fields[11]) + Number(fields[12])}`;
    });
  } catch {
    return []; // no /proc: totals only
  }
}

if (!isMainThread && process.env.EXTRACT_BENCH_WORKERS) {
  try {
    const tid = fs.readlinkSync('/proc/thread-self').split('/').pop();
    fs.appendFileSync(process.env.EXTRACT_BENCH_WORKERS, `${tid}\n`);
  } catch {
    // no /proc: the worker counts among the other threads
  }
}

/** Starts sampling allocations; returns a function that stops and gives the profile. */
function sampleAllocations() {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  session.post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return () => {
    let profile = null;
    // A session on the thread's own inspector answers at once, inside post().
    session.post('HeapProfiler.stopSampling', (err, r) => (profile = err ? null : r.profile));
    return profile;
  };
}

if (file && isMainThread) {
  const stopSampling = process.env.EXTRACT_BENCH_ALLOC ? sampleAllocations() : null;
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    let allocated = '';
    const profile = stopSampling?.();
    if (profile) {
      allocated = ` ${profile.samples.reduce((n, s) => n + s.size, 0)}`;
      if (process.env.EXTRACT_BENCH_ALLOC !== '1')
        fs.writeFileSync(process.env.EXTRACT_BENCH_ALLOC, JSON.stringify(profile));
    }
    const head = `${process.resourceUsage().maxRSS} ${cpu.user + cpu.system}${allocated}`;
    fs.writeFileSync(file, [head, ...threadLines()].join('\n'));
  });
}

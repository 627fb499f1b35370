#!/usr/bin/env node
// Entry point of the `extract` command; the code is in src/cli/main.ts (built to dist/),
// which reports every failure itself, a bug included, in one line.
import v8 from 'node:v8';

// Keep the heap from growing with the length of a run: on a long corpus V8 otherwise lets
// garbage pile up between collections, and peak memory creeps with the input. Capping how
// far the old generation may grow past what a full collection left is enough for that;
// --optimize-for-size, used before, also kept the young generation at its smallest, so the
// main thread spent three times as long in scavenges (10 MB of news: 385 scavenges for 106).
// Measured on one loaded run each (peak RSS 20 MB → 200 MB, user CPU of the 200 MB run):
// --optimize-for-size 358 → 376 MiB, 169 s; no flag 365 → 441 MiB (x1.21), 138 s;
// growing 30 % 370 → 402 MiB (x1.09), 135 s; 50 % 369 → 417 MiB (x1.13).
v8.setFlagsFromString('--heap-growing-percent=30');

// Inline less, and optimize a little later. Extraction is many mid-sized functions with many
// paths: with V8's defaults they were optimized on too little type feedback, thrown away and
// optimized again and again (news, 10 MB: 1,167 TurboFan compiles, 282 deoptimizations, the
// biggest functions 9-11 times each). Smaller inlined bodies are most of the cure (15-24 % less
// CPU per MB). The budget before optimizing is a trade: 300000 saved a little more CPU but kept
// the main thread in unoptimized code longer, and the main thread is the wall time of --jobs 1
// (the compiler's threads run on the other core). Alternating runs on the quiet machine, least
// of 5: 300000 wall 7.36 s, CPU 8.76 s; 150000 wall 7.00 s, CPU 8.92 s; no flags 8.04 s, 11.92 s.
v8.setFlagsFromString('--interrupt-budget=150000');
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

try {
  // On Linux the command first starts itself again with malloc on huge pages (why, and how to
  // turn it off: src/cli/huge-pages.ts); this process then only waits and ends as that one did.
  const { restartWithHugePages } = await import('../dist/cli/huge-pages.js');
  const restarted = await restartWithHugePages();
  if (restarted === null) {
    const { main } = await import('../dist/cli/main.js');
    process.exitCode = await main();
  } else if ('signal' in restarted) process.kill(process.pid, restarted.signal);
  else process.exitCode = restarted.code;
} catch (err) {
  // Only a broken install gets here (dist/ missing or not built): say so in one line.
  process.stderr.write(
    `extract: cannot start: ${err && err.message ? err.message : err} (run npm ci, or npm run build)\n`,
  );
  process.exitCode = 2;
}

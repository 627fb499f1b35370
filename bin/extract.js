#!/usr/bin/env node
// Entry point of the `extract` command; the code is in src/cli/main.ts (built to dist/),
// which reports every failure itself, a bug included, in one line.
import v8 from 'node:v8';

// Keep the heap from growing with the length of a run: on a long corpus V8 otherwise lets
// garbage pile up between collections, and peak memory creeps with the input (npm run
// bench: 384 → 458 MiB from 20 to 200 MB; with this flag 365 → 370 MiB, no slower).
v8.setFlagsFromString('--optimize-for-size');

// Optimize later and inline less. V8 optimizes a function after little use by default, and
// extraction is many mid-sized functions with many paths: optimized early, on too little type
// feedback, they were thrown away and optimized again and again (news, 10 MB: 1,167 TurboFan
// compiles against 524 at the start of issue 14, 282 deoptimizations, the biggest functions
// 9-11 times each), on V8's helper threads beside the main one. Waiting for more feedback and
// smaller inlined bodies: 490 compiles and 95 deoptimizations, and 15-24 % less CPU per MB.
v8.setFlagsFromString('--interrupt-budget=300000');
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

try {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main();
} catch (err) {
  // Only a broken install gets here (dist/ missing or not built): say so in one line.
  process.stderr.write(
    `extract: cannot start: ${err && err.message ? err.message : err} (run npm ci, or npm run build)\n`,
  );
  process.exitCode = 2;
}

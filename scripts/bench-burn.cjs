// Used by scripts/bench.mjs: N threads of pure computation at once; prints the wall
// milliseconds. Comparing N with 1 shows how many cores the machine really gives.
const { Worker, isMainThread } = require('node:worker_threads');
if (isMainThread) {
  const n = Number(process.argv[2] || 1);
  const t0 = Date.now();
  let done = 0;
  for (let i = 0; i < n; i++) new Worker(__filename).on('exit', () => ++done === n && console.log(Date.now() - t0));
} else {
  let x = 0;
  for (let i = 0; i < 1.5e8; i++) x += Math.sqrt(i);
  if (x < 0) console.log(x);
}
